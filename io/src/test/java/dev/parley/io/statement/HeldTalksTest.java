package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Talks named as the object of a verb of holding, with words between ("would hold a bilateral
 * meeting", "have been holding separate talks"), are held by the verb's subject: a pair of names or
 * a group of the sides.
 */
class HeldTalksTest {
  private static final InventedCase TRUCE = InventedCases.TRUCE;
  private static final String OFFER = "Velmar offered the insurgents a truce on Monday. ";

  @Test
  void aPairHoldingTalksAreBothTalking() {
    assertThat(TRUCE.acts("Tarsia said Velmar and the insurgents would hold a bilateral meeting."))
        .containsExactlyInAnyOrder("VL discuss", "CLF discuss");
    assertThat(TRUCE.acts("Velmar and the insurgents have been holding separate talks in Kessa."))
        .containsExactlyInAnyOrder("VL discuss", "CLF discuss");
  }

  @Test
  void aGroupHoldingTalksIsEachSideTalking() {
    assertThat(TRUCE.acts(OFFER + "The two sides would hold a bilateral meeting on Friday."))
        .containsExactly("VL propose", "VL discuss", "CLF discuss");
  }

  @Test
  void talksHeldByOneOrAskedOfThePairAreNotThePairs() {
    assertThat(TRUCE.acts("Tarsia will host a bilateral meeting of Velmar and the insurgents."))
        .containsExactly("TS discuss");
    assertThat(TRUCE.acts("Tarsia urged Velmar and the insurgents to hold a bilateral meeting."))
        .doesNotContain("VL discuss", "CLF discuss");
  }
}
