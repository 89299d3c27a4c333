package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An agreement told as near is a discussion still going on, not an acceptance. */
class NearnessTest {
  @Test
  void beingCloseToAnAgreementIsTalking() {
    assertThat(
            HospitalStrike.acts(
                "Carter said the union and Mercy were close to reaching a deal on the pay rise."))
        .containsExactly("NU discuss");
    assertThat(HospitalStrike.acts("Mercy Hospital said it was now closer to agreeing a raise."))
        .containsExactly("MH discuss");
  }

  @Test
  void anAgreementOnTheVergeOrWithinReachIsNoAcceptance() {
    assertThat(HospitalStrike.acts("Carter said the union was on the verge of signing the deal."))
        .doesNotContain("NU accept");
    assertThat(HospitalStrike.acts("Carter said a deal on the pay rise was within reach."))
        .doesNotContain("NU accept");
  }

  @Test
  void readinessOrAnAgreementMadeStaysAnAcceptance() {
    assertThat(HospitalStrike.acts("Carter said the union was ready to sign the deal."))
        .containsExactly("NU accept");
    assertThat(HospitalStrike.acts("Carter said the union had agreed to a pay rise."))
        .containsExactly("NU accept");
  }
}
