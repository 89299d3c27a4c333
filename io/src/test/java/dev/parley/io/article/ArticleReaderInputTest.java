package dev.parley.io.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.io.InputParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the reader decodes files and reports input it cannot read. */
class ArticleReaderInputTest {
  private static final ArticleReader READER = ArticleReader.defaults();
  private static final String BODY =
      "A headline for the test\n\nThe first sentence of the body. The second one.\n";

  private static InputParseException failure(String source, byte[] bytes) {
    try {
      READER.read(source, bytes);
    } catch (InputParseException e) {
      return e;
    }
    throw new AssertionError("expected an InputParseException for " + source);
  }

  @Test
  void emptyAndBlankFilesAreErrors() {
    assertThat(failure("empty.txt", new byte[0]).getMessage())
        .isEqualTo("empty.txt: empty: an article needs a headline and a body");
    assertThat(failure("blank.txt", " \n\t\r\n\u00A0 ".getBytes(UTF_8)).problem())
        .startsWith("empty:");
    assertThat(failure("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).problem())
        .startsWith("empty:");
  }

  @Test
  void binaryFilesAreErrors() {
    byte[] withNul = BODY.getBytes(UTF_8);
    withNul[5] = 0;
    InputParseException e = failure("image.png", withNul);
    assertThat(e.problem()).startsWith("binary:").contains("NUL byte at offset 5");
    assertThat(e.line()).isZero();

    byte[] control = new byte[200];
    Arrays.fill(control, (byte) 0x07);
    System.arraycopy(BODY.getBytes(UTF_8), 0, control, 0, 40);
    assertThat(failure("bells.bin", control).problem()).startsWith("binary:");
  }

  @Test
  void malformedUtf8IsReportedAtItsLineAndColumn() {
    byte[] ok = "First line\nsecond ж line\nthird".getBytes(UTF_8);
    byte[] bad = Arrays.copyOf(ok, ok.length + 3);
    // "second ж " is 9 characters, so a bad byte put after it is in column 10 of line 2
    int at = "First line\nsecond ж ".getBytes(UTF_8).length;
    System.arraycopy(ok, at, bad, at + 1, ok.length - at);
    bad[at] = (byte) 0xFF;
    InputParseException e = failure("latin1.txt", Arrays.copyOf(bad, ok.length + 1));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(10);
    assertThat(e.getMessage()).startsWith("latin1.txt:2:10: malformed UTF-8");
  }

  @Test
  void truncatedMultiByteSequenceAtTheEndIsMalformed() {
    byte[] ok = "Headline here\n\nBody text ends in a cut é".getBytes(UTF_8);
    InputParseException e = failure("cut.txt", Arrays.copyOf(ok, ok.length - 1));
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.problem()).startsWith("malformed UTF-8");
  }

  @Test
  void byteOrderMarkIsRemovedAndNothingElseChanges() {
    String content = "\uFEFFHeadline of a BOM file\r\n\r\nBody  text ,, with odd spacing.\r\n";
    Article a = READER.read("bom.txt", content.getBytes(UTF_8));
    assertThat(a.text()).isEqualTo(content.substring(1));
    assertThat(a.headline()).isEqualTo("Headline of a BOM file");
    assertThat(a.sentence(0).text()).isEqualTo("Body  text ,, with odd spacing.");
    assertThat(a.sentence(0).line()).isEqualTo(3);
  }

  @Test
  void inputsOverTheLimitAreRejectedWithTheirSize() {
    ArticleReader small = READER.withMaxBytes(10);
    byte[] bytes = BODY.getBytes(UTF_8);
    assertThatThrownBy(() -> small.read("big.txt", bytes))
        .isInstanceOf(InputParseException.class)
        .hasMessage("big.txt: too large: the input is " + bytes.length + " bytes; the limit is 10");
    assertThatThrownBy(() -> small.read("big.txt", new ByteArrayInputStream(bytes)))
        .hasMessageContaining("is " + bytes.length + " bytes; the limit is 10");
    assertThat(READER.maxBytes()).isEqualTo(8L * 1024 * 1024);
  }

  @Test
  void fileIsReadWithItsNameAsSourceAndIdWithoutExtension(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("2022-02-15_tass.txt");
    Files.writeString(file, BODY);
    Article a = READER.read(file);
    assertThat(a.source()).isEqualTo("2022-02-15_tass.txt");
    assertThat(a.id()).isEqualTo("2022-02-15_tass");
    assertThat(READER.withMaxBytes(5).maxBytes()).isEqualTo(5);
    assertThatThrownBy(() -> READER.withMaxBytes(5).read(file))
        .isInstanceOf(InputParseException.class)
        .hasMessageContaining("the limit is 5");
    assertThatThrownBy(() -> READER.read(dir.resolve("missing.txt")))
        .isInstanceOf(InputParseException.class)
        .hasMessageStartingWith("missing.txt: cannot read");
  }

  @Test
  void idIsDerivedFromTheSource() {
    assertThat(READER.read("feeds/rt/42.txt", BODY.getBytes(UTF_8)).id()).isEqualTo("42");
    assertThat(READER.read("C:\\news\\story.v2.txt", BODY.getBytes(UTF_8)).id())
        .isEqualTo("story.v2");
    assertThat(READER.read("stdin", BODY.getBytes(UTF_8)).id()).isEqualTo("stdin");
  }

  @Test
  void fiftyMegabytesWithoutALineBreakIsRejectedByTheLimit() {
    byte[] bytes = noisyLine(50 * 1024 * 1024);
    assertThatThrownBy(() -> READER.read("huge.txt", bytes))
        .hasMessageContaining(
            "is " + bytes.length + " bytes; the limit is " + ArticleReader.DEFAULT_MAX_BYTES);
    assertThatThrownBy(() -> READER.read("huge.txt", new ByteArrayInputStream(bytes)))
        .hasMessageContaining("is " + bytes.length + " bytes");
  }

  @Test
  void aLongLineWithoutBreaksIsReadWhenTheLimitAllowsIt() {
    byte[] bytes = noisyLine(12 * 1024 * 1024);
    Article a = READER.withMaxBytes(bytes.length).read("long.txt", bytes);
    assertThat(a.paragraphs()).hasSize(1);
    assertThat(a.sentences().size()).isGreaterThan(200_000);
    assertThat(a.headline().length()).isLessThanOrEqualTo(300);
    assertThat(a.sentence(a.sentences().size() - 1).end()).isLessThanOrEqualTo(bytes.length);
  }

  private static byte[] noisyLine(int size) {
    byte[] bytes = new byte[size];
    byte[] pattern = "word and more words, then a U.S. stop. Next 3.5 ".getBytes(UTF_8);
    for (int i = 0; i < size; i++) {
      bytes[i] = pattern[i % pattern.length];
    }
    return bytes;
  }

  @Test
  void otherLanguagesAreReadAndLabelled() {
    Article ru =
        READER.read(
            "ru.txt",
            "МИД России ответил на предложения США\n\nМосква передала ответ послу. Он ушёл без комментариев.\n"
                .getBytes(UTF_8));
    assertThat(ru.language()).isEqualTo("ru");
    assertThat(ru.sentences()).hasSize(2);
    Article de =
        READER.read(
            "de.txt",
            "Das Außenministerium antwortet\n\nDie Regierung hat heute eine Antwort geschickt. Sie bleibt geheim.\n"
                .getBytes(UTF_8));
    assertThat(de.language()).isEqualTo("und");
    assertThat(READER.read("en.txt", BODY.getBytes(UTF_8)).language()).isEqualTo("en");
    assertThat(READER.read("digits.txt", "12345 678\n\n90 12.\n".getBytes(UTF_8)).language())
        .isEqualTo("und");
  }
}
