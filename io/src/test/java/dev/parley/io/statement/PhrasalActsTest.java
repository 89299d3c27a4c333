package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generic lexicon's phrasal wordings of negotiation acts, read with a small invented case:
 * voting a deal down, maintaining a position, walking out of or quitting talks, blocking a deal or
 * suing to stop it, declining an offer (and declining to comment), disputing an account, saying
 * that something is needed or that it is time for it, offering to host talks, holding a call,
 * keeping in touch, speaking by phone, threatening to resume fighting, and striking a deal. Each
 * wording is also read where it must not fire.
 */
class PhrasalActsTest {
  private static final InventedCase RIVERS = InventedCases.RIVERS;

  private static List<String> acts(String sentence) {
    return RIVERS.acts(sentence);
  }

  @Test
  void votingDownADealRejectsIt() {
    assertThat(acts("Marovian lawmakers voted down the deal on Tuesday."))
        .containsExactly("MV reject");
    assertThat(acts("The Dunmarkian parliament voted down the water-sharing plan."))
        .containsExactly("DM reject");
    assertThat(acts("Marovian lawmakers voted for the deal on Tuesday."))
        .doesNotContain("MV reject");
  }

  @Test
  void boycottingTalksRejectsThem() {
    assertThat(acts("Dunmark boycotted the talks on Tuesday.")).containsExactly("DM reject");
  }

  @Test
  void leavingOrShunningTalksRejectsThem() {
    assertThat(acts("Dunmark walked out of the talks on Tuesday.")).containsExactly("DM reject");
    assertThat(acts("Marovia walked away from the deal.")).containsExactly("MV reject");
    assertThat(acts("Dunmark pulled out of the negotiations.")).containsExactly("DM reject");
    assertThat(acts("Dunmark withdrew from the agreement on Tuesday."))
        .containsExactly("DM reject");
    assertThat(acts("Dunmark said it would stay away from the next round of talks."))
        .containsExactly("DM reject");
  }

  @Test
  void maintainingAPositionDemandsIt() {
    assertThat(acts("Dunmark has maintained that a fixed water quota is essential."))
        .containsExactly("DM demand");
    assertThat(acts("Marovia maintains the position that the water quota is unfair to farmers."))
        .contains("MV demand");
  }

  @Test
  void maintainingAThingOrContactDemandsNothing() {
    assertThat(acts("Dunmark maintained the dam on the river for decades.")).isEmpty();
    assertThat(acts("Marovia said it would maintain contact with Dunmark."))
        .containsExactly("MV discuss");
  }

  @Test
  void quittingTalksRejectsThem() {
    assertThat(acts("Dunmark quit the talks on Tuesday.")).containsExactly("DM reject");
    assertThat(acts("The Marovian delegation left the negotiations after an hour."))
        .containsExactly("MV reject");
    assertThat(acts("Dunmark abandoned the bargaining table.")).containsExactly("DM reject");
  }

  @Test
  void leavingAMeetingOrAPlaceRejectsNothing() {
    assertThat(acts("The Marovian minister left the meeting early.")).isEmpty();
    assertThat(acts("Dunmark quit the alliance in 2019.")).isEmpty();
  }

  @Test
  void blockingADealOrSuingToStopItRejectsIt() {
    assertThat(acts("The Dunmarkian regulator blocked the merger on Tuesday."))
        .containsExactly("DM reject");
    assertThat(acts("Marovia has blocked Dunmark's purchase of the dam operator."))
        .containsExactly("MV reject");
    assertThat(acts("Marovian farmers sued to stop the water-sharing plan."))
        .containsExactly("MV reject");
  }

  @Test
  void blockingARoadOrSuingForDamagesRejectsNothing() {
    assertThat(acts("Marovian farmers blocked the road to the dam.")).isEmpty();
    assertThat(acts("Marovian farmers sued the dam operator for damages.")).isEmpty();
  }

  @Test
  void troopsLeavingAPlaceRejectNothing() {
    assertThat(acts("Marovian troops pulled out of the town on Tuesday."))
        .doesNotContain("MV reject");
    assertThat(acts("Dunmark withdrew its troops from the border.")).doesNotContain("DM reject");
    assertThat(acts("Marovia warned citizens to stay away from the border."))
        .containsExactly("MV threaten");
  }

  @Test
  void findingSomethingUnjustifiedOrNotEnoughRejectsIt() {
    assertThat(acts("Dunmark called the water quota unjustified.")).containsExactly("DM reject");
    assertThat(acts("Dunmark said the offer had been wholly insufficient."))
        .containsExactly("DM reject");
    assertThat(acts("Marovia said the water quota was inadequate to meet its needs."))
        .containsExactly("MV reject");
    assertThat(acts("Marovia said the water quota fell short of its demands."))
        .containsExactly("MV reject");
    assertThat(acts("Dunmark said it was disappointed by the water-sharing plan."))
        .containsExactly("DM reject");
  }

  @Test
  void tooLittleProgressOrTimeRejectsNothing() {
    assertThat(acts("Dunmark said there had been insufficient progress."))
        .doesNotContain("DM reject");
    assertThat(acts("Dunmark said there was inadequate time to study the water quota."))
        .doesNotContain("DM reject");
  }

