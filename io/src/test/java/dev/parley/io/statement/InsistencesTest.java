package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Insisting that something must be done demands it; insisting that something is so only claims it,
 * and what the claim says, if an act, is the speaker's own.
 */
class InsistencesTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 3, 9);

  private static List<String> read(String sentence) {
    return TestArticles.bundledActs(PUBLISHED, sentence);
  }

  @Test
  void insistingOnAnObligationDemands() {
    assertThat(read("Moscow insisted that Washington must withdraw its missiles from Europe."))
        .containsExactly("RU demand");
    assertThat(read("Washington insists that Moscow has to pull back its forces."))
        .containsExactly("US demand");
  }

  @Test
  void insistingOnASubjunctiveDemands() {
    assertThat(read("The Kremlin insisted that Washington halt its exercises."))
        .containsExactly("RU demand");
    assertThat(read("Washington insisted that the exercises be cancelled."))
        .containsExactly("US demand");
  }

  @Test
  void insistingOnWhatIsSoClaimsIt() {
    assertThat(read("The Kremlin insisted that its troops were only on exercises.")).isEmpty();
    assertThat(read("Washington insisted on Tuesday that the sanctions had worked.")).isEmpty();
  }

  @Test
  void theClaimsOwnActIsTheSpeakers() {
    assertThat(read("Moscow insisted that it had no plans to invade its neighbour."))
        .containsExactly("RU deny");
    assertThat(read("Moscow insisted it had no plans to invade its neighbour."))
        .containsExactly("RU deny");
    assertThat(read("Washington insisted that it would never accept the proposal."))
        .containsExactly("US reject");
  }

  @Test
  void aModifierFurtherOnDoesNotMakeASubjunctiveAClaim() {
    assertThat(
            read(
                "Washington insisted that Moscow write new limits into the treaty on deployed"
                    + " missiles."))
        .containsExactly("US demand");
  }

  @Test
  void insistingOnSomethingDemandsIt() {
    assertThat(read("Moscow insisted on written guarantees from Washington."))
        .containsExactly("RU demand");
  }
}
