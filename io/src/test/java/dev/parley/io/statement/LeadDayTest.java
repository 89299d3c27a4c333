package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An article published the day after the event its lead reports (an overnight story) dates what it
 * goes on to report undated by the lead's day; a lead of a day in the week before dates what the
 * story goes on to tell undated in the simple past ({@link LeadDayTensesTest}).
 */
class LeadDayTest {
  /** A Wednesday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 2, 16);

  private static List<Statement> read(String lead) {
    return TestArticles.bundledStatements(PUBLISHED, lead, "Lavrov rejected the demand.");
  }

  @Test
  void anOvernightStoryDatesItsUndatedActsByTheLeadsDay() {
    List<Statement> found =
        read("Lavrov said on Tuesday that Russia rejected the American answer.");
    assertThat(found.get(0).date()).contains(LocalDate.of(2022, 2, 15));
    assertThat(found.get(1).date()).contains(LocalDate.of(2022, 2, 15));
    assertThat(found.get(1).dateBasis()).isEqualTo(DateBasis.ARTICLE);
  }

  @Test
  void aLeadOfThePublicationDayLeavesThePublicationDateAndOneOfDaysBeforeDatesTheStory() {
    assertThat(read("Lavrov said on Wednesday that Russia rejected the American answer.").get(1))
        .satisfies(
            s -> {
              assertThat(s.date()).contains(PUBLISHED);
              assertThat(s.dateBasis()).isEqualTo(DateBasis.PUBLICATION);
            });
    // The story goes on in the past with no date of its own: its acts are of the lead's day.
    assertThat(read("Lavrov said on Monday that Russia rejected the American answer.").get(1))
        .satisfies(s -> assertThat(s.date()).contains(LocalDate.of(2022, 2, 14)));
  }

  @Test
  void aLeadWithNoStatementStillTellsTheStorysDay() {
    List<Statement> found =
        TestArticles.bundledStatements(
            PUBLISHED,
            "The minister spoke to journalists on Tuesday evening in Geneva.",
            "Lavrov rejected the demand.");
    assertThat(found)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.date()).contains(LocalDate.of(2022, 2, 15));
              assertThat(s.dateBasis()).isEqualTo(DateBasis.ARTICLE);
            });
  }

  @Test
  void aDayNamedAfterTheFirstStatementIsNoLeadsDay() {
    List<Statement> found =
        TestArticles.bundledStatements(
            PUBLISHED,
            "Lavrov rejected the demand.",
            "The minister had spoken to journalists on Tuesday evening in Geneva.",
            "Lavrov rejected the demand.");
    assertThat(found).extracting(Statement::date).containsOnly(Optional.of(PUBLISHED));
  }
}
