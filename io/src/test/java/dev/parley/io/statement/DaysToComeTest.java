package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A day still to come, named in a sentence, dates no act told in the sentences after it. */
class DaysToComeTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 9);

  private static List<Statement> read(String... paragraphs) {
    return StatementExtractor.of(FakeKnowledge.standard())
        .extract(TestArticles.of(PUBLISHED, paragraphs))
        .statements();
  }

  @Test
  void aDayAfterPublicationDoesNotDateTheNextAct() {
    List<Statement> found =
        read("The talks are to resume on March 20. Lavrov rejected the American proposal.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).date()).contains(PUBLISHED);
    assertThat(found.get(0).dateBasis()).isEqualTo(DateBasis.PUBLICATION);
  }

  @Test
  void aDayBeforePublicationStillDatesTheNextAct() {
    List<Statement> found =
        read("The talks ended on March 2. Lavrov rejected the American proposal.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).date()).contains(LocalDate.of(2023, 3, 2));
    assertThat(found.get(0).dateBasis()).isEqualTo(DateBasis.PARAGRAPH);
  }

  /** A Friday. */
  private static final LocalDate FRIDAY = LocalDate.of(2023, 5, 19);

  private static List<Statement> readOn(LocalDate published, String... paragraphs) {
    return StatementExtractor.of(HospitalStrike.LEXICON)
        .extract(TestArticles.of(published, paragraphs))
        .statements();
  }

  @Test
  void aDayOfAClauseToldInTheFutureDatesNoAct() {
    // The walkout is to come on the day of writing; the threat was made when it was told.
    List<Statement> found =
        readOn(
            FRIDAY,
            "Carter said the nurses will walk out on Friday unless Mercy Hospital offers a pay"
                + " rise.");
    assertAllOnThePublicationDay(found, FRIDAY);
  }

  private static void assertAllOnThePublicationDay(List<Statement> found, LocalDate published) {
    assertThat(found).isNotEmpty();
    assertThat(found)
        .allSatisfy(
            s -> {
              assertThat(s.date()).contains(published);
              assertThat(s.dateBasis()).isEqualTo(DateBasis.PUBLICATION);
            });
  }

  @Test
  void aMonthStillToComeIsNoDateThatTheParagraphGoesOnFrom() {
    List<Statement> found =
        readOn(
            FRIDAY,
            "Talks with Lakeside Hospital are due to resume in May. Lakeside rejected the staffing"
                + " ratios.");
    assertThat(found).hasSize(1);
    assertAllOnThePublicationDay(found, FRIDAY);
  }

  @Test
  void aDayOfAPlanToldWithWouldDatesNoAct() {
    LocalDate tuesday = LocalDate.of(2023, 5, 16);
    List<Statement> found =
        readOn(
            tuesday,
            "Carter said the union would strike at Mercy Hospital on Sunday unless it offered a"
                + " pay rise.");
    assertAllOnThePublicationDay(found, tuesday);
  }
}
