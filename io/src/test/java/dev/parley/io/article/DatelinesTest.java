package dev.parley.io.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which lines are a date header, a date line or a page's meta line. */
class DatelinesTest {
  private static Datelines datelines(String line) {
    return new OneLineRules(line).datelines;
  }

  private static boolean isDateline(String line) {
    return datelines(line).isDateline(0, line.length());
  }

  private static boolean isPageMeta(String line) {
    return datelines(line).isPageMeta(0, line.length());
  }

  @Test
  void aDatedDayWithPerhapsAWeekdayATimeAndAnUpdateStampIsADateline() {
    assertThat(isDateline("22 November 2023")).isTrue();
    assertThat(isDateline("Wed 22 Nov 2023")).isTrue();
    assertThat(isDateline("November 22, 2023 at 4 pm GMT")).isTrue();
    assertThat(isDateline("22 Nov 2023 / 6:14 PM / Updated 2 hours ago")).isTrue();
    assertThat(isDateline("22 Nov 2023 | 4 min read")).isTrue();
    assertThat(isDateline("22.01.2024 – 16:48")).isTrue();
    assertThat(isDateline("22.01.2024 – 16:48 | updated 22.01.2024 – 19:05")).isTrue();
    assertThat(isDateline("02/11/2021 07h42")).isTrue();
    assertThat(isDateline("4 May 2019 (updated 5 May 2019, 10:12)")).isTrue();
    assertThat(isDateline("4 May 2019, 9:30 (4 min read)")).isTrue();
  }

  @Test
  void aDateLineMayWriteItsYearWithTwoDigitsWhenItsOrderIsDecided() {
    assertThat(isDateline("17.02.22")).isTrue();
    assertThat(isDateline("2/17/22 4:45 PM")).isTrue();
    assertThat(isDateline("02/11/21 07h42")).isTrue();
    assertThat(isDateline("Tuesday 02/11/21")).isTrue();
    assertThat(isDateline("02/11/21")).isFalse(); // 2 November or 11 February
    assertThat(isDateline("02/11/21 9:15 am")).isFalse();
    assertThat(isDateline("17.02.222")).isFalse();
  }

  @Test
  void aDayJoinedToItsMonthsNameBySlashesOrDashesIsADateline() {
    assertThat(isDateline("Saturday 14/March/2020 - 06:12 PM")).isTrue();
    assertThat(isDateline("14-Mar-2020")).isTrue();
    assertThat(isDateline("14-Mar-20 18:12")).isTrue();
    assertThat(isDateline("2020/03/14")).isTrue();
    assertThat(isDateline("14.03.2020 18:12")).isTrue();
    assertThat(isDateline("14/March-2020")).isFalse();
    assertThat(isDateline("31/June/2020")).isFalse();
  }

  @Test
  void aPostsStampWithItsTimeBeforeItsDateIsADateline() {
    assertThat(isDateline("6:12 PM - 14 Mar 20")).isTrue();
    assertThat(isDateline("18:12 | Saturday, 14 March 2020")).isTrue();
    assertThat(isDateline("6:12 PM - 14 Mar 2020")).isTrue();
    assertThat(isDateline("14 Mar 20")).isTrue();
    assertThat(isDateline("14 Mar 20:15")).isFalse();
    assertThat(isDateline("12 talks - 14 Mar 2020")).isFalse();
    assertThat(isDateline("6:12 PM - the talks of 14 Mar 2020")).isFalse();
  }

  private static boolean isDatelessMasthead(String line) {
    return datelines(line).isDatelessMasthead(0, line.length());
  }

  @Test
  void namesBetweenSeparatorsWithoutADateAreADatelessMasthead() {
    assertThat(isDatelessMasthead("Harbour Herald | Politics")).isTrue();
    assertThat(isDatelessMasthead("Revue de la Mer | English edition (automatic translation)"))
        .isTrue();
    assertThat(isDatelessMasthead("The Valley Ledger · Business & Economy")).isTrue();
  }

  @Test
  void aHeadlineOrADatedMastheadIsNoDatelessMasthead() {
    assertThat(isDatelessMasthead("Talks collapse | Union vows more strikes")).isFalse();
    assertThat(isDatelessMasthead("Send us a tip | Contact")).isFalse();
    assertThat(isDatelessMasthead("Harbour Herald | Politics | 09/06/2023 14:35")).isFalse();
    assertThat(isDatelessMasthead("Harbour Herald")).isFalse();
    assertThat(isDatelessMasthead("Harbour Herald | 3 dead in port fire")).isFalse();
    assertThat(mastheadDate("Harbour Herald | 09/06/2023 | Union talks resume on 10/06/2023"))
        .isNull();
    assertThat(mastheadDate("Updated 10/06/2023 08:10 | Harbour Herald")).isNull();
  }

  @Test
  void aDateInASentenceOrWithoutItsDayIsNoDateline() {
    assertThat(isDateline("22 November 2023 the talks resumed")).isFalse();
    assertThat(isDateline("The talks resumed on 22 November 2023")).isFalse();
    assertThat(isDateline("November 2023")).isFalse();
    assertThat(isDateline("22 Nov 2023 | Talks resume")).isFalse();
    assertThat(isDateline("4 May 2019 (talks resume)")).isFalse();
    assertThat(isDateline("4 May 2019 (updated")).isFalse();
  }

