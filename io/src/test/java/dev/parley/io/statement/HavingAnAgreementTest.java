package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Having or finding an agreement, or sealing one, is each side's acceptance of it, as reaching one
 * is: "the two sides now have an agreement", "found an agreement on wages", "sealed a deal".
 */
class HavingAnAgreementTest {
  private static final InventedCase FISHERIES = InventedCases.FISHERIES;

  @Test
  void aPairThatHasAnAgreementAcceptsIt() {
    assertThat(FISHERIES.acts("Norvania and Ostland now have an agreement on the herring quota."))
        .containsExactlyInAnyOrder("NV accept", "OS accept");
  }

  @Test
  void aPairThatFindsOrSealsAnAgreementAcceptsIt() {
    assertThat(FISHERIES.acts("Norvania and Ostland found an agreement on the herring quota."))
        .containsExactlyInAnyOrder("NV accept", "OS accept");
    assertThat(HospitalStrike.acts("The union and Mercy Hospital sealed a deal on the pay rise."))
        .containsExactlyInAnyOrder("NU accept", "MH accept");
  }

  @Test
  void havingNoAgreementYetTakesNoPositionAndHavingTalksIsNoAgreement() {
    assertThat(FISHERIES.acts("Norvania and Ostland do not have an agreement yet on the quota."))
        .doesNotContain("NV accept", "OS accept");
    assertThat(HospitalStrike.acts("The union and Mercy Hospital have a meeting on the pay rise."))
        .doesNotContain("NU accept", "MH accept");
  }
}
