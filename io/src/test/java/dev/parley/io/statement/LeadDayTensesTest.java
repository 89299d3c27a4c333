package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lead that dates the story ("agreed on Tuesday to ...") dates what the story goes on to tell in
 * the simple past with no time of its own; what it tells in the present, the future, the perfect,
 * or at a time of its own ("In 2019", "two years ago") is not of the lead's day.
 */
class LeadDayTensesTest {
  /** A Friday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 6, 9);

  /** The Tuesday before it. */
  private static final LocalDate TUESDAY = LocalDate.of(2023, 6, 6);

  private static final InventedCase CASE =
      InventedCase.publishedOn(PUBLISHED)
          .state("VL", "Velmar", "Velmari")
          .state("TS", "Tarsia", "Tarsian")
          .item("quota", "A shared fishing quota", "VL", "fishing quota | quota")
          .build("lead-day-tenses.lexicon");

  private static final String LEAD = "Velmar proposed a fishing quota on Tuesday.";

  /** The date of the statement of the second paragraph, after the lead. */
  private static LocalDate secondDate(String paragraph) {
    return secondDate(LEAD, paragraph);
  }

  /** The date of the statement of the second paragraph, after the given lead. */
  private static LocalDate secondDate(String lead, String paragraph) {
    List<Statement> found =
        StatementExtractor.of(CASE.lexicon())
            .extract(TestArticles.of(PUBLISHED, lead, paragraph))
            .statements();
    assertThat(found).as(paragraph).hasSize(2);
    return found.get(1).date().orElseThrow();
  }

  @Test
  void anUndatedActToldInTheSimplePastIsOfTheLeadsDay() {
    assertThat(secondDate("Tarsia rejected the fishing quota.")).isEqualTo(TUESDAY);
    assertThat(secondDate("Tarsia said it rejected the fishing quota.")).isEqualTo(TUESDAY);
  }

  @Test
  void anActToldInThePresentTheFutureOrThePerfectKeepsThePublicationDate() {
    assertThat(secondDate("Tarsia says it rejects the fishing quota.")).isEqualTo(PUBLISHED);
    assertThat(secondDate("Tarsia has rejected the fishing quota.")).isEqualTo(PUBLISHED);
    assertThat(secondDate("Tarsia had rejected the fishing quota.")).isEqualTo(PUBLISHED);
  }

  @Test
  void aStoryThatNamesAnotherDayAfterItsLeadDatesNoUndatedActByTheLead() {
    List<Statement> found =
        StatementExtractor.of(CASE.lexicon())
            .extract(
                TestArticles.of(
                    PUBLISHED,
                    LEAD,
                    "The envoys met again in the port on Thursday.",
                    "Tarsia rejected the fishing quota."))
            .statements();
    assertThat(found.get(found.size() - 1).date()).contains(PUBLISHED);
  }

  @Test
  void backgroundToldAtATimeOfItsOwnIsNotOfTheLeadsDay() {
    assertThat(secondDate("In 2019, Tarsia rejected a fishing quota.")).isEqualTo(PUBLISHED);
    assertThat(secondDate("Two years ago Tarsia rejected a fishing quota.")).isEqualTo(PUBLISHED);
  }

  /** The day before the publication: the lead of a story written overnight. */
  private static final LocalDate THURSDAY = LocalDate.of(2023, 6, 8);

  /** The date of the statement of the second paragraph, after a lead of the day before. */
  private static LocalDate afterAnOvernightLead(String paragraph) {
    return secondDate("Velmar proposed a fishing quota on Thursday.", paragraph);
  }

  @Test
  void anOvernightStoryLeavesAnActToldInTheFutureOrByItsSpeakerNowToThePublication() {
    assertThat(afterAnOvernightLead("Tarsia rejected the fishing quota.")).isEqualTo(THURSDAY);
    // What the side will do, or what a writer does as it writes, is of the day of writing.
    assertThat(afterAnOvernightLead("Tarsia will reject the fishing quota.")).isEqualTo(PUBLISHED);
    assertThat(afterAnOvernightLead("As the envoy of Tarsia, I reject the fishing quota."))
        .isEqualTo(PUBLISHED);
    // A first person in the past still tells the lead's day.
    assertThat(afterAnOvernightLead("As the envoy of Tarsia, I rejected the fishing quota."))
        .isEqualTo(THURSDAY);
  }
}
