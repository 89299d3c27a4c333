package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Fulfilling or meeting what the other side asks (its conditions, demands, requirements) accepts
 * it; failing to, or meeting a person, does not.
 */
class FulfilledConditionsTest {
  @Test
  void fulfillingOrMeetingTheOtherSidesConditionsAcceptsThem() {
    assertThat(
            InventedCases.TRUCE.acts(
                "\"We have fulfilled all the conditions of the truce,\" the Velmari envoy said."))
        .containsExactly("VL accept");
    assertThat(
            InventedCases.TRUCE.acts(
                "Velmar said it would meet the insurgents' demands for a ceasefire."))
        .containsExactly("VL accept");
  }

  @Test
  void failingToMeetThemOrMeetingPeopleIsNoAcceptance() {
    assertThat(
            InventedCases.TRUCE.acts(
                "Tarsia said Velmar had failed to meet the conditions of the truce."))
        .doesNotContain("VL accept", "TS accept");
    assertThat(InventedCases.TRUCE.acts("Velmar met the insurgents' envoy to discuss the truce."))
        .doesNotContain("VL accept");
    assertThat(InventedCases.TRUCE.acts("The conditions of the truce were met on Sunday."))
        .isEmpty();
  }
}
