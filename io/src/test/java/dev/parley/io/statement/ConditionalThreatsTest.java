package dev.parley.io.statement;

import static dev.parley.io.statement.HospitalStrike.actsOn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a side will do if the other side refuses, fails or breaks its word is a threat. */
class ConditionalThreatsTest {
  @Test
  void aConsequenceAfterAConditionOfRefusalIsAThreat() {
    assertThat(
            actsOn(
                "Carter said that if Mercy Hospital turns the pay rise down, the union would come"
                    + " back with far tougher terms."))
        .containsExactly("NU threaten [pay-rise]");
    assertThat(
            actsOn(
                "If Mercy Hospital does not improve its offer by Friday, we will close the wards,"
                    + " Carter said."))
        .containsExactly("NU threaten []");
  }

  @Test
  void aConsequenceBeforeAConditionOfFailureIsAThreat() {
    assertThat(
            actsOn(
                "Carter said her members will walk out again if the staffing ratios are not"
                    + " agreed by June."))
        .containsExactly("NU threaten [staffing-ratio]");
    assertThat(actsOn("Carter said the union would picket both hospitals unless Mercy gives way."))
        .containsExactly("NU threaten []");
  }

  @Test
  void aConsequenceThatOffersTalksOrAcceptsIsNoThreat() {
    assertThat(
            actsOn(
                "Carter said the union will return to the table if Mercy Hospital does not"
                    + " insist on the cuts."))
        .doesNotContain("NU threaten []");
    assertThat(
            actsOn("Carter said the union would accept the pay rise if it did not cut the ratios."))
        .doesNotContain("NU threaten [pay-rise]", "NU threaten []");
  }

  @Test
  void aNegatedLimitedOrUnconditionalConsequenceIsNoThreat() {
    assertThat(actsOn("Carter said the union would not strike if Mercy did not raise pay."))
        .doesNotContain("NU threaten []");
    assertThat(
            actsOn(
                "Carter said the union would only call off the strike if Mercy did not cut the"
                    + " ratios."))
        .doesNotContain("NU threaten [staffing-ratio]");
    assertThat(actsOn("Carter said the union will picket both hospitals if Mercy agrees."))
        .doesNotContain("NU threaten []");
    assertThat(actsOn("Carter said the union will have a say if the board does not meet."))
        .doesNotContain("NU threaten []");
  }

  @Test
  void aConsequenceOfNoSideIsNoThreat() {
    assertThat(actsOn("Carter said the wards would close if the pay rise is not agreed."))
        .doesNotContain("NU threaten [pay-rise]");
  }
}
