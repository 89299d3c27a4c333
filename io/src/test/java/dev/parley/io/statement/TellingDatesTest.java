package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The date of the statement, letter or address an act was told in dates the act ("said in a
 * statement issued late on Tuesday"), and so does a date after a participle that only qualifies a
 * noun ("in a televised address on Wednesday"); a date a participle gives another event ("the pay
 * rise drafted on Tuesday") still does not.
 */
class TellingDatesTest {
  @Test
  void theDayOfTheStatementAnActWasToldInDatesTheAct() {
    assertThat(
            HospitalStrike.dates(
                "In a statement issued late on Tuesday, the Nurses Union rejected the staffing"
                    + " ratios."))
        .containsExactly(LocalDate.of(2023, 5, 16));
    assertThat(
            HospitalStrike.dates(
                "Lakeside Hospital rejected the pay rise in a letter sent on Wednesday."))
        .containsOnly(LocalDate.of(2023, 5, 17));
  }

  @Test
  void aParticipleThatQualifiesANounLeavesTheDateToTheAct() {
    assertThat(
            HospitalStrike.dates(
                "Carter said in a televised address on Wednesday that the union rejected the pay rise."))
        .containsExactly(LocalDate.of(2023, 5, 17));
  }

  @Test
  void aDateAParticipleGivesAnotherEventStillDatesNoAct() {
    assertThat(
            HospitalStrike.dates("Mercy Hospital rejected the staffing ratios drafted on Tuesday."))
        .containsExactly(HospitalStrike.PUBLISHED);
  }

  @Test
  void aDateOfARelativeClauseInTheSimplePastDatesItsOwnEventNotTheAct() {
    // "began" and "came" are no participles, but after "that" or "which" they tell the noun's
    // event.
    assertThat(
            HospitalStrike.dates(
                "Mercy Hospital accepted the pay rise, ending the strike that began on Tuesday."))
        .containsExactly(HospitalStrike.PUBLISHED);
    assertThat(
            HospitalStrike.dates(
                "The Nurses Union rejected the staffing ratios, which came on Wednesday."))
        .containsExactly(HospitalStrike.PUBLISHED);
    // The act's own verb in the simple past still takes its date.
    assertThat(HospitalStrike.dates("Lakeside Hospital rejected the pay rise on Tuesday."))
        .containsExactly(LocalDate.of(2023, 5, 16));
  }
}
