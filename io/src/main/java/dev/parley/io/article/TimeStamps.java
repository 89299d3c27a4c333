package dev.parley.io.article;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;

/**
 * The line rule for a time stamp on a line of its own, as a live page heads each entry with one
 * ({@code 10:42 a.m. ET}, {@code Saturday, 10.42pm}, {@code Updated 11:15 GMT}, {@code 2 hours
 * ago}): the stamp says when the entry was posted, and is no sentence of the story. A stamp that
 * also names a date is a date line ({@link Datelines}).
 */
final class TimeStamps {
  /** The rule of a time stamp's line. */
  static final String RULE = "time-stamp";

  /** Longest line that can be a time stamp. */
  private static final int MAX_STAMP = 40;

  /** Words that may label a stamp before its time. */
  private static final ImmutableSet<String> LABELS =
      ImmutableSet.of("updated", "update", "posted", "published", "edited", "last", "at");

  /** Words that may follow a time of day. */
  private static final ImmutableSet<String> MERIDIEMS =
      ImmutableSet.of("am", "pm", "a.m.", "p.m.", "a.m", "p.m", "h", "hrs", "local", "time");

  /** Units of an age ({@code 2 hours ago}). */
  private static final ImmutableSet<String> UNITS =
      ImmutableSet.of(
          "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours",
          "hr", "hrs", "h", "m");

  /**
   * Longest zone name after a time, written in capitals ({@code ET}, {@code GMT}, {@code CEST}).
   */
  private static final int MAX_ZONE = 5;

  /** The digits of a time or an age. */
  private static final CharMatcher DIGITS = CharMatcher.inRange('0', '9');

  /** The letters of a zone's name ({@code ET}, {@code GMT}, {@code CEST}). */
  private static final CharMatcher ZONE_LETTERS = CharMatcher.inRange('A', 'Z');

  /** Splits a stamp into its words at spaces and commas. */
  private static final Splitter WORDS =
      Splitter.on(CharMatcher.whitespace().or(CharMatcher.is(','))).omitEmptyStrings();

  private TimeStamps() {}

  /**
   * Whether [s, e) is only a time stamp: perhaps a label ({@code Updated}, {@code Posted at}) and a
   * weekday, then a time of day with perhaps "a.m." or "pm" and a zone in capitals, or else an age
   * ({@code 2 hours ago}, {@code 45 min ago}). A line with any other word is body.
   */
  static boolean isTimeStamp(String text, int s, int e) {
    if (e - s > MAX_STAMP || !hasDigit(text, s, e)) {
      return false;
    }
    String[] words = WORDS.splitToList(text.substring(s, e)).toArray(new String[0]);
    int w = 0;
    while (w < words.length && isLabel(words[w])) {
      w++;
    }
    if (w < words.length && Calendar.isWeekdayName(stripStop(words[w]))) {
      w++;
    }
    if (w < words.length && isNumber(words[w]) && isAge(words, w + 1)) {
      return true;
    }
    if (w >= words.length || !startsWithTime(words[w])) {
      return false;
    }
    for (int i = w + 1; i < words.length; i++) {
      if (!isAfterTime(words[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLabel(String word) {
    String lower = stripStop(word).toLowerCase(Locale.ROOT);
    return LABELS.contains(lower.endsWith(":") ? lower.substring(0, lower.length() - 1) : lower);
  }

  /** Whether words from {@code w} are a unit and "ago", and nothing more. */
  private static boolean isAge(String[] words, int w) {
    return w + 2 == words.length
        && UNITS.contains(words[w].toLowerCase(Locale.ROOT))
        && "ago".equalsIgnoreCase(words[w + 1]);
  }

  /**
   * Whether a word is a time of day, hours and minutes between a colon or a point, perhaps with
   * "am" or "pm" written on ({@code 10:42}, {@code 10.42pm}, {@code 9:05AM}).
   */
  private static boolean startsWithTime(String word) {
    int i = 0;
    while (i < word.length() && i < 2 && Character.isDigit(word.charAt(i))) {
      i++;
    }
    if (i == 0 || i + 3 > word.length() || (word.charAt(i) != ':' && word.charAt(i) != '.')) {
      return false;
    }
    if (!Character.isDigit(word.charAt(i + 1)) || !Character.isDigit(word.charAt(i + 2))) {
      return false;
    }
    String rest = word.substring(i + 3);
    return rest.isEmpty() || isAfterTime(rest);
  }

  /** Whether a word may follow a time of day: "a.m.", "pm", a zone in capitals, a dash. */
  private static boolean isAfterTime(String word) {
    if (MERIDIEMS.contains(word.toLowerCase(Locale.ROOT)) || word.equals("-")) {
      return true;
    }
    return !word.isEmpty() && word.length() <= MAX_ZONE && ZONE_LETTERS.matchesAllOf(word);
  }

  private static boolean isNumber(String word) {
    return !word.isEmpty() && word.length() <= 3 && DIGITS.matchesAllOf(word);
  }

  private static String stripStop(String word) {
    return word.endsWith(".") || word.endsWith(":") ? word.substring(0, word.length() - 1) : word;
  }

  private static boolean hasDigit(String text, int s, int e) {
    return DIGITS.matchesAnyOf(text.subSequence(s, e));
  }
}
