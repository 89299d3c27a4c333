package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The terms of an agreement told as what each side is to do after "Under the agreement,": each side
 * bound accepts its term; a rule or a proposal that opens the sentence binds no one.
 */
class AgreedTermsTest {
  @Test
  void eachSideThatIsToActUnderTheAccordAcceptsItsTerm() {
    assertThat(
            InventedCases.TRUCE.acts(
                "Under the accord, Velmar is to withdraw its troops within 90 days, while the"
                    + " insurgents are to disarm."))
        .containsExactlyInAnyOrder("VL accept", "CLF accept");
    assertThat(
            InventedCases.TRUCE.acts(
                "Under the agreement signed in Tarsia, Velmar will lift the blockade of the"
                    + " coast."))
        .containsExactly("VL accept");
  }

  @Test
  void aCommitmentUnderTheAccordAcceptsIt() {
    assertThat(
            InventedCases.TRUCE.acts(
                "Under the accord, Velmar and the insurgents undertake to respect the truce."))
        .containsExactlyInAnyOrder("VL accept", "CLF accept");
    assertThat(
            InventedCases.TRUCE.acts("Velmar and the insurgents undertake to respect the truce."))
        .containsExactlyInAnyOrder("VL propose", "CLF propose");
  }

  @Test
  void termsToldAsWhatTheTextSaysAreAcceptedByTheSideBound() {
    assertThat(
            HospitalStrike.actsOn(
                "The memorandum says that Mercy Hospital will grant a pay rise of six percent."))
        .containsExactly("MH accept [pay-rise]");
    assertThat(
            InventedCases.FISHERIES.acts(
                "The fisheries accord stipulates that Ostland shall cut the herring quota and"
                    + " Norvania is to end its boycott."))
        .containsExactlyInAnyOrder("OS accept", "NV accept");
  }

  @Test
  void termsToldUnderTheDealInsideASentenceAreTheBoundSidesNotTheTellers() {
    assertThat(
            HospitalStrike.actsOn(
                "Carter said that under the deal Mercy Hospital will grant a pay rise in July."))
        .containsExactly("MH accept [pay-rise]");
  }

  @Test
  void whatAPersonOrAPlanSaysASideWillDoBindsNoOne() {
    assertThat(HospitalStrike.acts("Carter says that Mercy Hospital will grant a pay rise."))
        .doesNotContain("MH accept");
    assertThat(HospitalStrike.acts("The plan says that Mercy Hospital will grant a pay rise."))
        .doesNotContain("MH accept");
  }

  @Test
  void aParagraphThatToldOfTheAgreementGoesOnTellingItsTerms() {
    assertThat(
            HospitalStrike.actsOn(
                "The memorandum addresses the union's concerns. Mercy Hospital commits to grant a"
                    + " pay rise, and Lakeside will accept staffing ratios."))
        .containsExactly("MH accept [pay-rise]", "LH accept [staffing-ratio]");
    assertThat(
            InventedCases.FISHERIES.acts(
                "Under the accord, Norvania is to end its boycott. Ostland will cut the herring"
                    + " quota by a third."))
        .containsExactly("NV accept", "OS accept");
  }

  @Test
  void whatASideWillDoOutsideAParagraphOfTermsIsNoAcceptance() {
    assertThat(HospitalStrike.acts("Mercy Hospital will grant a pay rise in July."))
        .doesNotContain("MH accept");
    assertThat(HospitalStrike.acts("Mercy Hospital commits to grant a pay rise."))
        .containsExactly("MH propose");
    assertThat(
            HospitalStrike.acts(
                "The memorandum addresses the union's concerns.",
                "Mercy Hospital will grant a pay rise in July."))
        .as("the next paragraph tells no terms of its own")
        .doesNotContain("MH accept");
  }

  @Test
  void aRuleOrAProposalBindsNoOne() {
    assertThat(
            InventedCases.TRUCE.acts(
                "Under the emergency law, Velmar will hold the truce monitors at the border."))
        .doesNotContain("VL accept");
    assertThat(
            InventedCases.TRUCE.acts(
                "Under the Tarsian plan, Velmar would withdraw its troops during the truce."))
        .doesNotContain("VL accept");
  }

  @Test
  void aThingThatIsToHappenUnderTheAccordIsNoSidesAct() {
    assertThat(
            InventedCases.TRUCE.acts(
                "Under the accord, the fighting will stop and the truce is to last 90 days."))
        .isEmpty();
  }

  @Test
  void whatARuleProvidesIsNoPartysAct() {
    assertThat(
            InventedCases.TRUCE.acts(
                "Under the emergency law, if Velmar does not sign the truce by Friday, it will be"
                    + " barred from new talks unless the insurgents agree."))
        .isEmpty();
    assertThat(
            InventedCases.TRUCE.acts(
                "Under the new law, Velmar signed the truce with the insurgents on Friday."))
        .isEmpty();
    assertThat(InventedCases.TRUCE.acts("Under pressure, Velmar signed the truce on Friday."))
        .containsExactly("VL accept");
  }
}
