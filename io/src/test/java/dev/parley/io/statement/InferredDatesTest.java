package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.io.article.Article;
import dev.parley.io.article.ArticleReader;
import dev.parley.io.article.DateMention;
import dev.parley.io.article.DatePrecision;
import dev.parley.io.article.DateProvenance;
import dev.parley.io.article.PublicationDate;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Weekdays and undated acts in an article whose publication date was inferred from its body: the
 * inferred day is only the latest one the body names, so weekdays count forward from a named day;
 * an update stamp's day, taken when the body names none, is the last day the page was written, so
 * weekdays count back from it.
 */
class InferredDatesTest {
  /** A Tuesday. */
  private static final LocalDate INFERRED = LocalDate.of(2022, 2, 15);

  private static DateMention mention(String text, LocalDate date, boolean relative) {
    return DateMention.builder()
        .start(0)
        .end(text.length())
        .text(text)
        .date(date)
        .precision(DatePrecision.DAY)
        .relative(relative)
        .build();
  }

  @Test
  void aWeekdayIsTheFirstSuchDayOnOrAfterTheInferredDate() {
    InferredDates dates = new InferredDates(INFERRED);
    List<DateMention> resolved =
        dates.resolve(List.of(mention("Thursday", LocalDate.of(2022, 2, 10), true)));
    assertThat(resolved.get(0).date()).isEqualTo(LocalDate.of(2022, 2, 17));
  }

  @Test
  void aWeekdayCountsFromTheLastDayOfTheMonthNamedBeforeIt() {
    InferredDates dates = new InferredDates(INFERRED);
    dates.resolve(List.of(mention("February 2", LocalDate.of(2022, 2, 2), true)));
    List<DateMention> resolved =
        dates.resolve(List.of(mention("Friday", LocalDate.of(2022, 2, 11), true)));
    assertThat(resolved.get(0).date()).isEqualTo(LocalDate.of(2022, 2, 4));
  }

  @Test
  void lastThursdayAndDatesWithADayOfTheMonthAreLeftAsFound() {
    InferredDates dates = new InferredDates(INFERRED);
    DateMention last = mention("last Thursday", LocalDate.of(2022, 2, 10), true);
    DateMention dated = mention("February 3", LocalDate.of(2022, 2, 3), true);
    assertThat(dates.resolve(List.of(last, dated))).containsExactly(last, dated);
    assertThat(InferredDates.weekdayOf("on Thursday")).isEqualTo(DayOfWeek.THURSDAY);
    assertThat(InferredDates.weekdayOf("Thursday, February 17")).isNull();
  }

  private static List<Statement> read(PublicationDate published, String... paragraphs) {
    Article article =
        Article.builder().from(TestArticles.of(null, paragraphs)).published(published).build();
    return StatementExtractor.of(Corpus.lexicon()).extract(article).statements();
  }

  @Test
  void anInferredPublicationDateResolvesWeekdaysForwardAndYieldsToTheLastDateTold() {
    List<Statement> found =
        read(
            PublicationDate.inferred(INFERRED, "on February 15"),
            "Moscow delivered its response on Thursday.",
            "Lavrov rejected the demand.");
    assertThat(found)
        .extracting(Statement::date)
        .allMatch(d -> d.orElseThrow().getDayOfMonth() == 17);
    assertThat(found.get(1).dateBasis()).isEqualTo(DateBasis.ARTICLE);
  }

  @Test
  void aStatedPublicationDateResolvesWeekdaysBackward() {
    List<Statement> found =
        read(
            PublicationDate.stated(INFERRED, "Published February 15, 2022"),
            "Moscow delivered its response on Thursday.",
            "Lavrov rejected the demand.");
    assertThat(found.get(0).date()).contains(LocalDate.of(2022, 2, 10));
    // The story goes on in the past with no day of its own: its act is of the lead's day.
    assertThat(found.get(1).date()).contains(LocalDate.of(2022, 2, 10));
    assertThat(found.get(1).dateBasis()).isEqualTo(DateBasis.ARTICLE);
  }

  @Test
  void aDateAfterAStatedPublicationDatesAnotherEventNotTheAct() {
    List<Statement> found =
        read(
            PublicationDate.stated(INFERRED, "Published February 15, 2022"),
            "Lavrov demanded that NATO reply before the talks end on March 3.");
    assertThat(found).singleElement().satisfies(s -> assertThat(s.date()).contains(INFERRED));
  }

  @Test
  void anUpdateStampsDayResolvesWeekdaysBackward() {
    Article page =
        ArticleReader.defaults()
            .read(
                "page.txt",
                ("Hospital talks\n\n"
                        + "Updated: May 20, 2023 18:40\n\n"
                        + "Mercy Hospital rejected the pay rise on Monday.\n")
                    .getBytes(StandardCharsets.UTF_8));
    assertThat(page.published().provenance()).isEqualTo(DateProvenance.INFERRED);
    assertThat(StatementExtractor.of(HospitalStrike.LEXICON).extract(page).statements())
        .extracting(s -> s.date().orElseThrow())
        .containsExactly(LocalDate.of(2023, 5, 15));
  }

  @Test
  void aWireDatelinesDayWithoutItsYearDatesUndatedActsAsAStatedDayDoes() {
    // The dateline states the day the story was filed; only its year comes from the body.
    Article story =
        ArticleReader.defaults()
            .read(
                "story.txt",
                ("Hospital talks\n\n"
                        + "BOSTON, May 17 (Harbour Wire) - Mercy Hospital rejected the pay rise on"
                        + " Monday. The old contract ran out on April 30, 2023.\n\n"
                        + "Carter said the union would not give up the staffing ratios.\n")
                    .getBytes(StandardCharsets.UTF_8));
    assertThat(story.published().date()).contains(LocalDate.of(2023, 5, 17));
    assertThat(story.published().provenance()).isEqualTo(DateProvenance.INFERRED);
    List<Statement> found =
        StatementExtractor.of(HospitalStrike.LEXICON).extract(story).statements();
    assertThat(found.get(0).date()).contains(LocalDate.of(2023, 5, 15));
    // An undated act later on goes on with the story, not back to the last day the body named.
    assertThat(found.get(found.size() - 1).date())
        .isPresent()
        .get()
        .isNotEqualTo(LocalDate.of(2023, 4, 30));
  }
}
