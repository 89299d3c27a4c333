package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An act told in a relative clause after a comma ("..., a plan the union rejected", "..., which
 * Mercy has ruled out") is on the items named before the comma.
 */
class RelativeObjectsTest {
  private static List<String> actsOn(String... paragraphs) {
    return HospitalStrike.actsOn(paragraphs);
  }

  @Test
  void aRelativeClauseAfterACommaAnswersWhatCameBefore() {
    assertThat(
            actsOn(
                "The union has demanded fixed staffing ratios for every ward, which Mercy Hospital"
                    + " has ruled out."))
        .containsExactly("NU demand [staffing-ratio]", "MH reject [staffing-ratio]");
    assertThat(
            actsOn(
                "Mercy Hospital offered a pay rise of two percent last week, an offer the union"
                    + " dismissed as an insult."))
        .contains("NU reject [pay-rise]");
    assertThat(
            InventedCases.TRUCE.actsOn(
                "The insurgents called for a ceasefire before the winter, something Velmar has"
                    + " long refused."))
        .contains("VL reject [truce]");
  }

  @Test
  void aClauseWithNoSubjectOfItsOwnOrOpenedByAConjunctionIsNone() {
    assertThat(
            actsOn(
                "Mercy Hospital offered a pay rise on Friday, and the union rejected a proposal to"
                    + " close the ward."))
        .contains("NU reject []");
    assertThat(
            actsOn(
                "The union met Mercy Hospital about the pay rise on Friday, which rejected the"
                    + " plan."))
        .doesNotContain("NU reject [pay-rise]", "MH reject [pay-rise]");
  }

  @Test
  void whatTheClausesSubjectHasToMeetIsStillTheSpeakersDemand() {
    assertThat(
            actsOn(
                "The union insisted on fixed staffing ratios, which Mercy Hospital has to meet in"
                    + " full."))
        .doesNotContain("MH demand [staffing-ratio]");
  }

  @Test
  void theFirstMemberOfACompoundSubjectOfTheClauseSpeaks() {
    assertThat(
            actsOn(
                "The union proposed fixed staffing ratios in March, a plan Mercy Hospital and"
                    + " Lakeside Hospital have rejected."))
        .contains("MH reject [staffing-ratio]");
  }

  @Test
  void aDemandOfTheClausesSubjectIsItsOwn() {
    assertThat(
            actsOn(
                "Mercy Hospital has ruled out fixed staffing ratios, which the union has demanded"
                    + " for months."))
        .contains("NU demand [staffing-ratio]");
  }
}
