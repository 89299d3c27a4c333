package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An agreement made "with" another party: both sides accept it, each towards the other, however the
 * agreement is named.
 */
class JointActsTest {
  @Test
  void thePartyAnAgreementIsMadeWithAcceptsItToo() {
    assertThat(
            InventedCases.TRUCE.acts(
                "Velmar reached a tentative agreement with the Coastal Liberation Front on"
                    + " Sunday."))
        .containsExactlyInAnyOrder("VL accept", "CLF accept");
    assertThat(InventedCases.TRUCE.acts("The insurgents signed a ninety-day truce with Velmar."))
        .containsExactlyInAnyOrder("CLF accept", "VL accept");
  }

  @Test
  void eachSideIsAddressedToTheOther() {
    assertThat(
            StatementExtractor.of(InventedCases.TRUCE.lexicon())
                .extract(
                    TestArticles.of(
                        InventedCases.TRUCE.published(),
                        "Velmar struck a two-year deal with the insurgents."))
                .statements()
                .stream()
                .map(s -> s.speakerParty().orElse("?") + ">" + s.addressees()))
        .containsExactlyInAnyOrder("VL>[CLF]", "CLF>[VL]");
  }

  @Test
  void noAgreementNamedOrNoPartyAfterWithMakesNoSecondSide() {
    assertThat(InventedCases.TRUCE.acts("Velmar signed the truce with reservations."))
        .containsExactly("VL accept");
    assertThat(
            InventedCases.TRUCE.acts(
                "Velmar reached an agreement with the help of Tarsia on the truce."))
        .containsExactly("VL accept");
    assertThat(InventedCases.TRUCE.acts("Velmar agreed with Tarsia that the truce should hold."))
        .doesNotContain("TS accept");
    assertThat(InventedCases.TRUCE.acts("Velmar signed a truce with Tarsia's backing."))
        .as("a possessive after \"with\" owns what is named")
        .containsExactly("VL accept");
    assertThat(InventedCases.TRUCE.acts("Velmar approved the deal with the insurgents."))
        .as("approving a deal made with someone is one side's act")
        .containsExactly("VL accept");
  }

  @Test
  void anAgreementNotReachedOrOnlyHopedForIsNoOtherSidesAct() {
    assertThat(
            InventedCases.TRUCE.acts(
                "Velmar did not reach an agreement with the insurgents on the truce."))
        .doesNotContain("CLF accept", "CLF reject");
    assertThat(
            InventedCases.TRUCE.acts(
                "Velmar would sign a truce with the insurgents if Tarsia guaranteed it."))
        .doesNotContain("CLF accept");
  }
}
