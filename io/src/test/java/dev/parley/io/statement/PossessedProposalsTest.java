package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The other side's proposal named by a possessive inside a refusal or a judgement: the refusal is
 * the speaker's and tells that the owner put the thing forward.
 */
class PossessedProposalsTest {
  private static final InventedCase RIVERS = InventedCases.RIVERS;

  @Test
  void anOfferJudgedUnacceptableIsItsOwnersProposal() {
    // Dunmark alone acts on the water quota: what it puts forward on it is its proposal.
    assertThat(
            RIVERS.actsOn(
                "Marovia said Dunmark's latest offer on the water quota was unacceptable."))
        .containsExactly("MV reject [water-quota]", "DM propose [water-quota]");
  }

  @Test
  void whatTheOtherSideAsksOfTheOwnerIsADemand() {
    // Marovia does not act on the water quota: its proposal on it asks Dunmark to.
    assertThat(
            RIVERS.actsOn(
                "Dunmark said it could not accept Marovia's proposals on the water quota."))
        .containsExactly("DM reject [water-quota]", "MV demand [water-quota]");
    assertThat(RIVERS.actsOn("Dunmark refused to discuss Marovia's demand for a water quota."))
        .containsExactly("DM reject [water-quota]", "MV demand [water-quota]");
  }

  @Test
  void theObjectOfARejectingVerbIsTheOneActAsBefore() {
    assertThat(RIVERS.actsOn("Marovia rejected Dunmark's offer on the water quota."))
        .containsExactly("MV reject [water-quota]");
    assertThat(RIVERS.actsOn("Dunmark turned down some of Marovia's demands on the water quota."))
        .containsExactly("DM reject [water-quota]");
  }

  @Test
  void anAcceptanceOrARejectionWithNoItemMakesNoProposal() {
    assertThat(RIVERS.actsOn("Marovia accepted Dunmark's offer on the water quota."))
        .containsExactly("MV accept [water-quota]");
    assertThat(RIVERS.actsOn("Marovia said Dunmark's offer was unacceptable."))
        .containsExactly("MV reject []");
  }
}
