package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wanting to act is the speaker's own aim: the act is the one the infinitive names, and a demand
 * only when the one who is to act is another party.
 */
class AimsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 3, 9);

  private static List<String> read(String sentence) {
    return TestArticles.bundledActsTo(PUBLISHED, sentence);
  }

  @Test
  void wantingToTalkIsReadinessToTalk() {
    assertThat(read("Washington wants to resume talks with Moscow next month."))
        .containsExactly("US discuss [RU]");
    assertThat(read("The Kremlin wanted to discuss missile deployments with Washington."))
        .containsExactly("RU discuss [US]");
  }

  @Test
  void seekingToRefuseIsARefusal() {
    assertThat(read("Moscow sought to reject the American plan outright."))
        .containsExactly("RU reject [US]");
  }

  @Test
  void wantingToAgreeOffersAWayForward() {
    assertThat(read("Moscow wants to reach a deal with Washington before the summer."))
        .containsExactly("RU propose [US]");
  }

  @Test
  void notWantingToTalkRefusesTalks() {
    assertThat(read("Washington did not want to resume the talks with Moscow."))
        .containsExactly("US reject [RU]");
  }

  @Test
  void hopingToAgreeIsNoAgreementYet() {
    assertThat(read("Moscow hopes to reach a deal with Washington this year."))
        .containsExactly("RU propose [US]");
    assertThat(read("Washington does not intend to sign the agreement with Moscow."))
        .containsExactly("US reject [RU]");
  }

  @Test
  void anAgreementAfterAVerbOfIntendingWithSomethingBetweenStaysAnAgreement() {
    assertThat(read("Moscow agreed to the deal with Washington that it had hoped for."))
        .containsExactly("RU accept [US]");
  }

  @Test
  void wantingToMakeAnOfferOffersIt() {
    assertThat(read("Moscow wants to make an offer to Washington."))
        .containsExactly("RU propose [US]");
  }

  @Test
  void wantingToDoSomethingWithAProposalIsNoAim() {
    assertThat(read("Moscow wants to study the proposal of Washington."))
        .doesNotContain("RU propose [US]");
  }

  @Test
  void wantingAnotherPartyToActIsADemand() {
    assertThat(read("Washington wants Moscow to discuss the deployment of missiles."))
        .containsExactly("US demand [RU]");
  }

  @Test
  void wantingToSeeSomethingAsksItOfTheOtherSide() {
    assertThat(read("Moscow wants to see a written answer from Washington."))
        .contains("RU demand [US]");
  }

  @Test
  void wantingSomethingWithNoInfinitiveStaysADemand() {
    assertThat(read("Moscow wants written guarantees from Washington."))
        .containsExactly("RU demand [US]");
  }
}
