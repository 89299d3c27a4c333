package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Rejecting a claim denies it; rejecting a proposal stays a rejection. */
class DenialsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 2, 15);

  @Test
  void rejectingAStatementOrReportsIsADenial() {
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED,
                "Lavrov rejected this statement, saying there was no build-up of troops."))
        .extracting(Statement::act)
        .containsExactly(Act.DENY);
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "The Kremlin dismissed the reports as groundless."))
        .extracting(Statement::act)
        .containsOnly(Act.DENY);
  }

  @Test
  void rejectingAProposalIsARejection() {
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "Lavrov rejected the proposals on missiles, Peskov said."))
        .extracting(Statement::act)
        .containsExactly(Act.REJECT);
  }

  @Test
  void rejectingASuggestionThatSomethingIsSoIsADenial() {
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "Lavrov rejected any suggestion that Moscow was moving troops."))
        .extracting(Statement::act)
        .containsExactly(Act.DENY);
  }

  @Test
  void rejectingASuggestionToActIsARejection() {
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "Lavrov rejected the suggestion to withdraw troops from the border."))
        .extracting(Statement::act)
        .containsExactly(Act.REJECT);
  }

  @Test
  void rejectingWhatWasClaimedJustBeforeIsADenial() {
    // The paragraph's claim is rejected by a pronoun: the rejection denies it.
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED,
                "Critics claim that Moscow gave in to Washington on the missiles. "
                    + "Lavrov rejected that outright."))
        .extracting(Statement::act)
        .containsExactly(Act.DENY);
    // After an offer the pronoun stands for the offer: rejecting it is a rejection.
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED,
                "Washington offered talks on missiles in Europe. Lavrov rejected that outright."))
        .extracting(Statement::act)
        .endsWith(Act.REJECT);
  }

  @Test
  void refusingBlameIsADenial() {
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "Moscow rejected any blame for the collapse of the talks."))
        .extracting(Statement::act)
        .containsExactly(Act.DENY);
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED,
                "Lavrov rejected attempts to shift the blame for the stalled talks onto Moscow."))
        .extracting(Statement::act)
        .containsExactly(Act.DENY);
  }

  @Test
  void denyingAPartOrAnIntentIsADenial() {
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "Lavrov said Moscow had nothing to do with the explosion at the depot."))
        .extracting(Statement::act)
        .containsExactly(Act.DENY);
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "Lavrov said Russia did not set out to provoke NATO."))
        .extracting(Statement::act)
        .containsExactly(Act.DENY);
  }

  @Test
  void anActToldAsNoMistakeIsADenialButMakeNoMistakeIsNone() {
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "Lavrov said the troop movement near the border was no mistake."))
        .extracting(Statement::act)
        .containsExactly(Act.DENY);
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "Make no mistake, Lavrov rejected the proposals on missiles."))
        .extracting(Statement::act)
        .containsExactly(Act.REJECT);
  }
}
