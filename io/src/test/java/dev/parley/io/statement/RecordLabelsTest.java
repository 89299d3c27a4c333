package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A parliamentary record's speakers' labels, alone over each contribution with no colon (a Member
 * with a constituency and a party in brackets, a title with the name in brackets, the title again
 * alone, "Mr Speaker"), and the same labels with a colon, name the speaker of the words under them;
 * a caption of a name and an agency in brackets is no label.
 */
class RecordLabelsTest {
  private static final InventedCase CASE = InventedCases.TRUCE_SPEAKERS;

  private static List<String> acts(String... paragraphs) {
    return CASE.speakersOn(paragraphs);
  }

  @Test
  void aRecordsLabelsWithoutAColonNameTheSpeakersOfTheWordsUnderThem() {
    assertThat(
            acts(
                "The Foreign Minister (Ilona Varga)",
                "With permission, I shall make a statement. I propose a truce to the insurgents.",
                "Tomas Brenn (Harbourside) (CLF)",
                "We reject the truce in its present form.",
                "The Foreign Minister",
                "I am ready to discuss the truce with any Member.",
                "Mr Speaker",
                "Order. I ask Members for short questions."))
        .containsExactly("VL/varga propose", "CLF/brenn reject", "VL/varga discuss");
  }

  @Test
  void theFirstPersonWithANamedPartnerIsBothSides() {
    assertThat(
            acts(
                "The Foreign Minister (Ilona Varga)",
                "This morning Tomas Brenn and I agreed the truce.",
                "Tomas Brenn (Harbourside) (CLF)",
                "We will discuss the truce with every Member."))
        .containsExactlyInAnyOrder("CLF/brenn accept", "VL/varga accept", "CLF/brenn discuss");
  }

  @Test
  void aMemberTheLexiconDoesNotKnowSpeaksForThePartyInTheLastBrackets() {
    assertThat(
            acts(
                "Jane Roe (Northgate) (CLF)",
                "We reject the truce.",
                "John Doe (Eastmoor) (Ind)",
                "We will never accept the truce.",
                "Jane Roe (Northgate) (CLF)",
                "We are ready to discuss it."))
        .containsExactly("CLF reject", "CLF discuss");
  }

  @Test
  void aRecordsLabelWithAColonMayHaveAConstituencyAndAParty() {
    assertThat(
            acts(
                "Mr Speaker: Order. Questions to the Foreign Minister.",
                "Tomas Brenn (Harbourside) (CLF): We reject the truce.",
                "The Foreign Minister (Ilona Varga): We accept the truce.",
                "Mr Speaker: Order."))
        .containsExactly("CLF/brenn reject", "VL/varga accept");
  }

  @Test
  void captionsOfANameAndAnAgencyAreNoLabels() {
    assertThat(
            acts(
                "Ilona Varga (Reuters)",
                "The insurgents rejected the truce on Monday.",
                "Tomas Brenn (Coast Photo Agency)",
                "Velmar accepted the truce on Tuesday."))
        .containsExactly("CLF reject", "VL accept");
  }

  @Test
  void aShortHeadingAloneOnAPageOfRecordLabelsIsNoLabel() {
    assertThat(
            acts(
                "Truce in the Coastal Provinces",
                "Velmar accepted the truce on Tuesday.",
                "Tomas Brenn (Harbourside) (CLF)",
                "We reject the truce.",
                "Jane Roe (Northgate) (CLF)",
                "We are ready to discuss it."))
        .containsExactly("VL accept", "CLF/brenn reject", "CLF discuss");
  }

  @Test
  void aNamesLabelBeforeAQuoteOutsideATranscriptNamesItsSpeaker() {
    assertThat(
            acts(
                "The insurgents' envoy spoke after the talks. Varga spoke later.",
                "Brenn: \"We reject the truce. We told them so.\"",
                "Varga: the insurgents will discuss the truce again next week."))
        .startsWith("CLF/brenn reject");
  }
}
