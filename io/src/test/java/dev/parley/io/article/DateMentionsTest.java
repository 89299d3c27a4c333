package dev.parley.io.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Finding and resolving the dates a text mentions. */
class DateMentionsTest {
  /** A Thursday. */
  private static final LocalDate ANCHOR = LocalDate.of(2022, 2, 17);

  private static List<DateMention> find(String text, LocalDate anchor) {
    return DateMentions.find(text, 0, text.length(), anchor);
  }

  private static List<LocalDate> dates(String text, LocalDate anchor) {
    return find(text, anchor).stream().map(DateMention::date).collect(Collectors.toList());
  }

  private static DateMention only(String text, LocalDate anchor) {
    List<DateMention> found = find(text, anchor);
    assertThat(found).as(text).hasSize(1);
    return found.get(0);
  }

  /** Asserts that each of {@code texts} mentions only {@code day}, with its year and as written. */
  private static void assertEachOnlyDatedDay(LocalDate day, String... texts) {
    for (String text : texts) {
      DateMention m = only(text, null);
      assertThat(m.date()).as(text).isEqualTo(day);
      assertThat(m.precision()).isEqualTo(DatePrecision.DAY);
      assertThat(m.relative()).isFalse();
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }
  }

  @Test
  void aSpanReadsTheSameAfterALongerOne() {
    String shortText = "On Monday, and on 15 February 2022, talks resumed.";
    List<DateMention> first = DateMentions.find(shortText, 0, shortText.length(), ANCHOR);
    String longText =
        "Talks on 3 March 2021 and yesterday failed; on Friday they met. ".repeat(400);

    List<DateMention> many = DateMentions.find(longText, 0, longText.length(), ANCHOR);
    List<DateMention> again = DateMentions.find(shortText, 0, shortText.length(), ANCHOR);

    assertThat(many).hasSize(1200);
    assertThat(again).isEqualTo(first).hasSize(2);
  }

  @Test
  void writtenAndNumericDatesWithYearNeedNoAnchor() {
    LocalDate day = LocalDate.of(2022, 2, 15);
    assertEachOnlyDatedDay(
        day,
        "It happened on February 15, 2022 in Geneva.",
        "It happened on 15 February 2022.",
        "It happened Feb. 15, 2022, late.",
        "It happened on Feb 15 2022.",
        "Stamp 2022-02-15 here",
        "Stamp 2022/02/15 here",
        "Stamp 2022.02.15 17:52 here",
        "Дата 15.02.2022 г.",
        "On the 15th of February 2022 they met.",
        "Tuesday, February 15th, 2022: talks");
    assertThat(only("Posted 17 February 2022,, 16:45", null).text()).isEqualTo("17 February 2022");
  }

  @Test
  void numericDatesWithTheYearLastAreReadTheOneWayTheirPartsAllow() {
    LocalDate day = LocalDate.of(2024, 1, 22);
    assertEachOnlyDatedDay(
        day,
        "Stand 22.01.2024 – 16:48",
        "Posted 22/01/2024",
        "Posted 01/22/2024",
        "Posted 22-01-2024 here",
        "Posted 01-22-2024 here",
        "(22.01.2024)");
    assertThat(only("Dated 02.11.2021", null).date()).isEqualTo(LocalDate.of(2021, 11, 2));
    assertThat(only("Dated 07/07/2021", null).date()).isEqualTo(LocalDate.of(2021, 7, 7));
    assertThat(only("Dated 2021-11-02", null).date()).isEqualTo(LocalDate.of(2021, 11, 2));
  }