  @Test
  void aTimeOfDayWrittenWithDotsBelongsToTheDateline() {
    assertThat(isDateline("Sept. 5, 2023 at 6:42 p.m. ET")).isTrue();
    assertThat(isDateline("5 September 2023, 9.05 a.m.")).isTrue();
  }

  private static String mastheadDate(String line) {
    int[] part = datelines(line).mastheadDate(0, line.length());
    return part == null ? null : line.substring(part[0], part[1]);
  }

  @Test
  void aSiteSectionAndDateBetweenSeparatorsIsAMastheadWhoseDateIsThePublicationDay() {
    assertThat(mastheadDate("Harbour Herald Online | Politics | 09/06/2023 14:35"))
        .isEqualTo("09/06/2023 14:35");
    assertThat(mastheadDate("The Valley Ledger — Economy — Friday 30th June 2023"))
        .isEqualTo("Friday 30th June 2023");
    assertThat(mastheadDate("2023-10-17 21:10 UTC | Island Wire Service"))
        .isEqualTo("2023-10-17 21:10 UTC");
    assertThat(mastheadDate("Revue de la Mer · 3 March 2019")).isEqualTo("3 March 2019");
    assertThat(mastheadDate("Seaview Daily | Society | 2023.11.02 09:15"))
        .isEqualTo("2023.11.02 09:15");
    assertThat(mastheadDate("Seaview Daily | 2023.11.02 09:15 | Last edit: 2023.11.03 10:01"))
        .isEqualTo("2023.11.02 09:15");
    assertThat(mastheadDate("Harbour Herald | 19/06/2023 14:35 | Updated 20/06/2023 08:10"))
        .isEqualTo("19/06/2023 14:35");
  }

  @Test
  void aPlaceBeforeTheDateOrAfterItsTimeBelongsToTheDateLine() {
    assertThat(mastheadDate("Lisbon, Portugal | 14 Mar. 2021 | Last updated: 15 Mar. 2021"))
        .isEqualTo("14 Mar. 2021");
    assertThat(mastheadDate("Washington, D.C. · 3 May 2019")).isEqualTo("3 May 2019");
    assertThat(isDateline("9 October 2020 - 07:15 (Lima)")).isTrue();
    assertThat(isDateline("OSLO, 9 October 2020 - 07:15")).isTrue();
    assertThat(isDateline("Oslo - 9 October 2020")).isTrue();
    assertThat(isDateline("Talks went on, 9 October 2020")).isFalse();
    assertThat(isDateline("9 October 2020 - 07:15 (talks resume)")).isFalse();
  }

  @Test
  void aMastheadsLaterUpdateStampIsKeptAsTheDayTheArticleIsNoYoungerThan() {
    String page =
        "Lisbon, Portugal | 14 Mar. 2021 | Last updated: 15 Mar. 2021\n"
            + "Fishing quotas agreed after long night\n\nThe ministers agreed on quotas.\n";
    Article a = ArticleReader.defaults().read("t.txt", page.getBytes(UTF_8));
    assertThat(a.published().date()).contains(LocalDate.of(2021, 3, 14));
    // With no date of its own, the page is no younger than its update stamp.
    OneLineRules rules = new OneLineRules("Lisbon | 14 Mar. 2021 | Last updated: 15 Mar. 2021");
    rules.datelines.mastheadDate(0, rules.lines.text.length());
    assertThat(rules.clues.publicationDate(List.of(), rules.navigation).date())
        .contains(LocalDate.of(2021, 3, 15));
  }

  @Test
  void aHeadlineOrASecondDateBesideADateIsNoMasthead() {
    assertThat(mastheadDate("22 Nov 2023 | Talks resume")).isNull();
    assertThat(mastheadDate("Harbour Herald | 22 Nov 2023 | 23 Nov 2023")).isNull();
    assertThat(mastheadDate("Home | World | Europe")).isNull();
    assertThat(mastheadDate("22 Nov 2023")).isNull();
    assertThat(mastheadDate("Unions say 22 Nov 2023 | Harbour Herald")).isNull();
    assertThat(mastheadDate("Harbour Herald - 22 Nov 2023 - 10 killed")).isNull();
  }

  @Test
  void timesReadingTimesAndCountersBetweenSeparatorsArePageMeta() {
    assertThat(isPageMeta("3 min read")).isTrue();
    assertThat(isPageMeta("Views: 2314 | Comments (12)")).isTrue();
    assertThat(isPageMeta("10:45 am · 12 comments")).isTrue();
  }

  @Test
  void countersOfOtherThingsAreNoPageMeta() {
    assertThat(isPageMeta("3 ministers read")).isFalse();
    assertThat(isPageMeta("Views: 2314 | Talks resume")).isFalse();
  }

  @Test
  void aDateHeaderEndsAfterItsDatedDay() {
    String line = "date: 2022-02-15 Talks resume";
    assertThat(datelines(line).dateHeaderEnd(0, line.length()))
        .isEqualTo("date: 2022-02-15".length());
    String month = "date: February 2022 Talks resume";
    assertThat(datelines(month).dateHeaderEnd(0, month.length())).isEqualTo(-1);
    String word = "dates of the talks: 2022-02-15";
    assertThat(datelines(word).dateHeaderEnd(0, word.length())).isEqualTo(-1);
  }
}
