package dev.parley.io.article;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
   * out deadlines and days still to come ({@link #isDeadline}) and days after {@code updated}, with
   * the sentence that mentions it as evidence. Years alone ({@code in 2008}) are history, not a
   * reference. Without a reference the date is unknown. A wire dateline [wireStart, wireEnd) (none
   * when {@code wireStart} is negative) that names a day without its year gives that day, in the
   * year the page's other evidence puts it ({@link WireDays#place}: {@code updated}, an update
   * stamp's day, or null; the reference; the days the body tells as gone; the years it names).
   */
  static PublicationDate infer(
      ArticleLines lines,
      int wireStart,
      int wireEnd,
      List<Sentence> sentences,
      @Nullable LocalDate updated) {
    String text = lines.text;
    boolean wire = wireStart >= 0;
    LocalDate reference = null;
    LocalDate best = null;
    LocalDate toldAsPast = null;
    Integer latestYear = null;
    Sentence bestSentence = null;
    for (Sentence s : sentences) {
      List<DateMention> found = DateMentions.find(text, s.start(), s.end(), null);
      for (DateMention m : found) {
        if (wire
            && (toldAsPast == null || m.date().isAfter(toldAsPast))
            && WireDays.toldAsPast(text, s, m)) {
          toldAsPast = m.date();
        }
        if (m.precision() == DatePrecision.YEAR) {
          if (wire
              && (latestYear == null || m.date().getYear() > latestYear)
              && !isDeadline(text, s, m)) {
            latestYear = m.date().getYear();
          }
          continue;
        }
        if (reference == null || m.date().isAfter(reference)) {
          reference = m.date();
        }
        if (m.precision() == DatePrecision.DAY
            && !isDeadline(text, s, m)
            && notAfter(m.date(), updated)
            && (best == null || m.date().isAfter(best))) {
          best = m.date();
          bestSentence = s;
        }
      }
    }
    if (wire) {
      PublicationDate day =
          wireDay(lines, wireStart, wireEnd, updated, reference, toldAsPast, latestYear);
      if (day != null) {
        return day;
      }
    }
    if (reference == null) {
      return PublicationDate.unknown();
    }
    LocalDate anchor = reference.plusMonths(6);
    for (Sentence s : sentences) {
      for (DateMention m : DateMentions.find(text, s.start(), s.end(), anchor)) {
        if (m.relative()
            && m.precision() == DatePrecision.DAY
            && lines.hasDigit(m.start(), m.end())
            && !isDeadline(text, s, m)
            && notAfter(m.date(), updated)
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
   * Whether {@code day} is not after {@code updated}, the day of the page's update stamp (null when
   * it has none): a page updated on a day was written by then, so a later day its body names is one
   * still to come, whatever words tell it.
   */
  private static boolean notAfter(LocalDate day, @Nullable LocalDate updated) {
    return updated == null || !day.isAfter(updated);
  }

  /**
   * The day the wire dateline [wireStart, wireEnd) names, placed in a year by {@link
   * WireDays#place}, or null when it names none or nothing places it.
   */
  private static @Nullable PublicationDate wireDay(
      ArticleLines lines,
      int wireStart,
      int wireEnd,
      @Nullable LocalDate updated,
      @Nullable LocalDate reference,
      @Nullable LocalDate toldAsPast,
      @Nullable Integer latestYear) {
    LocalDate anchor =
        reference != null
            ? reference.plusMonths(6)
            : updated != null
                ? updated
                : latestYear != null ? LocalDate.of(latestYear, 12, 31) : null;
    if (anchor == null) {
      return null;
    }
    String text = lines.text;
    for (DateMention m : DateMentions.find(text, wireStart, wireEnd, anchor)) {
      if (m.precision() == DatePrecision.DAY
          && (!m.relative() || lines.hasDigit(m.start(), m.end()))) {
        LocalDate placed =
            WireDays.place(
                MonthDay.from(m.date()),
                updated,
                reference != null ? m.date() : null,
                toldAsPast,
                latestYear);
        return placed == null
            ? null
            : PublicationDate.inferred(placed, text.substring(wireStart, wireEnd).trim());
      }
    }
    return null;
  }

  /**
   * Whether a date mention is a day still to come rather than one the article reports: one of the
   * three words before it, or of the five before it within its clause, sets a deadline or looks
   * ahead ("expires on June 30", "talks resume next on March 3", "by June 1", "is due on Friday",
   * "faces a general election on November 1", "is to meet again on May 2"). Such a day says nothing
   * of when the article was written.
   */
  static boolean isDeadline(String text, Sentence s, DateMention m) {
    WordsBack back = new WordsBack(text, s.start(), m.start());
    String later = null;
    for (int words = 0; words < AHEAD_WORDS; words++) {
      String word = back.next();
      if ((words >= 3 && back.clauseCrossed()) || word == null) {
        return false;
      }
      // "by" sets a deadline only right before the date ("by June 1"), not as an agent ("signed
      // by Obama on April 8").
      if (AHEAD.contains(word) && (words == 0 || !word.equals("by"))) {
        return true;
      }
      if ("to".equals(later) && AHEAD_BEFORE_TO.contains(word)) {
        return true;
      }
      later = word;
    }
    return false;
  }
}