  @Test
  void anAmbiguousNumericDateIsReadAsTheSpansOtherNumbersWriteDates() {
    LocalDate second = LocalDate.of(2021, 11, 2);
    LocalDate eleventh = LocalDate.of(2021, 2, 11);
    // a time of day written as day-first countries write it
    assertThat(dates("Published the 02/11/2021 at 07h42", null)).containsExactly(second);
    assertThat(dates("Published 02/11/2021 - 16:48", null)).containsExactly(second);
    assertThat(dates("Published 02-11-2021, 21:05", null)).containsExactly(second);
    // another numeric date that reads only one way
    assertThat(dates("Published 02/11/2021, updated 25/11/2021", null))
        .containsExactly(second, LocalDate.of(2021, 11, 25));
    assertThat(dates("Published 02/11/2021, updated 02/25/2021", null))
        .containsExactly(eleventh, LocalDate.of(2021, 2, 25));
    assertThat(dates("Published 02/11/2021, updated 03.11.2021", null))
        .containsExactly(second, LocalDate.of(2021, 11, 3));
    // a weekday that fits one reading only: 2 November 2021 was a Tuesday, 11 February a Thursday
    assertThat(dates("Tuesday, 02/11/2021", null)).containsExactly(second);
    assertThat(dates("Thursday 02/11/2021", null)).containsExactly(eleventh);
  }

  @Test
  void anAmbiguousNumericDateWithoutEvidenceOrWithEvidenceBothWaysIsNotRead() {
    assertThat(find("Published 02/11/2021", null)).isEmpty();
    assertThat(find("Published 02/11/2021 at 9:42 am", null)).isEmpty();
    assertThat(find("Published 02/11/2021 at 12:30", null)).isEmpty();
    assertThat(find("Monday, 02/11/2021", null)).isEmpty(); // fits neither reading
    assertThat(dates("From 02/11/2021 to 25/11/2021 or 11/25/2021", null))
        .containsExactly(LocalDate.of(2021, 11, 25), LocalDate.of(2021, 11, 25));
  }

  @Test
  void aDateLineReadsATwoDigitYearAsThisCenturysAndRunningTextDoesNot() {
    String line = "17.02.22 | updated 2/18/22";
    assertThat(DateMentions.findInDateline(line, 0, line.length(), DateOrder.UNDECIDED))
        .extracting(DateMention::date)
        .containsExactly(LocalDate.of(2022, 2, 17), LocalDate.of(2022, 2, 18));
    String undecided = "02/11/21 at 9:15 am";
    assertThat(DateMentions.findInDateline(undecided, 0, undecided.length(), DateOrder.UNDECIDED))
        .isEmpty();
    assertThat(find("The vote went 17.02.22 in the end", null)).isEmpty();
  }

  @Test
  void aDayAndAMonthsNameJoinedBySlashesOrDashesReadOneWay() {
    assertThat(dates("The deal of 09/May/2019 stands.", null))
        .containsExactly(LocalDate.of(2019, 5, 9));
    assertThat(dates("Signed on 09-May-2019 in Lisbon.", null))
        .containsExactly(LocalDate.of(2019, 5, 9));
    assertThat(find("The 09-May-19 meeting", null)).isEmpty(); // a two-digit year: a date line's
    String line = "09-May-19 | 14 Nov 11";
    assertThat(DateMentions.findInDateline(line, 0, line.length(), DateOrder.UNDECIDED))
        .extracting(DateMention::date)
        .containsExactly(LocalDate.of(2019, 5, 9), LocalDate.of(2011, 11, 14));
    String times = "14 Nov 11:30 | 14 Nov 11 am | 14 Nov 11.30";
    assertThat(DateMentions.findInDateline(times, 0, times.length(), DateOrder.UNDECIDED))
        .isEmpty();
  }

  @Test
  void aDateLineTheSpanDoesNotDecideIsReadInThePagesOrderAndOnlyThen() {
    String line = "Published 02/11/2021";
    assertThat(DateMentions.findInDateline(line, 0, line.length(), DateOrder.DAY_FIRST))
        .extracting(DateMention::date)
        .containsExactly(LocalDate.of(2021, 11, 2));
    assertThat(DateMentions.findInDateline(line, 0, line.length(), DateOrder.MONTH_FIRST))
        .extracting(DateMention::date)
        .containsExactly(LocalDate.of(2021, 2, 11));
    assertThat(DateMentions.hasUndecidedDate(line, 0, line.length())).isTrue();
    // The span's own evidence comes first.
    String decided = "Published 02/11/2021, updated 02/25/2021";
    assertThat(DateMentions.findInDateline(decided, 0, decided.length(), DateOrder.DAY_FIRST))
        .extracting(DateMention::date)
        .containsExactly(LocalDate.of(2021, 2, 11), LocalDate.of(2021, 2, 25));
    assertThat(DateMentions.hasUndecidedDate(decided, 0, decided.length())).isFalse();
  }

