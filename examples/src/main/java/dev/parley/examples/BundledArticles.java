package dev.parley.examples;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import dev.parley.evidence.Evidence;
import dev.parley.evidence.Quotation;
import dev.parley.evidence.Source;
import dev.parley.evidence.SourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The articles bundled with parley-io, read as plain text, so that hand-written evidence can point
 * at the exact line and characters it quotes.
 *
 * <p>Every quote is looked up in its article: a quote that is not there verbatim fails at once, so
 * a hand-built record cannot cite words its sources do not contain.
 */
final class BundledArticles {
  /** The classpath folder of the bundled corpus. */
  static final String FOLDER = "dev/parley/io/corpus/security-guarantees-2021/";

  private final Map<String, String> texts = new HashMap<>();

  /** Returns the source for a bundled article, with the date it gives, if it gives one. */
  static Source source(String id, String title, Optional<LocalDate> date) {
    return Source.builder()
        .id(id)
        .title(title)
        .kind(SourceKind.ARTICLE)
        .date(date)
        .location(FOLDER + id + ".txt")
        .build();
  }

  /** Evidence that {@code source} quotes the speaker's own words. */
  Evidence quoted(Source source, String quote, String speaker) {
    return locate(source, quote, Quotation.DIRECT).speaker(speaker).build();
  }

  /** Evidence that {@code source} gives its own account of what the speaker said. */
  Evidence reported(Source source, String quote, String speaker) {
    return locate(source, quote, Quotation.REPORTED).speaker(speaker).build();
  }

  /** Evidence from {@code source} with no known speaker. */
  Evidence reported(Source source, String quote) {
    return locate(source, quote, Quotation.REPORTED).build();
  }

  private dev.parley.evidence.ImmutableEvidence.Builder locate(
      Source source, String quote, Quotation quotation) {
    String text = text(source.id());
    // Articles use no-break spaces here and there; a plain space in a quote matches any space, and
    // the evidence keeps the article's own characters.
    int start = spacesAsPlain(text).indexOf(quote);
    checkArgument(start >= 0, "article %s does not contain the quote \"%s\"", source.id(), quote);
    String verbatim = text.substring(start, start + quote.length());
    int line = 1;
    for (int i = 0; i < start; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return Evidence.builder()
        .source(source)
        .quote(verbatim)
        .quotation(quotation)
        .locator("line " + line)
        .start(start)
        .end(start + quote.length());
  }

  /** The text with every space character, such as a no-break space, made a plain space. */
  static String spacesAsPlain(String text) {
    StringBuilder plain = new StringBuilder(text);
    for (int i = 0; i < plain.length(); i++) {
      if (Character.isSpaceChar(plain.charAt(i))) {
        plain.setCharAt(i, ' ');
      }
    }
    return plain.toString();
  }

  /** The ids of the bundled articles, in the order of the corpus index. */
  static List<String> ids() {
    return load("index")
        .lines()
        .filter(line -> line.endsWith(".txt"))
        .map(line -> line.substring(0, line.length() - ".txt".length()))
        .toList();
  }

  /** The text of the bundled article {@code id}. */
  String text(String id) {
    return texts.computeIfAbsent(id, BundledArticles::load);
  }

  private static String load(String id) {
    String resource = FOLDER + id + ".txt";
    try (InputStream in = BundledArticles.class.getClassLoader().getResourceAsStream(resource)) {
      checkState(in != null, "bundled article %s is not on the classpath", resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled article " + resource, e);
    }
  }
}
