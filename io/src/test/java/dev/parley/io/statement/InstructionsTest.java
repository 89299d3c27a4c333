package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Telling, pressing, pushing or ordering a party to act is a demand on it ("Tarsia pressed Velmar
 * to open the corridor", "she told the hospitals to raise their offer"), and what it asks is no act
 * of the one who tells.
 */
class InstructionsTest {
  @Test
  void pressingAPartyToActDemandsItOfThatParty() {
    assertThat(HospitalStrike.actsOn("The union pressed Mercy Hospital to offer a pay rise."))
        .containsExactly("NU demand [pay-rise]");
    assertThat(HospitalStrike.actsOn("Carter pushed Lakeside to accept staffing ratios."))
        .as("what is asked is no acceptance by the one who asks")
        .containsExactly("NU demand [staffing-ratio]");
  }

  @Test
  void tellingAPartyOrThoseMeantToActIsADemandAddressedToThem() {
    assertThat(HospitalStrike.read("Carter told Mercy Hospital to offer a pay rise."))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.act()).isEqualTo(Act.DEMAND);
              assertThat(s.speakerActor()).hasValue("carter");
              assertThat(s.addressees()).containsExactly("MH");
            });
    assertThat(InventedCases.FISHERIES.acts("Norvania told them not to cut the herring quota."))
        .containsExactly("NV demand");
  }

  @Test
  void tellingTheNewsOrPressingAheadAsksNothingOfAnyone() {
    assertThat(HospitalStrike.acts("Carter told Mercy Hospital that the union would strike."))
        .doesNotContain("NU demand");
    assertThat(HospitalStrike.acts("Mercy Hospital pressed ahead with its plan for a pay rise."))
        .doesNotContain("MH demand");
    assertThat(HospitalStrike.acts("Carter told the nurses to vote on the pay rise."))
        .as("nurses are no party of the negotiation")
        .doesNotContain("NU demand");
  }
}
