package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Three or more sides listed as the subject of an act, with commas before the last "and" and each
 * perhaps after its title ("Foreign Minister Varga, Commander Brenn and Envoy Quill agreed"), act
 * each.
 */
class ListedSidesTest {
  private static final InventedCase TRUCE = InventedCases.TRUCE_SPEAKERS;

  @Test
  void threeTitledNamesBeforeTheVerbEachAct() {
    assertThat(
            TRUCE.acts(
                "Foreign Minister Ilona Varga, Commander Tomas Brenn and Envoy Aster Quill agreed on"
                    + " Monday to a ninety-day truce."))
        .containsExactlyInAnyOrder("VL accept", "CLF accept", "TS accept");
    assertThat(TRUCE.acts("Varga, Brenn and Quill met in Kessa to discuss the truce."))
        .containsExactlyInAnyOrder("VL discuss", "CLF discuss", "TS discuss");
  }

  @Test
  void aListAfterAPrepositionOrBeforeAnotherSubjectActsNot() {
    assertThat(
            TRUCE.acts("Talks between Varga, Brenn and Quill ended as Velmar rejected the truce."))
        .doesNotContain("CLF reject", "TS reject");
    assertThat(TRUCE.acts("Velmar invited Varga, Brenn and Quill to discuss the truce."))
        .doesNotContain("CLF discuss", "TS discuss");
  }
}
