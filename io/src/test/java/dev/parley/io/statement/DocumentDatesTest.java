package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A date that names a document ("under the agreement of 9 March", "the March 9 agreement") tells
 * which text is meant, not when the act took place.
 */
class DocumentDatesTest {
  private static List<LocalDate> dates(String... paragraphs) {
    return HospitalStrike.read(paragraphs).stream().map(s -> s.date().orElseThrow()).toList();
  }

  @Test
  void aDateAfterADocumentNounAndOfDatesNoAct() {
    assertThat(dates("Carter rejected the raise under the agreement of 9 March."))
        .containsExactly(HospitalStrike.PUBLISHED);
    assertThat(dates("Carter rejected the raise in line with the statement of 10 November 2022."))
        .containsExactly(HospitalStrike.PUBLISHED);
    assertThat(dates("Carter rejected the memorandum dated 4 May on staffing ratios."))
        .containsExactly(HospitalStrike.PUBLISHED);
  }

  @Test
  void aDateBeforeADocumentNounDatesNoActEither() {
    assertThat(dates("Carter said on May 12 that the union rejected the March 9 agreement."))
        .containsExactly(LocalDate.of(2023, 5, 12));
  }

  @Test
  void theDayOfTheActStillDatesIt() {
    assertThat(dates("Carter rejected the raise on May 9."))
        .containsExactly(LocalDate.of(2023, 5, 9));
    assertThat(dates("Carter rejected the raise on May 9 under the agreement of 2 March."))
        .containsExactly(LocalDate.of(2023, 5, 9));
    assertThat(dates("On May 9, the union rejected the raise of March.", "Carter said so."))
        .first()
        .isEqualTo(LocalDate.of(2023, 5, 9));
  }
}
