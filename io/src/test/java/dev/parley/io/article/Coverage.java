package dev.parley.io.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** The law every article obeys: each non-blank character is in one sentence or one boilerplate. */
final class Coverage {
  private Coverage() {}

  /** Reads {@code text} as an article with the default reader, and asserts the law for it. */
  static Article readCovered(String text) {
    Article a = ArticleReader.defaults().read("t.txt", text.getBytes(UTF_8));
    assertCovered(a, text);
    return a;
  }

  /** The rules of the article's boilerplate passages, in order. */
  static List<String> rules(Article a) {
    return a.boilerplate().stream().map(Boilerplate::rule).toList();
  }

  /** The texts of the article's sentences, in order. */
  static List<String> sentenceTexts(Article a) {
    return a.sentences().stream().map(Sentence::text).toList();
  }

  /** Asserts the law for {@code article}, naming {@code what} (a file, a seed) on failure. */
  static void assertCovered(Article article, String what) {
    String text = article.text();
    int[] owners = new int[text.length()];
    int previousEnd = 0;
    for (Sentence s : article.sentences()) {
      assertThat(s.start())
          .as("%s: sentence %s starts before the previous ends", what, s.index())
          .isGreaterThanOrEqualTo(previousEnd);
      assertThat(text.substring(s.start(), s.end()))
          .as("%s: sentence text", what)
          .isEqualTo(s.text());
      Paragraph p = article.paragraphs().get(s.paragraph());
      assertThat(s.start())
          .as("%s: sentence %s inside its paragraph", what, s.index())
          .isGreaterThanOrEqualTo(p.start());
      assertThat(s.end())
          .as("%s: sentence %s inside its paragraph", what, s.index())
          .isLessThanOrEqualTo(p.end());
      assertThat(s.line()).isEqualTo(article.lineOf(s.start()));
      previousEnd = s.end();
      for (int i = s.start(); i < s.end(); i++) {
        owners[i]++;
      }
    }
    for (Boilerplate b : article.boilerplate()) {
      assertThat(text.substring(b.start(), b.end()))
          .as("%s: boilerplate text", what)
          .isEqualTo(b.text());
      for (int i = b.start(); i < b.end(); i++) {
        owners[i]++;
      }
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Text.isSpace(c)) {
        assertThat(owners[i])
            .as("%s: blank at %s owned more than once", what, i)
            .isLessThanOrEqualTo(1);
      } else {
        assertThat(owners[i])
            .as(
                "%s: character '%s' at offset %s (line %s) owned %s times",
                what, c, i, article.lineOf(i), owners[i])
            .isEqualTo(1);
      }
    }
  }
}