  @Test
  void theOrderASpanShowsComesFromItsDatesThatReadOneWay() {
    assertThat(orderShown("Updated 13/11/2021 at 9:10")).isEqualTo(DateOrder.DAY_FIRST);
    assertThat(orderShown("Updated 11/13/21")).isEqualTo(DateOrder.MONTH_FIRST);
    assertThat(orderShown("Updated 12.11.2021")).isEqualTo(DateOrder.DAY_FIRST);
    assertThat(orderShown("Updated 02/11/2021")).isEqualTo(DateOrder.UNDECIDED);
    assertThat(orderShown("13/11/2021 or 11/13/2021")).isEqualTo(DateOrder.UNDECIDED);
  }

  private static DateOrder orderShown(String text) {
    return DateMentions.orderShown(text, 0, text.length());
  }

  @Test
  void numbersThatAreNoDatesAreNotRead() {
    for (String text :
        List.of(
            "Open 24/7 all year",
            "They won 3/4 of the seats",
            "The 2021-2022 season",
            "Over 2021/2022 prices rose",
            "Call 01-02-2024-55 today",
            "Call +33 1.02.11.2021 today",
            "Call 06.12.10.2021 today",
            "Version 1.12.2024.3 ships",
            "Dated 31/02/2021",
            "Dated 13/13/2021",
            "Dated 12.10.55555",
            "Dated 2021.13.02",
            "Dated 2021.02.30",
            "Release 2024.02.15.1 ships",
            "Dated 02/11/21 at 07h42",
            "A ratio of 1.5 to 12.3")) {
      assertThat(find(text, null)).as(text).isEmpty();
    }
  }

  @Test
  void russianMonthNamesInEveryCase() {
    String[] genitive = {
      "января",
      "февраля",
      "марта",
      "апреля",
      "мая",
      "июня",
      "июля",
      "августа",
      "сентября",
      "октября",
      "ноября",
      "декабря"
    };
    String[] nominative = {
      "январь",
      "февраль",
      "март",
      "апрель",
      "май",
      "июнь",
      "июль",
      "август",
      "сентябрь",
      "октябрь",
      "ноябрь",
      "декабрь"
    };
    String[] prepositional = {
      "январе",
      "феврале",
      "марте",
      "апреле",
      "мае",
      "июне",
      "июле",
      "августе",
      "сентябре",
      "октябре",
      "ноябре",
      "декабре"
    };
    for (int m = 1; m <= 12; m++) {
      assertThat(only("Опубликовано 17 " + genitive[m - 1] + " 2021,, 16:45", null).date())
          .isEqualTo(LocalDate.of(2021, m, 17));
      assertThat(only("В " + nominative[m - 1] + " 2020", null).date())
          .isEqualTo(LocalDate.of(2020, m, 1));
      assertThat(only("в " + prepositional[m - 1] + " 2019 года", null).precision())
          .isEqualTo(DatePrecision.MONTH);
    }
    assertThat(find("мартовский маятник", null)).isEmpty();
  }

