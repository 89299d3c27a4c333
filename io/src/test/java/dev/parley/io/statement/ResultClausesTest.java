package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A participle clause of result after a comma ("..., ending the strike") tells what an act brought
 * about: the items it names are not the act's.
 */
class ResultClausesTest {
  @Test
  void whatTheActBroughtAboutIsNotWhatItWasAbout() {
    assertThat(
            HospitalStrike.actsOn(
                "Mercy Hospital agreed to a pay rise on Thursday night, averting a fight over"
                    + " staffing ratios."))
        .containsExactly("MH accept [pay-rise]");
    assertThat(
            InventedCases.TRUCE.actsOn(
                "Tarsia accepted the plan of the insurgents on Monday, paving the way for a"
                    + " ceasefire in the spring."))
        .containsExactly("TS accept []");
  }

  @Test
  void aClauseOfResultAfterItsOwnCommaOnlyAndNotTheActsOwnClause() {
    assertThat(
            HospitalStrike.actsOn(
                "Mercy Hospital agreed to a pay rise on Thursday night ending the dispute over"
                    + " staffing ratios."))
        .containsExactly("MH accept [pay-rise, staffing-ratio]");
    assertThat(
            HospitalStrike.actsOn(
                "Mercy Hospital said on Thursday night, ending weeks of silence, that it"
                    + " accepted a pay rise."))
        .containsExactly("MH accept [pay-rise]");
  }
}
