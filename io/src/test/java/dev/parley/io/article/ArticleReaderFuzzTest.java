package dev.parley.io.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.io.InputParseException;
import java.nio.charset.StandardCharsets;

/**
 * Any bytes either read into an article that obeys the coverage law or fail with an {@link
 * InputParseException} that names the source and a place in it; no other exception escapes the
 * reader.
 *
 * <p>An article keeps the decoded text unchanged (less a byte order mark), has at least one body
 * sentence, spans in order, paragraphs that hold their sentences, and reads the same twice.
 */
class ArticleReaderFuzzTest {
  private static final String SOURCE = "fuzz.txt";

  @FuzzTest(maxDuration = "30s")
  void readAnyBytes(byte[] data) {
    Article article;
    try {
      article = ArticleReader.defaults().read(SOURCE, data);
    } catch (InputParseException e) {
      assertLocated(e, data);
      return;
    }
    String decoded = new String(data, StandardCharsets.UTF_8);
    String text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
    assertThat(article.text()).isEqualTo(text);
    assertThat(article.source()).isEqualTo(SOURCE);
    assertThat(article.id()).isEqualTo("fuzz");
    assertThat(article.language()).isIn("en", "ru", "und");
    assertThat(article.sentences()).as("an article has a body").isNotEmpty();
    assertThat(article.headline()).isNotEmpty().isEqualTo(collapseBlanks(article.headline()));
    assertThat(collapseBlanks(text)).contains(article.headline());
    int previousEnd = 0;
    for (Paragraph p : article.paragraphs()) {
      assertThat(p.start())
          .as("paragraph %s in order", p.index())
          .isGreaterThanOrEqualTo(previousEnd);
      assertThat(p.line()).isEqualTo(article.lineOf(p.start()));
      previousEnd = p.end();
    }
    for (Boilerplate b : article.boilerplate()) {
      assertThat(b.line()).isEqualTo(article.lineOf(b.start()));
    }
    Coverage.assertCovered(article, "fuzz input");
    assertThat(ArticleReader.defaults().read(SOURCE, data)).isEqualTo(article);
  }

  /** {@code s} with each run of blanks made one space, trimmed: how a headline is written. */
  private static String collapseBlanks(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Text.isSpace(c)) {
        b.append(c);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
        b.append(' ');
      }
    }
    return b.toString().stripTrailing();
  }

  /** The error names the source and a line of the input (0 for the whole file). */
  private static void assertLocated(InputParseException e, byte[] data) {
    assertThat(e.source()).isEqualTo(SOURCE);
    assertThat(e.problem()).isNotBlank();
    assertThat(e.getMessage()).startsWith(SOURCE + ":");
    int lines = 1;
    for (byte b : data) {
      if (b == '\n' || b == '\r') {
        lines++;
      }
    }
    assertThat(e.line()).as("line of %s", e.getMessage()).isBetween(0, lines);
    if (e.line() == 0) {
      assertThat(e.column()).as("column of a whole-file error").isZero();
    }
  }
}
