package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * "We need to ..." and "let us ..." in a speaker's mouth propose a course of action; "we need to
 * see ..." asks it of someone else.
 */
class FirstPersonProposalsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 1, 27);

  @Test
  void weNeedToProposesWhatFollows() {
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED,
                "“We need to reopen our diplomatic missions in Moscow and Brussels,” Stoltenberg"
                    + " said."))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.act()).isEqualTo(Act.PROPOSE);
              assertThat(s.speakerParty()).contains("NATO");
              assertThat(s.items()).contains("reopen-missions");
            });
  }

  @Test
  void letUsProposesWhatFollows() {
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "“Let us restore the diplomatic missions,” Lavrov told reporters."))
        .extracting(Statement::act)
        .containsExactly(Act.PROPOSE);
  }

  @Test
  void weNeedToSeeAsksItOfTheOtherSide() {
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "“We need to see Russia pull back its troops,” Blinken said."))
        .extracting(Statement::act)
        .containsExactly(Act.DEMAND);
  }
}
