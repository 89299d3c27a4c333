package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Pledging, promising or committing to do something puts it forward as one's own offer, also when
 * the pledge is to refrain ("pledged not to deploy"); a pledge that is only what someone else
 * demands is no act of its own.
 */
class CommitmentsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 2, 15);

  @Test
  void aPledgeOffersWhatItPromises() {
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "NATO pledged to reopen the diplomatic missions, Stoltenberg said."))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.act()).isEqualTo(Act.PROPOSE);
              assertThat(s.speakerParty()).contains("NATO");
              assertThat(s.items()).containsExactly("reopen-missions");
            });
  }

  @Test
  void aPledgeToRefrainIsStillAnOffer() {
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED,
                "Stoltenberg said NATO had pledged not to deploy missiles near Russian borders."))
        .extracting(Statement::act)
        .containsExactly(Act.PROPOSE);
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "Russia committed to pulling back its troops, Lavrov said on Monday."))
        .extracting(Statement::act)
        .containsExactly(Act.PROPOSE);
  }

  @Test
  void aPledgeThatIsTheContentOfADemandIsNoOffer() {
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED,
                "Washington said the central demand of Vladimir Putin – that the US and NATO pledge"
                    + " not to admit Ukraine – is a non-starter."))
        .extracting(Statement::act)
        .doesNotContain(Act.PROPOSE);
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "Lavrov insisted that NATO must renounce further expansion."))
        .extracting(Statement::act)
        .containsExactly(Act.DEMAND);
  }

  @Test
  void anActAfterTheDemandedClauseIsAnActOfItsOwn() {
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED,
                "Russia demanded guarantees that NATO would not expand, and NATO pledged to reopen"
                    + " the diplomatic missions."))
        .extracting(Statement::act)
        .containsExactly(Act.DEMAND, Act.PROPOSE);
  }
}
