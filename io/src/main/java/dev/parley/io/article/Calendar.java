package dev.parley.io.article;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.DayOfWeek;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Month and weekday names in English and Russian, and the words that introduce a date. */
final class Calendar {
  private Calendar() {}

  private static final ImmutableMap<String, Integer> ENGLISH_MONTHS =
      ImmutableMap.<String, Integer>builder()
          .put("january", 1)
          .put("february", 2)
          .put("march", 3)
          .put("april", 4)
          .put("may", 5)
          .put("june", 6)
          .put("july", 7)
          .put("august", 8)
          .put("september", 9)
          .put("october", 10)
          .put("november", 11)
          .put("december", 12)
          .buildOrThrow();

  private static final ImmutableMap<String, Integer> ENGLISH_ABBREVIATIONS =
      ImmutableMap.<String, Integer>builder()
          .put("jan", 1)
          .put("feb", 2)
          .put("mar", 3)
          .put("apr", 4)
          .put("jun", 6)
          .put("jul", 7)
          .put("aug", 8)
          .put("sep", 9)
          .put("sept", 9)
          .put("oct", 10)
          .put("nov", 11)
          .put("dec", 12)
          .buildOrThrow();

  /** Russian month stems; the case endings that may follow them are checked separately. */
  private static final String[] RUSSIAN_STEMS = {
    "январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр",
    "декабр"
  };

  private static final ImmutableSet<String> RUSSIAN_MAY =
      ImmutableSet.of("май", "мая", "мае", "маю", "маем");

  private static final ImmutableMap<String, DayOfWeek> WEEKDAYS =
      ImmutableMap.<String, DayOfWeek>builder()
          .put("monday", DayOfWeek.MONDAY)
          .put("tuesday", DayOfWeek.TUESDAY)
          .put("wednesday", DayOfWeek.WEDNESDAY)
          .put("thursday", DayOfWeek.THURSDAY)
          .put("friday", DayOfWeek.FRIDAY)
          .put("saturday", DayOfWeek.SATURDAY)
          .put("sunday", DayOfWeek.SUNDAY)
          .buildOrThrow();

  /** Words after which a bare month name or a bare year is taken as a date. */
  static final ImmutableSet<String> DATE_PREPOSITIONS =
      ImmutableSet.of(
          "in",
          "since",
          "by",
          "until",
          "till",
          "during",
          "from",
          "of",
          "early",
          "late",
          "mid",
          "before",
          "after",
          "through",
          "throughout",
          "last",
          "this",
          "to",
          "between",
          "and");

  /** The month (1 to 12) a full English month name, written capitalised, names; else 0. */
  static int englishMonth(String word) {
    if (!startsUpper(word)) {
      return 0;
    }
    return ENGLISH_MONTHS.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
  }

  /** The month a capitalised English abbreviation ({@code Feb}, {@code Sept}) names; else 0. */
  static int englishAbbreviation(String word) {
    if (!startsUpper(word)) {
      return 0;
    }
    return ENGLISH_ABBREVIATIONS.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
  }

  /** The month a Russian month name in any grammatical case names; else 0. */
  static int russianMonth(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (RUSSIAN_MAY.contains(w)) {
      return 5;
    }
    for (int m = 0; m < RUSSIAN_STEMS.length; m++) {
      String stem = RUSSIAN_STEMS[m];
      if (m != 4 && w.startsWith(stem) && isRussianEnding(w.substring(stem.length()))) {
        return m + 1;
      }
    }
    return 0;
  }

  private static boolean isRussianEnding(String ending) {
    if (ending.length() > 2) {
      return false;
    }
    for (int i = 0; i < ending.length(); i++) {
      if ("ьяеюмёауоий".indexOf(ending.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The month any written month name (full, abbreviated, Russian) names; else 0. */
  static int month(String word) {
    int m = englishMonth(word);
    if (m == 0) {
      m = englishAbbreviation(word);
    }
    if (m == 0) {
      m = russianMonth(word);
    }
    return m;
  }

  /** Whether {@code word} is a month name in full (no abbreviation). */
  static boolean isFullMonthName(String word) {
    return englishMonth(word) != 0 || russianMonth(word) != 0;
  }

  /** The weekday a capitalised English weekday name names, or null. */
  static @Nullable DayOfWeek weekday(String word) {
    if (!startsUpper(word)) {
      return null;
    }
    return WEEKDAYS.get(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a capitalised word names a weekday, in full or abbreviated as datelines write it
   * ({@code Wed 22 Nov 2023}). Abbreviations are not read as dates in running text, where "Sun" or
   * "Sat" mean other things.
   */
  static boolean isWeekdayName(String word) {
    return weekday(word) != null
        || (startsUpper(word) && WEEKDAY_ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT)));
  }

  private static final ImmutableSet<String> WEEKDAY_ABBREVIATIONS =
      ImmutableSet.of("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");

  private static boolean startsUpper(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }
}
