package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Approval and disapproval as acts: praising or hailing a proposal or an item accepts it,
 * condemning or slamming a proposal rejects it; praising people and welcoming guests is no act.
 */
class ApprovalsTest {
  private static List<String> actsOn(String... paragraphs) {
    return HospitalStrike.actsOn(paragraphs);
  }

  @Test
  void praiseOfAProposalOrAnItemAcceptsIt() {
    assertThat(actsOn("Carter praised the pay rise.")).containsExactly("NU accept [pay-rise]");
    assertThat(actsOn("Carter hailed the deal on staffing ratios."))
        .containsExactly("NU accept [staffing-ratio]");
    assertThat(actsOn("Mercy Hospital applauded the union's offer."))
        .containsExactly("MH accept []");
  }

  @Test
  void condemningAProposalRejectsIt() {
    assertThat(actsOn("Carter condemned the plan.")).containsExactly("NU reject []");
    assertThat(actsOn("Carter slammed the proposal for staffing ratios."))
        .containsExactly("NU reject [staffing-ratio]");
    assertThat(actsOn("Carter criticised Mercy Hospital's offer.")).containsExactly("NU reject []");
  }

  @Test
  void praiseOfPeopleAndCriticismOfConductIsNoAct() {
    assertThat(actsOn("Carter praised the nurses.")).isEmpty();
    assertThat(actsOn("Carter criticised the hospital for delays.")).isEmpty();
  }

  @Test
  void welcomingAGuestIsNoAcceptance() {
    assertThat(actsOn("Carter welcomed the delegation.")).isEmpty();
    assertThat(actsOn("Mercy Hospital welcomed Carter to the hospital on Monday.")).isEmpty();
    assertThat(actsOn("Carter welcomed the proposal.")).containsExactly("NU accept []");
    assertThat(actsOn("Carter welcomed Mercy Hospital's response."))
        .containsExactly("NU accept []");
    assertThat(actsOn("Mercy Hospital welcomed the staffing ratios."))
        .containsExactly("MH accept [staffing-ratio]");
  }

  @Test
  void praiseOrCondemnationOfAnAccordOrADecisionIsAStanceOnIt() {
    assertThat(actsOn("Carter hailed the accord on staffing ratios."))
        .containsExactly("NU accept [staffing-ratio]");
    assertThat(actsOn("Carter applauded the breakthrough.")).containsExactly("NU accept []");
    assertThat(actsOn("The Nurses Union condemns Mercy Hospital's decision to cut the pay rise."))
        .containsExactly("NU reject [pay-rise]");
    assertThat(actsOn("Carter denounced the decision.")).containsExactly("NU reject []");
  }

  @Test
  void congratulatingSomeoneOnAnAgreementAcceptsIt() {
    assertThat(actsOn("Carter congratulated Mercy Hospital on the agreement."))
        .containsExactly("NU accept []");
    assertThat(actsOn("Carter congratulated both negotiators for a historic settlement."))
        .containsExactly("NU accept []");
    assertThat(actsOn("Carter congratulated the nurses on their courage.")).isEmpty();
    assertThat(actsOn("Carter congratulated the negotiators.")).isEmpty();
  }

  @Test
  void aVerbInsideANameTakesNoStance() {
    assertThat(
            actsOn("Mercy Hospital said the Patient Support Network now runs the truce hotline."))
        .isEmpty();
  }
}
