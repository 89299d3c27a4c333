package dev.parley.io.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.io.InputParseException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleDecoderTest {
  /** Code points and bytes a scraped page may hold, well-formed or not. */
  private static final String[] CHARS = {
    "a",
    "Z",
    " ",
    "\n",
    "\r\n",
    "\t",
    ".",
    "\u00e9",
    "\u00df",
    "\u2019",
    "\u201c",
    "\u0416",
    "\u4e2d",
    "\ud83d\ude00",
    "\ufffd",
    "\ufeff",
    "\u00a0",
    "talks",
    "Oslo "
  };

  private static final byte[][] BAD = {
    {(byte) 0xc3},
    {(byte) 0xe2, (byte) 0x80},
    {(byte) 0x80},
    {(byte) 0xff},
    {(byte) 0xc0, (byte) 0xaf},
    {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
    {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}
  };

  /** The decode as first written: the JDK's lenient decode, then a strict one if it replaced. */
  private static String straightforward(byte[] bytes) {
    String text = new String(bytes, UTF_8);
    if (text.indexOf('\ufffd') >= 0) {
      try {
        // A new decoder reports a malformed byte rather than replace it.
        text = UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        return null; // malformed
      }
    }
    return !text.isEmpty() && text.charAt(0) == '\ufeff' ? text.substring(1) : text;
  }

  @Test
  void decodesAsTheJdksLenientDecodeCheckedByItsStrictOne() {
    long seed = 20261124L;
    Random random = new Random(seed);
    int malformed = 0;
    for (int round = 0; round < 20_000; round++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int pieces = random.nextInt(round % 100 == 0 ? 20_000 : 30);
      for (int i = 0; i < pieces; i++) {
        byte[] piece =
            random.nextInt(60) == 0
                ? BAD[random.nextInt(BAD.length)]
                : CHARS[random.nextInt(CHARS.length)].getBytes(UTF_8);
        out.write(piece, 0, piece.length);
      }
      out.write('x');
      byte[] bytes = out.toByteArray();
      String expected = straightforward(bytes);
      if (expected == null) {
        malformed++;
        assertThatThrownBy(() -> ArticleDecoder.decode("a.txt", bytes, bytes.length))
            .as("seed %s, round %s", seed, round)
            .isInstanceOf(InputParseException.class)
            .hasMessageContaining("malformed UTF-8");
      } else {
        assertThat(ArticleDecoder.decode("a.txt", bytes, bytes.length))
            .as("seed %s, round %s", seed, round)
            .isEqualTo(expected);
      }
    }
    assertThat(malformed).as("seed %s", seed).isBetween(1_000, 19_000);
  }

  @Test
  void aLongerTextThanTheBufferKeptIsDecodedAsAShortOne() {
    byte[] bytes = "Talks \u201cresumed\u201d in Oslo. ".repeat(60_000).getBytes(UTF_8);
    assertThat(bytes.length).isGreaterThan(1 << 20);
    assertThat(ArticleDecoder.decode("a.txt", bytes, bytes.length))
        .isEqualTo(new String(bytes, UTF_8));
    byte[] shorter = "\ufeffA line.".getBytes(UTF_8);
    assertThat(ArticleDecoder.decode("b.txt", shorter, shorter.length)).isEqualTo("A line.");
  }
}
