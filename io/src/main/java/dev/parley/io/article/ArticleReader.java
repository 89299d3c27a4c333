package dev.parley.io.article;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.parley.io.InputParseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads plain-text news articles (UTF-8, noisy, scraped) into {@link Article}s.
 *
 * <p>Bad input is reported as an {@link InputParseException} naming the source: an empty or blank
 * file, a binary one, malformed UTF-8 (with the line and column of the first bad byte), a file
 * larger than the limit, or one with no body left once boilerplate is set aside. Reading is linear
 * in the size of the input. Instances are immutable and safe to share.
 */
public final class ArticleReader {
  /** The default size limit, 8 MiB. */
  public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

  private static final ArticleReader DEFAULTS =
      new ArticleReader(DEFAULT_MAX_BYTES, CueTable.defaults());

  private final long maxBytes;
  private final CueTable cues;

  private ArticleReader(long maxBytes, CueTable cues) {
    this.maxBytes = maxBytes;
    this.cues = cues;
  }

  /** A reader with the bundled boilerplate cues and the default size limit. */
  public static ArticleReader defaults() {
    return DEFAULTS;
  }

  /** A reader like this one that accepts inputs of at most {@code max} bytes. */
  public ArticleReader withMaxBytes(long max) {
    checkArgument(
        max > 0 && max < Integer.MAX_VALUE - 8,
        "max bytes must be in [1, 2^31 - 9] but was %s",
        max);
    return new ArticleReader(max, cues);
  }

  /** The largest input, in bytes, this reader accepts. */
  public long maxBytes() {
    return maxBytes;
  }

  /** Reads {@code file}; the source is its file name and the id that name without extension. */
  public Article read(Path file) {
    checkNotNull(file, "file");
    Path name = file.getFileName();
    String source = name == null ? file.toString() : name.toString();
    try {
      long size = Files.size(file);
      checkSize(source, size);
      return read(source, Files.readAllBytes(file));
    } catch (IOException e) {
      throw new InputParseException(source, 0, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads an article from {@code content}; the id is {@code source}'s last name less extension. */
  public Article read(String source, byte[] content) {
    checkNotNull(source, "source");
    checkNotNull(content, "content");
    checkSize(source, content.length);
    String text = ArticleDecoder.decode(source, content, content.length);
    return new ArticleParser(source, idOf(source), text, cues).parse();
  }

  /** Reads an article from {@code in}, which is read to its end but not closed. */
  public Article read(String source, InputStream in) {
    checkNotNull(source, "source");
    checkNotNull(in, "in");
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        if (total + n <= maxBytes) {
          kept.write(buffer, 0, n);
        }
        total += n;
      }
    } catch (IOException e) {
      throw new InputParseException(source, 0, 0, "cannot read: " + e.getMessage(), e);
    }
    checkSize(source, total);
    return read(source, kept.toByteArray());
  }

  private void checkSize(String source, long size) {
    if (size > maxBytes) {
      throw InputParseException.wholeFile(
          source, "too large: the input is " + size + " bytes; the limit is " + maxBytes);
    }
  }

  /** The id for {@code source}: its last path segment without the extension. */
  static String idOf(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    String name = source.substring(slash + 1);
    int dot = name.lastIndexOf('.');
    String id = dot > 0 ? name.substring(0, dot) : name;
    return id.isEmpty() ? (source.isEmpty() ? "article" : source) : id;
  }
}
