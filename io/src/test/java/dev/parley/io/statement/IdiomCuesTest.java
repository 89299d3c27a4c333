package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generic lexicon's idioms of negotiation news, read with a small invented case: an open door,
 * going back to the table, keeping in contact, floating a figure, giving something up, tolerating
 * it, and calling a demand unreasonable.
 */
class IdiomCuesTest {
  private static final InventedCase FISHERIES =
      InventedCase.publishedOn(LocalDate.of(2024, 6, 3))
          .state("NV", "Norvania", "Norvanian | Norvanians")
          .state("OS", "Ostland", "Ostlandic")
          .item(
              "catch-quota",
              "The herring quota falls by a third",
              "OS",
              "herring quota | catch quota")
          .build("fisheries.lexicon");

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
}
