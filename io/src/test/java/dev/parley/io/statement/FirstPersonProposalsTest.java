package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * "We need to ..." in a speaker's mouth proposes a course of action; "we need to see ..." asks it
 * of someone else, and "let's see" proposes nothing.
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
  void letUsSeeIsNoProposal() {
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "“Let’s see how the Russians respond,” Blinken said."))
        .extracting(Statement::act)
        .doesNotContain(Act.PROPOSE);
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
