package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Talks named in a relative clause that says whom a side speaks for, with whom or how long it
 * talked describe the side; they are no act of discussion.
 */
class DescriptionsTest {
  @Test
  void aClauseThatSaysWhomASideNegotiatesForIsNoAct() {
    assertThat(
            HospitalStrike.acts(
                "The Nurses Union, which bargains for 4,000 nurses, rejected the plan."))
        .containsExactly("NU reject");
    assertThat(
            HospitalStrike.acts(
                "Mercy Hospital, which negotiates together with two clinics, rejected the offer."))
        .containsExactly("MH reject");
    assertThat(
            HospitalStrike.acts(
                "Carter thanked the nurses who had negotiated on behalf of the union for a year."))
        .isEmpty();
  }

  @Test
  void aClauseThatTellsOfTalksHeldStaysAnAct() {
    assertThat(
            HospitalStrike.acts(
                "Mercy Hospital, which negotiated with the union on Monday, rejected the plan."))
        .contains("MH reject")
        .anyMatch(a -> a.endsWith("discuss"));
  }

  @Test
  void returningToTheBargainingTableIsADiscussion() {
    assertThat(HospitalStrike.acts("The Nurses Union will return to the bargaining table."))
        .containsExactly("NU discuss");
  }
}
