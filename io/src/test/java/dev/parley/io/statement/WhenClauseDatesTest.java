package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A date that belongs to another verb still dates the act told in a "when" clause right after it
 * ("changed course on Friday night when it offered"): the clause puts both at one time.
 */
class WhenClauseDatesTest {
  /** A Sunday: "Friday" is two days before. */
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 3, 6);

  private static final LocalDate FRIDAY = LocalDate.of(2022, 3, 4);

  private static List<Statement> read(String sentence) {
    return TestArticles.read(FakeKnowledge.standard(), PUBLISHED, sentence).statements();
  }

  @Test
  void theActInTheWhenClauseTakesTheDate() {
    assertThat(read("Russia changed course on March 4 when it offered to withdraw troops."))
        .extracting(Statement::date)
        .containsExactly(Optional.of(FRIDAY));
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED,
                "Washington startled the delegates the Friday night when Blinken proposed new"
                    + " sanctions."))
        .extracting(Statement::date)
        .containsExactly(Optional.of(FRIDAY));
  }

  @Test
  void anActOutsideTheClauseDoesNotTakeTheOtherVerbsDate() {
    assertThat(
            read("The draft circulated on March 4, when the envoys met, was rejected by Russia."))
        .extracting(Statement::date)
        .doesNotContain(Optional.of(FRIDAY));
    assertThat(read("The plan circulated on March 4 when talks ended and Russia rejected it."))
        .extracting(Statement::date)
        .doesNotContain(Optional.of(FRIDAY));
  }
}
