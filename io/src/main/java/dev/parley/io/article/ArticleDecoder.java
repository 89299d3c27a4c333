package dev.parley.io.article;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.parley.io.InputParseException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import org.jspecify.annotations.Nullable;

/** Turns an article file's bytes into text, rejecting what is not UTF-8 text. */
final class ArticleDecoder {
  private ArticleDecoder() {}

  /** Control bytes (other than tab, line feed, form feed, carriage return) a text may have. */
  private static final int MAX_CONTROL_PERCENT = 10;

  static final String EMPTY = "empty: an article needs a headline and a body";

  /**
   * Decodes the first {@code length} bytes of {@code bytes} as UTF-8 and removes a byte order mark.
   *
   * @throws InputParseException when the input is empty or blank, binary, or not UTF-8
   */
  static String decode(String source, byte[] bytes, int length) {
    if (length == 0) {
      throw InputParseException.wholeFile(source, EMPTY);
    }
    checkNotBinary(source, bytes, length);
    String text = length <= KEPT ? wellFormed(bytes, length) : null;
    if (text == null) {
      text = decodedWithChecks(source, bytes, length);
    }
    if (Text.skipSpace(text, 0, text.length()) == text.length()) {
      throw InputParseException.wholeFile(source, EMPTY);
    }
    return text;
  }

  /** The longest input decoded through a thread's buffer, in bytes: a longer one is let go. */
  private static final int KEPT = 1 << 20;

  /** A thread's strict decoder and the buffer it decodes into, kept from article to article. */
  private static final class Buffer {
    final CharsetDecoder decoder =
        UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer chars = CharBuffer.allocate(1 << 14);
  }

  private static final ThreadLocal<Buffer> BUFFERS = ThreadLocal.withInitial(Buffer::new);

  /**
   * The text of well-formed UTF-8 {@code bytes[0, length)} without its byte order mark, decoded
   * into the thread's buffer and made a string from there, or null if a byte is malformed: a text
   * with a char beyond Latin-1 is so copied twice less than by {@code new String(bytes, UTF_8)}.
   */
  private static @Nullable String wellFormed(byte[] bytes, int length) {
    Buffer buffer = BUFFERS.get();
    if (buffer.chars.capacity() < length) {
      buffer.chars =
          CharBuffer.allocate(Math.min(KEPT, Math.max(length, 2 * buffer.chars.capacity())));
    }
    CharBuffer out = buffer.chars;
    out.clear();
    CharsetDecoder decoder = buffer.decoder.reset();
    CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, 0, length), out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError() || result.isOverflow()) {
      return null;
    }
    char[] chars = out.array();
    int n = out.position();
    int start = n > 0 && chars[0] == '\uFEFF' ? 1 : 0;
    return new String(chars, start, n - start);
  }

  /**
   * Decodes UTF-8 that may be malformed, without the byte order mark, as {@code new String(bytes,
   * UTF_8)} does when it is well-formed.
   *
   * @throws InputParseException naming the line and column of the first malformed byte
   */
  private static String decodedWithChecks(String source, byte[] bytes, int length) {
    String text = new String(bytes, 0, length, UTF_8);
    if (text.indexOf('\uFFFD') >= 0) {
      // A malformed byte, or a replacement char written as such: the strict decoder tells which.
      text = strictlyDecoded(source, bytes, length);
    } else if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    return text;
  }

  /**
   * Decodes UTF-8 that may be malformed, without the byte order mark.
   *
   * @throws InputParseException naming the line and column of the first malformed byte
   */
  private static String strictlyDecoded(String source, byte[] bytes, int length) {
    CharsetDecoder decoder =
        UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw malformed(source, bytes, in.position());
    }
    out.flip();
    int start = out.length() > 0 && out.charAt(0) == '\uFEFF' ? 1 : 0;
    return out.subSequence(start, out.length()).toString();
  }

  private static void checkNotBinary(String source, byte[] bytes, int length) {
    int control = 0;
    for (int i = 0; i < length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        throw InputParseException.wholeFile(
            source, "binary: a NUL byte at offset " + i + "; an article must be UTF-8 text");
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
        control++;
      }
    }
    if ((long) control * 100 > (long) length * MAX_CONTROL_PERCENT) {
      throw InputParseException.wholeFile(
          source,
          "binary: "
              + control
              + " of "
              + length
              + " bytes are control characters; an article must be UTF-8 text");
    }
  }

  /** The error for a malformed byte at {@code offset}, with its 1-based line and column. */
  private static InputParseException malformed(String source, byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      byte b = bytes[i];
      if (b == '\n' || (b == '\r' && (i + 1 >= offset || bytes[i + 1] != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    int column = 1;
    for (int i = lineStart; i < offset; i++) {
      if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new InputParseException(
        source,
        line,
        column,
        String.format(
            "malformed UTF-8: byte 0x%02X at offset %d is not valid; save the file as UTF-8",
            bytes[offset] & 0xFF, offset));
  }
}
