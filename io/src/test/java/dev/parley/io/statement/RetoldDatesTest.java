package dev.parley.io.statement;

import static dev.parley.io.statement.TestArticles.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An act retold in the past perfect ("said on Friday that Moscow had rejected ...") took place
 * before the telling: on the last day an act told earlier in the article took place.
 */
class RetoldDatesTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 9);

  private static List<Statement> read(String... paragraphs) {
    return TestArticles.read(FakeKnowledge.standard(), PUBLISHED, paragraphs).statements();
  }

  private static Statement last(List<Statement> statements) {
    return statements.get(statements.size() - 1);
  }

  @Test
  void aPastPerfectRetoldTakesTheDayOfTheActsToldBefore() {
    Statement s =
        last(
            read(
                "Lavrov rejected the American proposal on March 6.",
                "Blinken said on March 8 that Moscow had rejected the demand to withdraw troops."));
    assertThat(s.speakerParty()).contains("RU");
    assertThat(s.date()).contains(LocalDate.of(2023, 3, 6));
  }

  @Test
  void aSimplePastTakesTheDayOfTheTelling() {
    Statement s =
        last(
            read(
                "Lavrov rejected the American proposal on March 6.",
                "Blinken said on March 8 that Moscow rejected the demand to withdraw troops."));
    assertThat(s.date()).contains(LocalDate.of(2023, 3, 8));
  }

  @Test
  void aDateOfItsOwnOrNoActToldBeforeKeepsTheUsualDay() {
    Statement own =
        last(
            read(
                "Lavrov rejected the American proposal on March 6.",
                "Blinken said Moscow had rejected the demand to withdraw troops on March 7."));
    assertThat(own.date()).contains(LocalDate.of(2023, 3, 7));
    Statement first =
        only(
            TestArticles.read(
                FakeKnowledge.standard(),
                PUBLISHED,
                "Blinken said on March 8 that Moscow had rejected the demand to withdraw troops."));
    assertThat(first.date()).contains(LocalDate.of(2023, 3, 8));
  }
}
