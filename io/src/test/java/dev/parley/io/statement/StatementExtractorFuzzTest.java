package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.io.InputParseException;
import dev.parley.io.article.Article;
import dev.parley.io.article.ArticleReader;
import java.nio.charset.StandardCharsets;

/** Arbitrary text never makes the extractor throw, and its records always cover every sentence. */
class StatementExtractorFuzzTest {
  private static final StatementExtractor EXTRACTOR = StatementExtractor.of(Corpus.lexicon());

  @FuzzTest(maxDuration = "20s")
  void arbitraryTextIsReadWithoutException(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Article article;
    try {
      article = ArticleReader.defaults().read("fuzz.txt", text.getBytes(StandardCharsets.UTF_8));
    } catch (InputParseException e) {
      return;
    }
    ArticleStatements result = EXTRACTOR.extract(article);
    assertThat(result.sentences()).hasSize(article.sentences().size());
    for (Statement s : result.statements()) {
      assertThat(article.text().substring(s.start(), s.end())).isEqualTo(s.quote());
    }
  }
}
