package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An event named after a preposition of time ("after a six-hour meeting", "during the talks") is
 * when the act happened, not an act of its own.
 */
class TimePhrasesTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 2, 15);

  @Test
  void aMeetingAfterWhichSomethingWasDoneIsNoOfferToTalk() {
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED,
                "Russia's Security Council endorsed the draft reply after a six-hour meeting."))
        .extracting(Statement::act)
        .doesNotContain(Act.DISCUSS);
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "During the talks, Lavrov rejected the American proposals."))
        .extracting(Statement::act)
        .containsExactly(Act.REJECT);
  }

  @Test
  void anActAfterThePhraseOfTimeStillCounts() {
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "After the summit, Lavrov said he would meet Blinken again."))
        .extracting(Statement::act)
        .containsExactly(Act.DISCUSS);
  }
}
