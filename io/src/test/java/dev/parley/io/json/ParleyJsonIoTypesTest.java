package dev.parley.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.io.Resources;
import dev.parley.io.article.Article;
import dev.parley.io.article.ArticleReader;
import dev.parley.io.lexicon.CaseLexicon;
import dev.parley.io.lexicon.CompiledLexicon;
import dev.parley.io.lexicon.GenericLexicon;
import dev.parley.io.statement.ArticleStatements;
import dev.parley.io.statement.Statement;
import dev.parley.io.statement.StatementExtractor;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The value types of the article, statement and lexicon packages go through {@link ParleyJson} with
 * no code of their own: each bundled article, and what is extracted from it, comes back equal.
 */
class ParleyJsonIoTypesTest {
  private static final String CASE = "security-guarantees-2021";
  private static final List<String> ARTICLES =
      List.of(
          "000_78de9c1f8bebefd8",
          "001_8e32827da664590b",
          "002_e8df3a3c245efa1e",
          "003_3a04cc96b03d8b02",
          "004_6568ebfa7143376c");

  private final ParleyJson json = ParleyJson.create();

  private <T> T roundTrip(T value, Class<T> type) {
    return json.read(type.getSimpleName(), new StringReader(json.write(value)), type);
  }

  private static Article article(String id) throws IOException {
    byte[] bytes =
        Resources.toByteArray(
            Resources.getResource("dev/parley/io/corpus/" + CASE + "/" + id + ".txt"));
    return ArticleReader.defaults().read(id + ".txt", bytes);
  }

  @Test
  void bundledArticlesComeBackEqual() throws IOException {
    for (String id : ARTICLES) {
      Article article = article(id);
      assertThat(roundTrip(article, Article.class)).as(id).isEqualTo(article);
    }
  }

  @Test
  void statementsOfTheBundledArticlesComeBackEqual() throws IOException {
    StatementExtractor extractor =
        StatementExtractor.of(
            CompiledLexicon.of(GenericLexicon.bundled(), CaseLexicon.bundled(CASE)));
    int statements = 0;
    for (String id : ARTICLES) {
      ArticleStatements extracted = extractor.extract(article(id));
      assertThat(roundTrip(extracted, ArticleStatements.class)).as(id).isEqualTo(extracted);
      for (Statement statement : extracted.statements()) {
        assertThat(roundTrip(statement, Statement.class)).as(id).isEqualTo(statement);
        statements++;
      }
    }
    assertThat(statements).isPositive();
  }

  @Test
  void bundledLexiconsComeBackEqual() {
    GenericLexicon generic = GenericLexicon.bundled();
    CaseLexicon security = CaseLexicon.bundled(CASE);
    assertThat(roundTrip(generic, GenericLexicon.class)).isEqualTo(generic);
    assertThat(roundTrip(security, CaseLexicon.class)).isEqualTo(security);
  }
}
