package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A proposal named again by a noun phrase ("rejected the proposal", "those offers") is answered on
 * the items of the proposal told before it in the paragraph.
 */
class ProposalsNamedAgainTest {
  private static List<String> actsOn(String... paragraphs) {
    return HospitalStrike.actsOn(paragraphs);
  }

  private static List<String> truceActsOn(String... paragraphs) {
    return InventedCases.TRUCE.actsOn(paragraphs);
  }

  @Test
  void anAnswerToTheProposalIsOnItsItems() {
    assertThat(
            actsOn(
                "Mercy Hospital proposed a pay rise of four percent. The union rejected the"
                    + " proposal on Monday."))
        .containsExactly("MH propose [pay-rise]", "NU reject [pay-rise]");
    assertThat(
            truceActsOn(
                "Velmar proposed a ninety-day truce along the coast. The insurgents accepted the"
                    + " plan."))
        .containsExactly("VL propose [truce]", "CLF accept [truce]");
  }

  @Test
  void aDemonstrativeOrAModifiedNounRefersBackToo() {
    assertThat(
            actsOn(
                "Mercy Hospital proposed to cut the staffing ratios. The union rejected those"
                    + " proposals."))
        .contains("NU reject [staffing-ratio]");
    assertThat(actsOn("Mercy Hospital offered a pay rise. The union accepted the revised offer."))
        .contains("NU accept [pay-rise]");
    assertThat(
            truceActsOn(
                "The insurgents demanded a ceasefire. Velmar rejected such demands outright."))
        .containsExactly("CLF demand [truce]", "VL reject [truce]");
  }

  @Test
  void aParagraphThatOpensWithTheAnswerLooksToTheOneBefore() {
    assertThat(truceActsOn("Velmar proposed a ceasefire.", "The insurgents rejected the offer."))
        .containsExactly("VL propose [truce]", "CLF reject [truce]");
    assertThat(
            truceActsOn(
                "Velmar proposed a ceasefire.",
                "Tarsia hosted a conference on refugees.",
                "The insurgents rejected the offer."))
        .contains("CLF reject []");
  }

  @Test
  void noCarryWhenTheNounHasContentOrTheSentenceItsOwnItem() {
    assertThat(
            actsOn(
                "Mercy Hospital proposed a pay rise. The union rejected the proposal to close the"
                    + " ward."))
        .contains("NU reject []");
    assertThat(
            actsOn(
                "Mercy Hospital proposed a pay rise. The union rejected the plan for staffing"
                    + " ratios."))
        .contains("NU reject [staffing-ratio]");
    assertThat(actsOn("Mercy Hospital proposed a pay rise. The union rejected a proposal."))
        .contains("NU reject []");
    assertThat(actsOn("The union rejected the proposal.")).containsExactly("NU reject []");
  }

  @Test
  void noCarryFromTheSpeakersOwnDemand() {
    assertThat(actsOn("The union demanded a pay rise. The union rejected the offer."))
        .containsExactly("NU demand [pay-rise]", "NU reject []");
  }

  @Test
  void aPronounThatIsTheWholeObjectStandsForTheProposal() {
    assertThat(
            actsOn(
                "Mercy Hospital put forward a pay rise of three percent on Friday. The union"
                    + " rejected it at a meeting the same evening, saying it was too little."))
        .containsExactly("MH propose [pay-rise]", "NU reject [pay-rise]");
    assertThat(
            truceActsOn(
                "Velmar proposed a ninety-day truce along the coast. The insurgents said they"
                    + " could not accept this."))
        .containsExactly("VL propose [truce]", "CLF reject [truce]");
    assertThat(truceActsOn("The insurgents demanded a ceasefire.", "Velmar agreed to it."))
        .containsExactly("CLF demand [truce]", "VL accept [truce]");
  }

  @Test
  void aPronounThatOpensAClauseOrTakesANounIsNoReference() {
    assertThat(
            actsOn(
                "Mercy Hospital proposed a pay rise. The union accepted that the talks had"
                    + " failed."))
        .doesNotContain("NU accept [pay-rise]");
    assertThat(
            actsOn(
                "Mercy Hospital proposed a pay rise. The union rejected this week a call to end"
                    + " the strike."))
        .doesNotContain("NU reject [pay-rise]");
  }

  @Test
  void aVerdictOrAPassiveWhoseSubjectNamesTheProposalIsOnItsItems() {
    assertThat(
            truceActsOn(
                "Velmar proposed a ninety-day truce.",
                "The insurgents said the proposal was unacceptable."))
        .containsExactly("VL propose [truce]", "CLF reject [truce]");
    assertThat(
            actsOn(
                "Mercy Hospital offered a pay rise of two percent. That is unacceptable to our"
                    + " members, the union said."))
        .containsExactly("MH propose [pay-rise]", "NU reject [pay-rise]");
    assertThat(
            actsOn(
                "Mercy Hospital offered a pay rise on Friday. The offer was rejected by the"
                    + " union."))
        .containsExactly("MH propose [pay-rise]", "NU reject [pay-rise]");
  }

  @Test
  void anItThatStandsForTheClauseAfterTheVerdictIsNoReference() {
    assertThat(
            actsOn(
                "Mercy Hospital offered a pay rise. It is unacceptable that the union walked out,"
                    + " Mercy said."))
        .doesNotContain("MH reject [pay-rise]", "NU reject [pay-rise]");
  }

  @Test
  void anItemNamedInAnotherClauseDoesNotStopTheReference() {
    assertThat(
            actsOn(
                "Mercy Hospital proposed a pay rise. The union rejected the offer, and it demanded"
                    + " fixed staffing ratios."))
        .containsExactly(
            "MH propose [pay-rise]", "NU reject [pay-rise]", "NU demand [staffing-ratio]");
  }

  @Test
  void theTraceTellsWhereTheItemsWereNamed() {
    Statement answer =
        HospitalStrike.read("Mercy Hospital proposed a pay rise.", "The union rejected it.").get(1);
    assertThat(answer.rule()).endsWith("+named-again");
    assertThat(answer.cues()).contains("named-again:1");
  }

  @Test
  void anAgreementIsNoProposalNamedAgain() {
    assertThat(
            truceActsOn(
                "Velmar and the insurgents agreed on a ninety-day truce on Sunday. Tarsia"
                    + " welcomed it."))
        .contains("TS accept []");
  }
}
