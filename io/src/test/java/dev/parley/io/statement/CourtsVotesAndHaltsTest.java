package dev.parley.io.statement;

import static dev.parley.io.statement.HospitalStrike.actsOn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Acts told by their means (generic lexicon): going to court, filing suit or taking legal action
 * threatens; voting for or recommending an agreement accepts it, voting against it rejects it; an
 * offer no longer on the table is pressure; a decision that will not be reversed refuses to change
 * it; a halt of one's own pressure is a concession offered.
 */
class CourtsVotesAndHaltsTest {
  @Test
  void legalActionAgainstTheOtherSideThreatensIt() {
    assertThat(actsOn("Carter said the union will go to court over the pay rise."))
        .containsExactly("NU threaten [pay-rise]");
    assertThat(actsOn("The union will file a disclaimer of interest, Carter said."))
        .containsExactly("NU threaten []");
    assertThat(actsOn("Carter said the union will take legal action against Mercy Hospital."))
        .containsExactly("NU threaten []");
    assertThat(actsOn("Carter said the union would not go to court over the pay rise."))
        .doesNotContain("NU threaten [pay-rise]");
  }

  @Test
  void aVoteOrARecommendationForAnAgreementAcceptsIt() {
    assertThat(actsOn("Carter said the nurses will vote for it.")).containsExactly("NU accept []");
    assertThat(actsOn("Carter said the union will recommend the offer to its members."))
        .containsExactly("NU accept []");
    assertThat(actsOn("Carter said the union would not recommend any offer."))
        .containsExactly("NU reject []");
    assertThat(actsOn("The union voted against it.")).containsExactly("NU reject []");
    assertThat(actsOn("Carter said the nurses will not vote for it."))
        .containsExactly("NU reject []");
    assertThat(actsOn("Carter said the union voted for the pay rise.")).isEmpty();
  }

  @Test
  void anOfferNoLongerOnTheTableIsPressure() {
    assertThat(actsOn("Mercy Hospital said its offer on the pay rise is no longer on the table."))
        .containsExactly("MH threaten [pay-rise]");
  }

  @Test
  void aDecisionThatWillNotBeReversedRefusesToChangeIt() {
    assertThat(
            actsOn(
                "Mercy Hospital said the closure of the wards is final and will not be"
                    + " reversed."))
        .containsExactly("MH reject []");
  }

  @Test
  void aHaltOfOnesOwnPressureIsAConcession() {
    assertThat(actsOn("The union announced a halt to its strikes at Mercy Hospital."))
        .containsExactly("NU propose []");
    assertThat(
            actsOn(
                "Carter said the union will suspend its walkouts while talks on the pay rise go"
                    + " on."))
        .containsExactly("NU propose [pay-rise]");
    assertThat(actsOn("Mercy Hospital suspended the talks.")).isEmpty();
    assertThat(actsOn("The union did not suspend its strikes.")).containsExactly("NU reject []");
  }
}
