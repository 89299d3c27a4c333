package dev.parley.io.article;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;

/**
 * Infers an article's publication date from the dates its body mentions, leaving out deadlines and
 * days still to come.
 */
final class InferredDates {
  /** Words that make the date after them a deadline or a day still to come. */
  private static final ImmutableSet<String> AHEAD =
      ImmutableSet.of(
          "until",
          "till",
          "before",
          "by",
          "deadline",
          "expire",
          "expires",
          "expiring",
          "due",
          "scheduled",
          "next",
          "will",
          "upcoming",
          "coming",
          "face",
          "faces",
          "facing");

  /** Words before {@code to} that make it look ahead ("is to meet on", "set to vote on"). */
  private static final ImmutableSet<String> AHEAD_BEFORE_TO = ImmutableSet.of("is", "are", "set");

  /** How many words before a date may make it a day still to come; see {@link #isDeadline}. */
  private static final int AHEAD_WORDS = 5;

  private InferredDates() {}

  /**
   * Infers a publication date from the body's sentences: the reference is the latest mention that
   * carries a year and names a month or a day ({@code December 2021}); a month-day without year
   * ({@code February 15}) takes the year that puts it nearest the reference (within six months of
   * it); the inferred date is the latest day-precise date among those and the dated days, leaving
   * out deadlines and days still to come ({@link #isDeadline}), with the sentence that mentions it
   * as evidence. Years alone ({@code in 2008}) are history, not a reference. Without a reference
   * the date is unknown. A wire dateline [wireStart, wireEnd) (none when {@code wireStart} is
   * negative) that names a day gives that day, in the reference's year.
   */
  static PublicationDate infer(
      ArticleLines lines, int wireStart, int wireEnd, List<Sentence> sentences) {
    String text = lines.text;
    LocalDate reference = null;
    LocalDate best = null;
    Sentence bestSentence = null;
    for (Sentence s : sentences) {
      List<DateMention> found = DateMentions.find(text, s.start(), s.end(), null);
      for (DateMention m : found) {
        if (m.precision() == DatePrecision.YEAR) {
          continue;
        }
        if (reference == null || m.date().isAfter(reference)) {
          reference = m.date();
        }
        if (m.precision() == DatePrecision.DAY
            && !isDeadline(text, s, m)
            && (best == null || m.date().isAfter(best))) {
          best = m.date();
          bestSentence = s;
        }
      }
    }
    if (reference == null) {
      return PublicationDate.unknown();
    }
    LocalDate anchor = reference.plusMonths(6);
    if (wireStart >= 0) {
      // "GENEVA, Jan 10 (Reuters) -": the day the wire dateline states, in the reference's year.
      for (DateMention m : DateMentions.find(text, wireStart, wireEnd, anchor)) {
        if (m.precision() == DatePrecision.DAY
            && (!m.relative() || lines.hasDigit(m.start(), m.end()))) {
          return PublicationDate.inferred(m.date(), text.substring(wireStart, wireEnd).trim());
        }
      }
    }
    for (Sentence s : sentences) {
      for (DateMention m : DateMentions.find(text, s.start(), s.end(), anchor)) {
        if (m.relative()
            && m.precision() == DatePrecision.DAY
            && lines.hasDigit(m.start(), m.end())
            && !isDeadline(text, s, m)
            && (best == null || m.date().isAfter(best))) {
          best = m.date();
          bestSentence = s;
        }
      }
    }
    if (best == null) {
      return PublicationDate.unknown();
    }
    return PublicationDate.inferred(best, bestSentence.text());
  }

  /**
   * Whether a date mention is a day still to come rather than one the article reports: one of the
   * three words before it, or of the five before it within its clause, sets a deadline or looks
   * ahead ("expires on June 30", "talks resume next on March 3", "by June 1", "is due on Friday",
   * "faces a general election on November 1", "is to meet again on May 2"). Such a day says nothing
   * of when the article was written.
   */
  static boolean isDeadline(String text, Sentence s, DateMention m) {
    int p = m.start();
    boolean clauseCrossed = false;
    String later = null;
    for (int words = 0; words < AHEAD_WORDS && p > s.start(); words++) {
      int end = p;
      while (end > s.start() && !Character.isLetter(text.charAt(end - 1))) {
        if (",;:()\"“”—".indexOf(text.charAt(end - 1)) >= 0) {
          clauseCrossed = true;
        }
        end--;
      }
      if (words >= 3 && clauseCrossed) {
        return false;
      }
      int start = end;
      while (start > s.start() && Character.isLetter(text.charAt(start - 1))) {
        start--;
      }
      if (start == end) {
        return false;
      }
      String word = Ascii.toLowerCase(text.substring(start, end));
      // "by" sets a deadline only right before the date ("by June 1"), not as an agent ("signed
      // by Obama on April 8").
      if (AHEAD.contains(word) && (words == 0 || !word.equals("by"))) {
        return true;
      }
      if ("to".equals(later) && AHEAD_BEFORE_TO.contains(word)) {
        return true;
      }
      later = word;
      p = start;
    }
    return false;
  }
}
