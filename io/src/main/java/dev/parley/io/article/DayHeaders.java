package dev.parley.io.article;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import java.util.List;

/**
 * The line rule for a day header: a day alone on its line with no time and no year ({@code
 * Saturday, January 5}, {@code JAN. 6}, {@code 5 January}, {@code Friday}), as a live page or a
 * diary of talks heads the entries of each day. It says which day the entries under it are of, and
 * is no sentence of the story. A day with its year is a date line ({@link Datelines}).
 */
final class DayHeaders {
  /** The rule of a day header's line. */
  static final String RULE = "day-header";

  /** Longest line that can be a day header ({@code Wednesday, September 30th}). */
  private static final int MAX_HEADER = 32;

  /** Splits a header into its words at spaces and commas. */
  private static final Splitter WORDS =
      Splitter.on(CharMatcher.whitespace().or(CharMatcher.is(','))).omitEmptyStrings();

  private DayHeaders() {}

  /**
   * Whether [s, e) is only a day: perhaps a weekday, then a month's name or abbreviation and a day
   * in either order ({@code Saturday, January 5}, {@code JAN. 6}, {@code 6th March}), or a weekday
   * alone. Month and weekday names are capitalised; any other word makes the line body.
   */
  static boolean isDayHeader(String text, int s, int e) {
    char first = text.charAt(s);
    if (e - s > MAX_HEADER || !(Character.isUpperCase(first) || Character.isDigit(first))) {
      return false;
    }
    List<String> words = WORDS.splitToList(text.substring(s, e));
    int w = 0;
    boolean weekday = false;
    if (w < words.size() && Calendar.isWeekdayName(stripStop(words.get(w)))) {
      weekday = true;
      w++;
    }
    if (w == words.size()) {
      return weekday && words.size() == 1 && Calendar.weekday(stripStop(words.get(0))) != null;
    }
    if (w + 2 != words.size()) {
      return false;
    }
    String one = stripStop(words.get(w));
    String two = stripStop(words.get(w + 1));
    return (Calendar.month(one) != 0 && isDay(two)) || (isDay(one) && Calendar.month(two) != 0);
  }

  /**
   * Whether a word is a day of a month, perhaps with an ordinal's ending ({@code 5}, {@code 21st}).
   */
  private static boolean isDay(String word) {
    int digits = 0;
    while (digits < word.length() && digits < 3 && Character.isDigit(word.charAt(digits))) {
      digits++;
    }
    if (digits == 0 || digits > 2) {
      return false;
    }
    int day = Integer.parseInt(word, 0, digits, 10);
    String rest = word.substring(digits);
    return day >= 1
        && day <= 31
        && (rest.isEmpty()
            || rest.equals("st")
            || rest.equals("nd")
            || rest.equals("rd")
            || rest.equals("th"));
  }

  private static String stripStop(String word) {
    return word.endsWith(".") || word.endsWith(":") ? word.substring(0, word.length() - 1) : word;
  }
}
