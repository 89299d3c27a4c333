package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generic lexicon's idioms of negotiation news, read with a small invented case: an open door,
 * going back to the table, keeping in contact, floating a figure, giving something up, tolerating
 * it, calling a demand unreasonable, an ultimatum (giving the other side days to act), reservations
 * about a deal and ending or tearing up agreements.
 */
class IdiomCuesTest {
  private static final InventedCase FISHERIES = InventedCases.FISHERIES;

  private static List<String> acts(String sentence) {
    return FISHERIES.acts(sentence);
  }

  @Test
  void anOpenDoorIsReadinessToTalk() {
    assertThat(acts("Norvania said on Monday that Norvania's door remained open to Ostland."))
        .containsExactly("NV discuss");
    assertThat(acts("The Ostlandic minister said his government's door remains open."))
        .containsExactly("OS discuss");
  }

  @Test
  void anOpenDoorOpeningTheSentenceIsTheLastSpeakers() {
    assertThat(
            acts(
                "The door stays open for talks on the herring quota, the Ostlandic minister"
                    + " said."))
        .containsExactly("OS discuss");
    assertThat(
            acts(
                "Ostland said on Monday it would study the letter. The door stays open for talks on"
                    + " the herring quota."))
        .containsExactly("OS discuss");
    assertThat(
            acts("Norvania answered Ostland's letter on Friday. The door remains open to Ostland."))
        .containsExactly("NV respond", "NV discuss");
  }

  @Test
  void aNounPhraseAfterADeterminerIsStillAThing() {
    assertThat(acts("Norvania said on Monday. The round of talks on the herring quota was long."))
        .isEmpty();
  }

  @Test
  void goingBackToTheTableIsReadinessToTalk() {
    assertThat(acts("Ostland said it would go back to the table next week."))
        .containsExactly("OS discuss");
    assertThat(acts("Norvania said it would not come back to the table."))
        .containsExactly("NV reject");
  }

  @Test
  void keepingInContactIsTalking() {
    assertThat(acts("Ostland said it maintains contact with Norvania by telephone."))
        .containsExactly("OS discuss");
  }

  @Test
  void floatingAFigureProposesIt() {
    assertThat(acts("Ostland floated a herring quota of 40,000 tonnes."))
        .containsExactly("OS propose");
  }

  @Test
  void givingUpADemandConcedesAndRefusingToRejects() {
    assertThat(acts("Ostland gave up its herring quota on Monday.")).containsExactly("OS accept");
    assertThat(acts("Norvania said it would not give up the catch quota."))
        .containsExactly("NV reject");
  }

  @Test
  void persistingIsNoConcession() {
    assertThat(acts("\"We will not give up,\" the Norvanian minister said.")).isEmpty();
  }

  @Test
  void toleratingAProposalAcceptsIt() {
    assertThat(acts("Norvania said it may tolerate the catch quota.")).containsExactly("NV accept");
  }

  @Test
  void callingADemandUnreasonableRejectsIt() {
    assertThat(acts("Ostland said the herring quota was unreasonable."))
        .containsExactly("OS reject");
  }

  @Test
  void givingTheOtherSideDaysToActIsADemand() {
    assertThat(acts("Ostland gave Norvania one week to cut the herring quota."))
        .containsExactly("OS demand");
    assertThat(acts("On Monday Ostland gave the Norvanian fleet 48 hours to leave the bay."))
        .containsExactly("OS demand");
  }

  @Test
  void givingThingsOrTimeWithoutATaskIsNoDemand() {
    assertThat(acts("Ostland gave Norvania two trawlers on Monday.")).isEmpty();
    assertThat(acts("Ostland needed two weeks to count the herring.")).isEmpty();
  }

  @Test
  void reservationsAboutADealAreARejection() {
    assertThat(acts("Norvania said it had reservations about the herring quota."))
        .containsExactly("NV reject");
    assertThat(acts("Norvania said it had made hotel bookings for the talks.")).isEmpty();
  }

  @Test
  void endingOrTearingUpAgreementsIsARejection() {
    assertThat(
            acts(
                "Ostland announced that it was ending several fisheries agreements with Norvania."))
        .containsExactly("OS reject");
    assertThat(acts("Norvania's leader tore up the herring treaty on Monday."))
        .containsExactly("NV reject");
  }

  @Test
  void endingAWarOrAStrikeIsNoRejection() {
    assertThat(acts("Ostland said the catch quota would end the dispute with Norvania.")).isEmpty();
    assertThat(acts("Norvania ended the strike of its fishermen on Monday.")).isEmpty();
    // Going on strike is pressure put on the other side, but the talks that ended reject nothing.
    assertThat(acts("Norvania's fishermen went on strike after talks ended without a deal."))
        .doesNotContain("NV reject", "OS reject");
  }
}
