package dev.parley.benchmarks;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Random;

/**
 * Publication dates and relative date phrases in the shapes scraped news pages use: ISO dates,
 * English and Russian month names, numeric dates, "Posted"/"Updated" lines and agency datelines.
 */
final class Datelines {
  private static final LocalDate FIRST = LocalDate.of(2021, 11, 1);
  private static final int SPAN_DAYS = 151;
  private static final String[] RUSSIAN_MONTHS = {
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
  private static final String[] AGENCIES = {"Parley Wire", "Nordpress", "EastNews", "Agency Ost"};
  private static final String[] RELATIVE = {
    "on Monday",
    "on Tuesday",
    "on Wednesday",
    "on Thursday",
    "on Friday",
    "on Saturday",
    "on Sunday",
    "yesterday",
    "today",
    "earlier in the day",
    "last week",
    "last month",
    "two days ago",
    "this week",
    "late on Thursday",
    "on Friday evening",
    "next week",
    "at the end of the month",
    "in the coming days",
    "in December",
    "in January",
    "in 1997"
  };

  private Datelines() {}

  static LocalDate date(Random random) {
    return FIRST.plusDays(random.nextInt(SPAN_DAYS));
  }

  static String time(Random random) {
    return String.format(Locale.ROOT, "%02d:%02d", random.nextInt(24), random.nextInt(60));
  }

  static String englishMonth(LocalDate date) {
    return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  static String russian(LocalDate date) {
    return date.getDayOfMonth()
        + " "
        + RUSSIAN_MONTHS[date.getMonthValue() - 1]
        + " "
        + date.getYear();
  }

  /** A relative date phrase ("on Tuesday", "last week") or an absolute one ("on 15 February"). */
  static String relative(Random random, LocalDate published) {
    if (random.nextInt(4) == 0) {
      LocalDate earlier = published.minusDays(random.nextInt(30));
      return random.nextBoolean()
          ? "on " + englishMonth(earlier) + " " + earlier.getDayOfMonth()
          : "on " + earlier.getDayOfMonth() + " " + englishMonth(earlier);
    }
    return Vocabulary.pick(random, RELATIVE);
  }

  /**
   * The lines that open an article and carry its date, or "" when this article puts the date
   * nowhere (some scraped pages do not).
   */
  static String header(Random random, LocalDate date) {
    String time = time(random);
    String month = englishMonth(date);
    switch (random.nextInt(9)) {
      case 0:
        return "Posted "
            + russian(date)
            + ",, "
            + time
            + "\n\nPublished "
            + russian(date)
            + ",, "
            + time
            + "\n\n";
      case 1:
        return date.getDayOfMonth() + " " + month + " " + date.getYear() + " " + time + " GMT\n\n";
      case 2:
        return month + " " + date.getDayOfMonth() + ", " + date.getYear() + " | " + time + "\n\n";
      case 3:
        return String.format(
                Locale.ROOT,
                "%02d.%02d.%d %s",
                date.getDayOfMonth(),
                date.getMonthValue(),
                date.getYear(),
                time)
            + "\n\n";
      case 4:
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
            + ", "
            + date.getDayOfMonth()
            + " "
            + month
            + " "
            + date.getYear()
            + "\n\n";
      case 5:
        return "Updated: " + date + "T" + time + ":00Z\n\n";
      case 6:
        return russian(date) + " года, " + time + "\n\n";
      default:
        return "";
    }
  }

  /** A prefix for the first paragraph: " date 2022-02-15 ", an agency dateline, or "". */
  static String lead(Random random, LocalDate date, String capital) {
    switch (random.nextInt(5)) {
      case 0:
        return " date " + date + " ";
      case 1:
        return capital.toUpperCase(Locale.ROOT)
            + ", "
            + englishMonth(date).substring(0, 3)
            + " "
            + date.getDayOfMonth()
            + " ("
            + Vocabulary.pick(random, AGENCIES)
            + ") – ";
      default:
        return "";
    }
  }
}
