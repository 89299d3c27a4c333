package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Acts told in phrases of general English other than the act verb itself: signing as putting one's
 * signature to a text or initialling it, opposition expressed, engaging with the other side, a
 * decision to allow, and new protests promised.
 */
class PlainActPhrasesTest {
  @Test
  void puttingOnesSignatureToTheTextOrInitiallingItAccepts() {
    assertThat(InventedCases.TRUCE.acts("Velmar put its signature to the truce in Tarsia."))
        .containsExactly("VL accept");
    assertThat(InventedCases.TRUCE.acts("Velmar had initialled the truce on Friday."))
        .containsExactly("VL accept");
  }

  @Test
  void anInitialOfferOrTermsIsNoSigning() {
    assertThat(InventedCases.TRUCE.acts("Velmar's initial terms for the truce were vague."))
        .doesNotContain("VL accept");
    assertThat(InventedCases.TRUCE.acts("Velmar put its seal on the truce talks agenda."))
        .doesNotContain("VL accept");
  }

  @Test
  void expressedOppositionRejects() {
    assertThat(InventedCases.TRUCE.acts("The insurgents expressed opposition to the truce."))
        .containsExactly("CLF reject");
    assertThat(InventedCases.TRUCE.acts("The insurgents voiced their opposition to the truce."))
        .containsExactly("CLF reject");
  }

  @Test
  void engagingWithTheOtherSideIsADiscussionButEngagingWithThePressIsNone() {
    assertThat(
            InventedCases.TRUCE.acts(
                "Velmar would use the coming days to engage with the insurgents on the truce."))
        .containsExactly("VL discuss");
    assertThat(
            InventedCases.TRUCE.acts(
                "Velmar would use the coming days to engage with the press on the truce."))
        .isEmpty();
    assertThat(InventedCases.TRUCE.acts("Velmar spoke with reporters about the truce.")).isEmpty();
  }

  @Test
  void aDecisionToAllowOrPermitAccepts() {
    assertThat(
            InventedCases.TRUCE.acts(
                "Velmar decided to allow the insurgents to keep their arms during the truce."))
        .containsExactly("VL accept");
    assertThat(
            InventedCases.TRUCE.acts("Velmar decided to permit a truce in the northern provinces."))
        .containsExactly("VL accept");
    assertThat(InventedCases.TRUCE.acts("Velmar decided to close its border during the truce."))
        .doesNotContain("VL accept");
  }

  @Test
  void promisingNewProtestsThreatens() {
    assertThat(
            InventedCases.TRUCE.acts(
                "The insurgents promised new protests against the truce in the capital."))
        .containsExactly("CLF threaten");
    assertThat(InventedCases.TRUCE.acts("The insurgents promised new talks on the truce."))
        .doesNotContain("CLF threaten");
  }
}
