package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Announcing or confirming an agreement accepts it when the one who announces it is a side of it; a
 * bystander's announcement is news, no acceptance.
 */
class AnnouncedAgreementsTest {
  @Test
  void aSideThatAnnouncesOrConfirmsAnAgreementAcceptsIt() {
    assertThat(HospitalStrike.acts("Mercy Hospital confirmed the deal on Tuesday."))
        .containsExactly("MH accept");
    assertThat(
            HospitalStrike.acts(
                "Mercy Hospital offered the union a pay rise.",
                "Carter announced the breakthrough at a rally on Monday."))
        .containsExactly("MH propose", "NU accept");
  }

  @Test
  void aBystanderThatAnnouncesAnAgreementAcceptsNothing() {
    assertThat(
            HospitalStrike.acts(
                "Mercy Hospital offered the union a pay rise.", "Canada announced the agreement."))
        .containsExactly("MH propose");
  }

  @Test
  void announcingSomethingElseIsNoAcceptance() {
    assertThat(HospitalStrike.acts("Mercy Hospital announced a new wing on Tuesday.")).isEmpty();
  }
}
