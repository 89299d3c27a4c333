package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A date after "since" tells when a state began ("has demanded it since the start of the talks in
 * March"): it dates neither the act of its sentence nor those told after it in its paragraph.
 */
class SinceDatesTest {
  @Test
  void aDateAfterSinceDatesNoAct() {
    assertThat(
            HospitalStrike.dates(
                "Carter said the union has demanded staffing ratios since the start of the talks"
                    + " in March."))
        .containsOnly(HospitalStrike.PUBLISHED);
    assertThat(
            HospitalStrike.dates(
                "The Nurses Union, on strike since last month, rejected the pay rise."))
        .containsOnly(HospitalStrike.PUBLISHED);
  }

  @Test
  void norDoesItDateTheActsAfterIt() {
    assertThat(
            HospitalStrike.dates(
                "The nurses have been on strike since May 2. Mercy Hospital rejected the staffing"
                    + " ratios."))
        .containsOnly(HospitalStrike.PUBLISHED);
  }

  @Test
  void aDateOfItsOwnClauseAfterSinceIsStillTheParagraphs() {
    assertThat(
            HospitalStrike.dates(
                "Since the talks failed on May 15, the nurses have stayed away. Mercy Hospital"
                    + " rejected the pay rise."))
        .containsOnly(LocalDate.of(2023, 5, 15));
  }
}
