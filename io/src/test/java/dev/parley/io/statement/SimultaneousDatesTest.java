package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.io.article.Article;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates carried into a paragraph that opens "In parallel, ...". */
class SimultaneousDatesTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 9);

  private static ArticleStatements read(String... paragraphs) {
    Article article = TestArticles.of(PUBLISHED, paragraphs);
    return StatementExtractor.of(FakeKnowledge.standard()).extract(article);
  }

  @Test
  void inParallelCarriesTheLastDateIntoANewParagraph() {
    ArticleStatements result =
        read(
            "On February 2, Lavrov rejected the American proposal.",
            "In parallel, Blinken proposed new talks.");
    Statement second = result.statements().get(result.statements().size() - 1);
    assertThat(second.speakerActor()).contains("blinken");
    assertThat(second.date()).contains(LocalDate.of(2023, 2, 2));
    assertThat(second.dateBasis()).isEqualTo(DateBasis.PARAGRAPH);
  }

  @Test
  void simultaneouslyWithAnEventDoesNotCarryTheLastDate() {
    assertThat(Dates.opensSimultaneous("Simultaneously, Blinken proposed talks.")).isTrue();
    assertThat(Dates.opensSimultaneous("Simultaneously with the vote, Blinken proposed talks."))
        .isFalse();
  }

  @Test
  void meanwhileDoesNotCarryADate() {
    ArticleStatements result =
        read(
            "On February 2, Lavrov rejected the American proposal.",
            "Meanwhile, Blinken proposed new talks.");
    Statement second = result.statements().get(result.statements().size() - 1);
    assertThat(second.dateBasis()).isEqualTo(DateBasis.PUBLICATION);
  }
}