  @Test
  void decliningAnOfferRejectsIt() {
    assertThat(acts("Dunmark declined the offer on Tuesday.")).containsExactly("DM reject");
    assertThat(acts("Dunmark declined Marovia's request for more talks."))
        .containsExactly("DM reject");
    assertThat(acts("Dunmark declined an invitation to the talks.")).containsExactly("DM reject");
    assertThat(acts("Dunmark declined the water quota.")).containsExactly("DM reject");
    assertThat(acts("Dunmark declined to sign the agreement.")).containsExactly("DM reject");
  }

  @Test
  void decliningToCommentIsNoAct() {
    assertThat(acts("Dunmark declined to comment.")).isEmpty();
    assertThat(acts("Dunmark declined a request for comment.")).isEmpty();
    assertThat(acts("Dunmark declined further comment.")).isEmpty();
    assertThat(acts("Dunmark declined to say what it would take to end the strike.")).isEmpty();
  }

  @Test
  void disputingAnAccountDeniesIt() {
    assertThat(acts("Dunmark disputed that version on Tuesday.")).containsExactly("DM deny");
    assertThat(acts("Dunmark disputed Marovia's account of the talks.")).containsExactly("DM deny");
    assertThat(acts("Marovia said the border dispute reports would be studied."))
        .doesNotContain("MV deny");
  }

  @Test
  void callingAClaimUntrueDeniesIt() {
    assertThat(acts("\"That is not true,\" the Dunmarkian minister said."))
        .containsExactly("DM deny");
    assertThat(acts("Dunmark said there was no truth in the reports.")).containsExactly("DM deny");
  }

  @Test
  void sayingItIsTimeForSomethingDemandsIt() {
    assertThat(
            acts(
                "\"It is time for Dunmark to accept the water quota,\" the Marovian minister said."))
        .containsExactly("MV demand");
    assertThat(acts("\"It's time to reach a deal,\" the Marovian minister said."))
        .containsExactly("MV demand");
  }

  @Test
  void sayingSomethingIsNeededDemandsIt() {
    assertThat(acts("Marovia said a ceasefire is needed.")).containsExactly("MV demand");
    assertThat(acts("Marovia said the water quota remained a priority."))
        .containsExactly("MV demand");
    assertThat(acts("Marovia said it would take the necessary steps.")).doesNotContain("MV demand");
  }

  @Test
  void offeringToHostTalksProposesThem() {
    assertThat(acts("Marovia said it was ready to host talks.")).containsExactly("MV propose");
    assertThat(acts("Marovia offered to host talks between the two sides."))
        .containsExactly("MV propose");
  }

  @Test
  void tablingAnOfferProposesIt() {
    assertThat(acts("Marovia tabled a new offer on the water quota."))
        .containsExactly("MV propose");
    assertThat(acts("Marovia said the negotiating table was ready.")).doesNotContain("MV propose");
  }

  @Test
  void sittingDownWithTheOtherSideIsTalking() {
    assertThat(acts("The Marovian minister sat down with his Dunmarkian counterpart on Tuesday."))
        .containsExactly("MV discuss", "DM discuss");
  }

  @Test
  void mediatingIsTalking() {
    assertThat(acts("Marovia said it would mediate between Dunmark and the rebels."))
        .containsExactly("MV discuss");
  }

  @Test
  void holdingACallOrKeepingInTouchIsTalking() {
    assertThat(acts("The Marovian minister held a call with his Dunmarkian counterpart."))
        .containsExactly("MV discuss", "DM discuss");
    assertThat(acts("Marovia said it had been in close touch with Dunmark for weeks."))
        .containsExactly("MV discuss");
    assertThat(acts("Dunmark remains in touch with Marovia over the water quota."))
        .containsExactly("DM discuss");
  }

  @Test
  void aCallForSomethingOrATouchOfIronyIsNoTalk() {
    assertThat(acts("Marovia held the call for elections unlawful.")).doesNotContain("MV discuss");
    assertThat(acts("Dunmark answered with a touch of irony.")).doesNotContain("DM discuss");
  }

  @Test
  void speakingToSomeoneByPhoneIsTalking() {
    assertThat(
            acts("The Marovian minister spoke to his Dunmarkian counterpart by phone on Tuesday."))
        .containsExactly("MV discuss", "DM discuss");
    assertThat(acts("The Marovian minister spoke to reporters on Tuesday."))
        .doesNotContain("MV discuss");
  }

  @Test
  void goingToWarOrResumingFightingThreatens() {
    assertThat(acts("Dunmark said it would resume fighting if the ceasefire collapsed."))
        .containsExactly("DM threaten");
    assertThat(acts("Dunmark said it was ready to go to war over the water quota."))
        .containsExactly("DM threaten");
    assertThat(acts("\"All options are on the table,\" the Marovian minister said."))
        .containsExactly("MV threaten");
  }

  @Test
  void strikingADealOrRatifyingItAccepts() {
    assertThat(acts("Marovia and Dunmark struck a deal on the water quota."))
        .containsExactly("MV accept", "DM accept");
    assertThat(acts("The Marovian parliament ratified the agreement on Tuesday."))
        .containsExactly("MV accept");
    assertThat(acts("Dunmark said it would not ratify the agreement."))
        .containsExactly("DM reject");
  }

  @Test
  void hopingToStrikeADealOrNearingATruceAcceptsNothing() {
    assertThat(acts("Marovia said it hoped to strike a deal soon.")).doesNotContain("MV accept");
    assertThat(acts("Marovia and Dunmark were close to reaching a truce."))
        .doesNotContain("MV accept", "DM accept");
  }
}
