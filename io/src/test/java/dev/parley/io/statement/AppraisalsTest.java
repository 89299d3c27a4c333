package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Appraisal told in the passive or in a figure: "the accord was greeted with relief in Dorn", "the
 * ruling drew condemnation from Dunmark", "said the deal paves the way", "spoke of a capitulation".
 */
class AppraisalsTest {
  private static final InventedCase RIVER = InventedCases.RIVERS;

  @Test
  void aPassiveOfGreetingWithAFeelingIsTheStanceOfWhoeverTheSentencePlaces() {
    assertThat(RIVER.acts("The water-sharing plan was greeted with relief in Dorn."))
        .containsExactly("MV accept");
    assertThat(RIVER.acts("In Sallo, the accord was greeted with anger."))
        .containsExactly("DM reject");
    assertThat(RIVER.acts("The ruling was met with anger by Dunmark."))
        .containsExactly("DM reject");
  }

  @Test
  void aPassiveOfPraiseOrCondemnationIsItsAgentsStance() {
    assertThat(RIVER.acts("The accord was praised by Dunmark.")).containsExactly("DM accept");
    assertThat(RIVER.acts("The new proposal was condemned by Marovia on Sunday."))
        .containsExactly("MV reject");
  }

  @Test
  void aResponseDrawnFromSomeoneIsTheirs() {
    assertThat(RIVER.acts("The decision drew condemnation from Dunmark."))
        .containsExactly("DM reject");
    assertThat(RIVER.acts("The accord won praise from Marovia.")).containsExactly("MV accept");
  }

  @Test
  void aNegationTurnsTheAppraisal() {
    assertThat(RIVER.acts("The accord was not greeted with relief in Dorn."))
        .containsExactly("MV reject");
  }

  @Test
  void noAppraisalOfPeopleNorWithNoOneWhoAppraises() {
    assertThat(RIVER.acts("The delegation was greeted with applause in Dorn.")).isEmpty();
    assertThat(RIVER.acts("The accord was greeted with relief.")).isEmpty();
    assertThat(RIVER.acts("The accord was praised by experts.")).isEmpty();
  }

  @Test
  void aDealThatPavesTheWayIsAcceptedByWhoSaysSo() {
    assertThat(RIVER.acts("Dunmark said the deal paves the way for a water quota."))
        .containsExactly("DM accept");
    assertThat(RIVER.acts("\"The accord opens the door to a water quota,\" Marovia said."))
        .containsExactly("MV accept");
    assertThat(RIVER.acts("Marovia said the accord \"opens the way\" to a water quota."))
        .containsExactly("MV accept");
    // Told by no one, it is the writer's own view.
    assertThat(RIVER.acts("The deal paves the way for a water quota.")).isEmpty();
    assertThat(RIVER.acts("Dunmark said the floods paved the way for a water quota."))
        .doesNotContain("DM accept");
  }

  @Test
  void speakingOfACapitulationRejects() {
    assertThat(RIVER.acts("Dunmark spoke of a capitulation.")).containsExactly("DM reject");
    assertThat(RIVER.acts("Dunmark called the water-sharing plan a betrayal."))
        .containsExactly("DM reject");
    assertThat(RIVER.acts("Dunmark spoke of a new era of talks.")).doesNotContain("DM reject");
  }
}
