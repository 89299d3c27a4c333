package dev.parley.io.article;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.MonthDay;
import org.jspecify.annotations.Nullable;

/**
 * Places the day a wire dateline names without its year ({@code GENEVA, April 16 (Reuters) -}) in a
 * year, from the page's other evidence: an update stamp's day, else the days the body mentions,
 * else the latest year it names.
 */
final class WireDays {
  /** How many words before a date a past perfect ("had missed ... of May 2024") may stand. */
  private static final int PAST_PERFECT_WORDS = 8;

  /**
   * Words between a past perfect and the date after it that make the date one still to come when it
   * was told ("had been due to expire in May", "had agreed to meet on June 2").
   */
  private static final ImmutableSet<String> LOOKS_AHEAD =
      ImmutableSet.of(
          "to",
          "until",
          "till",
          "before",
          "by",
          "due",
          "scheduled",
          "next",
          "set",
          "expected",
          "planned",
          "upcoming",
          "coming");

  private WireDays() {}

  /**
   * Whether the sentence {@code s} tells the date {@code m} as gone: a past perfect stands before
   * it in its clause ("had" and a word other than "to": "which had missed an initial deadline of
   * May 2024"), with no word between that looks ahead ("had been due to expire in May 2025").
   */
  static boolean toldAsPast(String text, Sentence s, DateMention m) {
    WordsBack back = new WordsBack(text, s.start(), m.start());
    String later = null;
    for (int words = 0; words < PAST_PERFECT_WORDS; words++) {
      String word = back.next();
      if (word == null || back.clauseCrossed() || LOOKS_AHEAD.contains(word)) {
        return false;
      }
      if (word.equals("had")) {
        return later != null && !later.equals("to");
      }
      later = word;
    }
    return false;
  }

  /**
   * The year-less day {@code day} placed in a year: the latest on or before {@code updated}, an
   * update stamp's day (the article is no younger), when there is one; else {@code nearReference},
   * the day as read near the latest mention of a month or a day with its year, moved on to the
   * first year in which it does not fall before {@code toldAsPast}, the latest day the body tells
   * as gone; else in {@code latestYear}, the latest year the body names that is no deadline; else
   * null.
   */
  static @Nullable LocalDate place(
      MonthDay day,
      @Nullable LocalDate updated,
      @Nullable LocalDate nearReference,
      @Nullable LocalDate toldAsPast,
      @Nullable Integer latestYear) {
    if (updated != null) {
      LocalDate placed = day.atYear(updated.getYear());
      return placed.isAfter(updated) ? day.atYear(updated.getYear() - 1) : placed;
    }
    if (nearReference != null) {
      if (toldAsPast == null || !nearReference.isBefore(toldAsPast)) {
        return nearReference;
      }
      LocalDate placed = day.atYear(toldAsPast.getYear());
      return placed.isBefore(toldAsPast) ? day.atYear(toldAsPast.getYear() + 1) : placed;
    }
    return latestYear == null ? null : day.atYear(latestYear);
  }
}