  @Test
  void monthsAndYearsAlone() {
    DateMention month = only("In December 2021, Putin made demands.", null);
    assertThat(month.date()).isEqualTo(LocalDate.of(2021, 12, 1));
    assertThat(month.precision()).isEqualTo(DatePrecision.MONTH);
    DateMention year = only("the Bucharest summit in 2008 decided", null);
    assertThat(year.date()).isEqualTo(LocalDate.of(2008, 1, 1));
    assertThat(year.precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(find("He sent 2008 troops and 30 tanks; call 555-1234.", null)).isEmpty();
    assertThat(find("The deal may fail; march on, 3.15 percent at 16:45.", ANCHOR)).isEmpty();
  }

  @Test
  void monthDayWithoutYearIsTheOneNearestTheAnchor() {
    DateMention m = only("On January 26, NATO replied.", ANCHOR);
    assertThat(m.date()).isEqualTo(LocalDate.of(2022, 1, 26));
    assertThat(m.relative()).isTrue();
    assertThat(m.text()).isEqualTo("January 26");
    assertThat(only("On December 17, drafts were published.", ANCHOR).date())
        .isEqualTo(LocalDate.of(2021, 12, 17));
    assertThat(only("It ends on February 17.", ANCHOR).date()).isEqualTo(ANCHOR);
    assertThat(find("On January 26, NATO replied.", null)).isEmpty();
    assertThat(find("On February 30, nothing.", ANCHOR)).isEmpty();
    assertThat(only("The deal expires on March 3.", ANCHOR).date())
        .isEqualTo(LocalDate.of(2022, 3, 3));
    assertThat(only("Talks resume on Jan. 10.", LocalDate.of(2021, 12, 28)).date())
        .isEqualTo(LocalDate.of(2022, 1, 10));
    assertThat(only("On August 17, they met.", ANCHOR).date()).isEqualTo(LocalDate.of(2021, 8, 17));
  }

  @Test
  void bareMonthIsTheMostRecentNotAfterTheAnchor() {
    DateMention december = only("ideas written in December are ready", ANCHOR);
    assertThat(december.date()).isEqualTo(LocalDate.of(2021, 12, 1));
    assertThat(december.precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(december.relative()).isTrue();
    assertThat(only("talks since February stalled", ANCHOR).date())
        .isEqualTo(LocalDate.of(2022, 2, 1));
    assertThat(only("last February the talks stalled", ANCHOR).date())
        .isEqualTo(LocalDate.of(2021, 2, 1));
    assertThat(find("ideas written in December", null)).isEmpty();
    assertThat(find("May is a name. March forward.", ANCHOR)).isEmpty();
  }

  @Test
  void aMonthADeadlineNamesIsTheComingOne() {
    LocalDate october = LocalDate.of(2023, 10, 17);
    assertThat(only("to define, by the end of November, a process", october).date())
        .isEqualTo(LocalDate.of(2023, 11, 1));
    assertThat(only("the freeze holds until March", october).date())
        .isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(only("talks must end before the close of October", october).date())
        .isEqualTo(LocalDate.of(2023, 10, 1));
    // However far ahead, and whichever words make it a deadline.
    assertThat(only("the union wants a deal by September", october).date())
        .isEqualTo(LocalDate.of(2024, 9, 1));
    assertThat(only("a text no later than August, the envoy said", october).date())
        .isEqualTo(LocalDate.of(2024, 8, 1));
    assertThat(only("ahead of June talks on the border", october).date())
        .isEqualTo(LocalDate.of(2024, 6, 1));
    assertThat(only("a summit at the end of November", october).date())
        .isEqualTo(LocalDate.of(2022, 11, 1));
  }

  @Test
  void aMonthOrADayOfAClauseToldInTheFutureIsTheComingOneAndOneToldInThePastTheLast() {
    LocalDate september = LocalDate.of(2023, 9, 12); // a Tuesday
    assertThat(only("The envoys will meet at the end of October.", september).date())
        .isEqualTo(LocalDate.of(2023, 10, 1));
    assertThat(only("Talks on the quotas are due to resume in January.", september).date())
        .isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(only("In March, the ministers are expected to sign.", september).date())
        .isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(only("The vote will be held on Thursday.", september).date())
        .isEqualTo(LocalDate.of(2023, 9, 14));
    assertThat(only("The board will rule on January 8.", september).date())
        .isEqualTo(LocalDate.of(2024, 1, 8));
    // Told in the past, the same words look back.
    assertThat(only("The envoys met at the end of October.", september).date())
        .isEqualTo(LocalDate.of(2022, 10, 1));
    assertThat(only("Talks on the quotas resumed in January.", september).date())
        .isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(only("The vote was held on Thursday.", september).date())
        .isEqualTo(LocalDate.of(2023, 9, 7));
    // The nearest verb decides: a past telling of a month, then a future in another clause.
    assertThat(only("The union said in January that it will strike.", september).date())
        .isEqualTo(LocalDate.of(2023, 1, 1));
    // "last" looks back whatever the tense.
    assertThat(only("They will not forget last October.", september).date())
        .isEqualTo(LocalDate.of(2022, 10, 1));
  }

  @Test
  void aDayOfAClauseToldInTheFutureOrADeadlineIsMarkedAsStillToCome() {
    LocalDate tuesday = LocalDate.of(2023, 5, 16);
    assertThat(only("The ferry crews will vote on Friday.", tuesday).ahead()).isTrue();
    assertThat(only("Talks are due to resume in June.", tuesday).ahead()).isTrue();
    assertThat(only("The board must rule by August.", tuesday).ahead()).isTrue();
    // Told in the past, or with no verb of a future, a day is one that has come.
    assertThat(only("The ferry crews voted on Friday.", tuesday).ahead()).isFalse();
    assertThat(only("The port was closed on May 3.", tuesday).ahead()).isFalse();
    assertThat(only("The strike of 2019 cost millions.", tuesday).ahead()).isFalse();
  }

  @Test
  void wouldAfterATellingLooksAheadAndWouldHaveLooksBack() {
    LocalDate tuesday = LocalDate.of(2023, 5, 16);
    DateMention sunday = only("The pilots said they would strike on Sunday.", tuesday);
    assertThat(sunday.date()).isEqualTo(LocalDate.of(2023, 5, 21));
    assertThat(sunday.ahead()).isTrue();
    DateMention past = only("The vote would have taken place on Sunday.", tuesday);
    assertThat(past.date()).isEqualTo(LocalDate.of(2023, 5, 14));
    assertThat(past.ahead()).isFalse();
  }

  @Test
  void aTimeOfDayOrAnAbbreviationEndsNoClauseBeforeItsDay() {
    LocalDate tuesday = LocalDate.of(2023, 5, 16);
    // The full stops of "a.m." and the colon of "12:01" do not hide the "will" before them.
    assertEachOnly(
        tuesday,
        LocalDate.of(2023, 5, 19),
        "The dockers will walk out at 12:01 a.m. Friday.",
        "The U.S. envoy will arrive on Friday.");
    // A sentence's own full stop still ends the look back.
    assertThat(find("The union will wait. Talks ended on Friday.", tuesday))
        .extracting(DateMention::date)
        .containsExactly(LocalDate.of(2023, 5, 12));
  }

  /** Asserts that each of {@code texts}, read on {@code anchor}, mentions only {@code day}. */
  private static void assertEachOnly(LocalDate anchor, LocalDate day, String... texts) {
    for (String text : texts) {
      assertThat(only(text, anchor).date()).as(text).isEqualTo(day);
    }
  }

  @Test
  void aPlanToldWithBeToOrBeDueToLooksAheadAndOneToldFromThePastLooksBack() {
    LocalDate monday = LocalDate.of(2024, 3, 4);
    // A present form of "be" before "to", perhaps with a negation or an adverb between.
    assertEachOnly(
        monday,
        LocalDate.of(2024, 3, 6),
        "The ferry crews are to vote on Wednesday.",
        "On Wednesday the council is to decide on the levy.",
        "The crews are not to strike before Wednesday.",
        "Mediators are scheduled to meet the crews on Wednesday.");
    assertEachOnly(monday, LocalDate.of(2024, 4, 2), "The board is now to rule on April 2.");
    assertEachOnly(monday, LocalDate.of(2025, 2, 1), "The court is set to rule in February.");
    // Told from the past, the plan looks back: a perfect infinitive, or "was", "were" or "had".
    assertEachOnly(
        monday,
        LocalDate.of(2024, 2, 28),
        "The crews were to have voted on Wednesday.",
        "The vote was due to take place on Wednesday.",
        "The envoys had been expected to sign on Wednesday.",
        "The envoys had planned to sign on Wednesday.");
  }

  @Test
  void aFarDeadlineToldInThePastPerfectIsTheLastSuchMonth() {
    LocalDate october = LocalDate.of(2023, 10, 17);
    assertThat(only("by September the talks had stalled", october).date())
        .isEqualTo(LocalDate.of(2023, 9, 1));
    assertThat(only("The two sides had agreed to finish by June.", october).date())
        .isEqualTo(LocalDate.of(2023, 6, 1));
    // A "had" in another sentence does not count.
    assertThat(dates("Talks had stalled. A deal is due by June.", october))
        .containsExactly(LocalDate.of(2024, 6, 1));
  }

  @Test
  void nextAndLastNameTheComingAndThePreviousSuchMonth() {
    LocalDate october = LocalDate.of(2023, 10, 17);
    assertThat(only("the vote is set for next September", october).date())
        .isEqualTo(LocalDate.of(2024, 9, 1));
    assertThat(only("talks resume next October", october).date())
        .isEqualTo(LocalDate.of(2024, 10, 1));
    assertThat(only("talks resume next November", october).date())
        .isEqualTo(LocalDate.of(2023, 11, 1));
    assertThat(only("the offer made last October", october).date())
        .isEqualTo(LocalDate.of(2022, 10, 1));
    assertThat(only("the offer made last November", october).date())
        .isEqualTo(LocalDate.of(2022, 11, 1));
    assertThat(only("in September the talks resumed", october).date())
        .isEqualTo(LocalDate.of(2023, 9, 1));
    DateMention explicit = only("In September 2020 the talks collapsed", october);
    assertThat(explicit.date()).isEqualTo(LocalDate.of(2020, 9, 1));
    assertThat(explicit.relative()).isFalse();
    assertThat(only("by September 2020 the talks had collapsed", october).date())
        .isEqualTo(LocalDate.of(2020, 9, 1));
  }

  @Test
  void weekdaysAreTheLatestOnOrBeforeTheAnchor() {
    assertThat(dates("The reply came on Thursday.", ANCHOR)).containsExactly(ANCHOR);
    assertThat(dates("Earlier Tuesday, Zakharova spoke.", ANCHOR))
        .containsExactly(LocalDate.of(2022, 2, 15));
    assertThat(dates("Bellingen told reporters Wednesday", ANCHOR))
        .containsExactly(LocalDate.of(2022, 2, 16));
    assertThat(dates("on Friday", ANCHOR)).containsExactly(LocalDate.of(2022, 2, 11));
    assertThat(dates("last Thursday", ANCHOR)).containsExactly(LocalDate.of(2022, 2, 10));
    assertThat(find("on Thursday", null)).isEmpty();
    assertThat(only("On Tuesday, February 15, he said", ANCHOR).text()).isEqualTo("February 15");
  }

  @Test
  void daysAndWeeksCountedFromTheAnchor() {
    assertThat(dates("Today, yesterday and tomorrow.", ANCHOR))
        .containsExactly(ANCHOR, ANCHOR.minusDays(1), ANCHOR.plusDays(1));
    DateMention week = only("between them last week we agreed", ANCHOR);
    assertThat(week.date()).isEqualTo(LocalDate.of(2022, 2, 10));
    assertThat(week.precision()).isEqualTo(DatePrecision.DAY);
    assertThat(week.text()).isEqualTo("last week");
    assertThat(only("last month", ANCHOR).date()).isEqualTo(LocalDate.of(2022, 1, 1));
    assertThat(only("last year", ANCHOR).precision()).isEqualTo(DatePrecision.YEAR);
  }

  @Test
  void sameDayRefersToThePreviousMention() {
    String text =
        "On February 14, Lavrov met Putin. On the same day, Peskov spoke. The next day, more.";
    List<DateMention> found = find(text, ANCHOR);
    assertThat(found)
        .extracting(DateMention::text)
        .containsExactly("February 14", "the same day", "The next day");
    assertThat(found)
        .extracting(DateMention::date)
        .containsExactly(
            LocalDate.of(2022, 2, 14), LocalDate.of(2022, 2, 14), LocalDate.of(2022, 2, 15));
    assertThat(find("On the same day, Peskov spoke.", ANCHOR)).isEmpty();
    String alone = "That day, Peskov spoke.";
    assertThat(DateMentions.find(alone, 0, alone.length(), null, LocalDate.of(2021, 5, 3)))
        .singleElement()
        .satisfies(m -> assertThat(m.date()).isEqualTo(LocalDate.of(2021, 5, 3)));
  }

  /** The one mention of {@code text}, with {@code told} the day told before it. */
  private static DateMention onlyAfter(String text, LocalDate told) {
    List<DateMention> found = DateMentions.find(text, 0, text.length(), ANCHOR, told);
    assertThat(found).as(text).hasSize(1);
    return found.get(0);
  }

  @Test
  void aTimeCountedLaterOrEarlierCountsFromTheDayToldBefore() {
    String text =
        "The fishers struck on 3 May 2021. Two days later the ministry made an offer, and a week"
            + " later the fishers turned it down.";
    assertThat(find(text, ANCHOR))
        .extracting(DateMention::text, DateMention::date, DateMention::precision)
        .containsExactly(
            tuple("3 May 2021", LocalDate.of(2021, 5, 3), DatePrecision.DAY),
            tuple("Two days later", LocalDate.of(2021, 5, 5), DatePrecision.DAY),
            tuple("a week later", LocalDate.of(2021, 5, 12), DatePrecision.DAY));
    LocalDate told = LocalDate.of(2021, 5, 24);
    assertThat(onlyAfter("Three weeks earlier, the ferry operator had warned.", told).date())
        .isEqualTo(LocalDate.of(2021, 5, 3));
    assertThat(onlyAfter("Two months later the pilots' union signed.", told))
        .extracting(DateMention::date, DateMention::precision)
        .containsExactly(LocalDate.of(2021, 7, 1), DatePrecision.MONTH);
    assertThat(find("Ships sailed on May 5 days later than planned.", ANCHOR))
        .extracting(DateMention::text)
        .containsExactly("May 5");
    // With no day told before, a time counted from it is not read; nor is a count with no unit.
    assertThat(find("Two days later the ministry made an offer.", ANCHOR)).isEmpty();
    assertThat(find("Later, two officials said more.", ANCHOR)).isEmpty();
  }

  @Test
  void aTimeAgoCountsFromTheAnchor() {
    assertThat(only("Two weeks ago the carriers made an offer.", ANCHOR).date())
        .isEqualTo(LocalDate.of(2022, 2, 3));
    assertThat(only("the talks broke down 10 days ago", ANCHOR).date())
        .isEqualTo(LocalDate.of(2022, 2, 7));
    assertThat(only("a month ago", ANCHOR).precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(find("Two weeks ago the carriers made an offer.", null)).isEmpty();
  }

  @Test
  void theFollowingOrPreviousWeekOrMonthCountsFromTheDayToldBefore() {
    LocalDate told = LocalDate.of(2020, 6, 10);
    String text = "The following week the growers met again; the previous month they walked out.";
    assertThat(DateMentions.find(text, 0, text.length(), ANCHOR, told))
        .extracting(DateMention::text, DateMention::date, DateMention::precision)
        .containsExactly(
            tuple("The following week", LocalDate.of(2020, 6, 17), DatePrecision.DAY),
            tuple("the previous month", LocalDate.of(2020, 5, 1), DatePrecision.MONTH));
    assertThat(onlyAfter("That month the growers signed.", told).date())
        .isEqualTo(LocalDate.of(2020, 6, 1));
  }

  @Test
  void theDayAfterAnEventCountsFromTheEventAndIsNotRead() {
    LocalDate told = LocalDate.of(2020, 6, 10);
    String event = "They signed the day after the vote.";
    assertThat(DateMentions.find(event, 0, event.length(), ANCHOR, told)).isEmpty();
    // In apposition to a day, it describes that day: only the day is read.
    assertThat(
            dates("The growers struck on June 2, the day after the harvest deal lapsed.", ANCHOR))
        .containsExactly(LocalDate.of(2021, 6, 2));
    assertThat(onlyAfter("They signed the day after.", told).date())
        .isEqualTo(LocalDate.of(2020, 6, 11));
  }

  @Test
  void thisAndNextMonthOrYearAreTheAnchorsOrTheOneAfter() {
    assertThat(only("The envoys will return later this month.", ANCHOR))
        .extracting(DateMention::text, DateMention::date, DateMention::precision)
        .containsExactly("later this month", LocalDate.of(2022, 2, 1), DatePrecision.MONTH);
    assertThat(only("talks resume next month", ANCHOR).date()).isEqualTo(LocalDate.of(2022, 3, 1));
    assertThat(only("a vote next week", ANCHOR).date()).isEqualTo(LocalDate.of(2022, 2, 24));
    assertThat(only("this year", ANCHOR).precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(find("this week", ANCHOR)).isEmpty();
  }

  @Test
  void aPartOfAMonthIsThatMonthAndTheMentionSpansThePart() {
    LocalDate october = LocalDate.of(2023, 10, 17);
    assertThat(find("At the end of August the ferry crews walked out.", october))
        .extracting(DateMention::text, DateMention::date, DateMention::precision)
        .containsExactly(tuple("the end of August", LocalDate.of(2023, 8, 1), DatePrecision.MONTH));
    assertThat(find("in early September, in mid-July and in the second half of May", october))
        .extracting(DateMention::text)
        .containsExactly("early September", "mid-July", "the second half of May");
    assertThat(find("late last month the board met", october))
        .extracting(DateMention::text, DateMention::date)
        .containsExactly(tuple("late last month", LocalDate.of(2023, 9, 1)));
    assertThat(find("during the first week of June, then the last week of May", october))
        .extracting(DateMention::text, DateMention::date)
        .containsExactly(
            tuple("the first week of June", LocalDate.of(2023, 6, 1)),
            tuple("the last week of May", LocalDate.of(2023, 5, 1)));
    // A part of a month told in the future is of the coming one, as the month alone is.
    assertThat(only("They will meet again at the end of January.", october).date())
        .isEqualTo(LocalDate.of(2024, 1, 1));
  }

  @Test
  void aMonthOrADayOfAYearJoinedByOfIsDated() {
    assertThat(only("the coalition it has led since March of 2015", null))
        .extracting(DateMention::text, DateMention::date, DateMention::precision)
        .containsExactly("March of 2015", LocalDate.of(2015, 3, 1), DatePrecision.MONTH);
    assertThat(only("signed on the 4th of May of 2021", null).date())
        .isEqualTo(LocalDate.of(2021, 5, 4));
  }

  @Test
  void offsetsIndexTheWholeTextAndOnlyTheSpanIsSearched() {
    String text = "On 1 March 2020 x. Then on 2 April 2021 y.";
    int from = text.indexOf("Then");
    List<DateMention> found = DateMentions.find(text, from, text.length(), null);
    assertThat(found)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.start()).isEqualTo(text.indexOf("2 April"));
              assertThat(m.date()).isEqualTo(LocalDate.of(2021, 4, 2));
            });
    assertThatThrownBy(() -> DateMentions.find(text, 5, 2, null))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}
