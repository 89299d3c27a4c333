package dev.parley.io.article;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;

/**
 * The line rules for bylines: {@code By} and a few names, perhaps with a role, and such a byline
 * between separators with stamps and dates ({@code By Jane Roe | Published October 7, 2022}).
 * {@link Credits} reads the other lines that say who wrote a story.
 */
final class Bylines {
  private static final int MAX_BYLINE = 80;

  /** Most words of a role after a byline's names ({@code , Staff reporter}). */
  private static final int MAX_ROLE_WORDS = 4;

  /**
   * Small words that may stand lower-case among a byline's names: joining words, and the particles
   * of surnames ({@code Pieter van den Berg}, {@code Ana da Silva}).
   */
  private static final ImmutableSet<String> JOINING_WORDS =
      ImmutableSet.of(
          "and", "in", "for", "with", "the", "of", "from", "van", "von", "den", "der", "de", "da",
          "das", "do", "dos", "del", "della", "di", "du", "la", "le", "bin", "ibn", "al", "el",
          "ter");

  /** Lower-case nouns that stand for a newsroom or an agency among a byline's names. */
  private static final ImmutableSet<String> NEWSROOM_NOUNS =
      ImmutableSet.of("bureau", "bureaus", "desk", "staff", "agencies", "wires");

  private final ArticleLines lines;
  private final String text;
  private final Datelines datelines;
  private final LineCues cues;
  private final DateClues clues;

  /**
   * Where the bare date of the byline with stamps last read stands ({@link #dateFrom} -1 when it
   * had none, or was no such byline).
   */
  private int dateFrom = -1;

  private int dateTo = -1;

  Bylines(ArticleLines lines, Datelines datelines, LineCues cues, DateClues clues) {
    this.lines = lines;
    this.text = lines.text;
    this.datelines = datelines;
    this.cues = cues;
    this.clues = clues;
  }

  /** Whether the byline with stamps last read had a bare date among its parts. */
  boolean hasDate() {
    return dateFrom >= 0;
  }

  /** Where the bare date of the byline with stamps last read starts. */
  int dateFrom() {
    return dateFrom;
  }

  /** Where the bare date of the byline with stamps last read ends. */
  int dateTo() {
    return dateTo;
  }

  /**
   * Whether [s, e) is {@code By} (or {@code Written by}, perhaps with a colon) and a few
   * capitalised names, perhaps with a role after a comma ({@code By Jane Roe, Staff reporter},
   * {@code By John Doe, special correspondent}, {@code By Jane Doe with AFP}, {@code By the
   * Associated Press}, {@code Written by: Jane Roe}).
   */
  boolean isByline(int s, int e) {
    for (String by : BYLINE_OPENINGS) {
      if (isBylineOpeningWith(by, s, e)) {
        return true;
      }
    }
    return false;
  }

  /** How a byline opens: "By Jane Roe", "By: Jane Roe", "Written by: Jane Roe". */
  private static final ImmutableList<String> BYLINE_OPENINGS =
      ImmutableList.of("By ", "By: ", "Written by ", "Written by: ");

  /**
   * Whether [s, e) is a byline with a lower-case {@code by} ({@code by Jane Roe and John Doe}),
   * which a page sets on a line of its own; the caller tells such a line from the end of a
   * paragraph wrapped onto it.
   */
  boolean isLowerCaseByline(int s, int e) {
    return isBylineOpeningWith("by ", s, e);
  }

  private boolean isBylineOpeningWith(String by, int s, int e) {
    return e - s <= MAX_BYLINE && text.startsWith(by, s) && isNames(s + by.length(), e);
  }

  /**
   * Whether [from, to) is a few names, perhaps with a role after a comma: capitalised words, small
   * joining words ({@code and}, {@code in}, {@code with}, {@code the}) and the nouns that stand for
   * a newsroom or an agency ({@code bureau}, {@code desk}, {@code agencies}). A day's or a month's
   * name first is a time ({@code Friday, the union said}), not a name.
   */
  boolean isNames(int from, int to) {
    int names = 0;
    int roleWords = -1; // counted from the first comma after a name on
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int j = i;
        while (j < to
            && (Character.isLetter(text.charAt(j)) || "'’.-".indexOf(text.charAt(j)) >= 0)) {
          j++;
        }
        String w = text.substring(i, j);
        if (roleWords >= 0) {
          if (++roleWords > MAX_ROLE_WORDS) {
            return false;
          }
        } else if (Character.isUpperCase(c)) {
          if (names++ == 0 && isCalendarWord(w)) {
            return false;
          }
        } else if (NEWSROOM_NOUNS.contains(w)) {
          names++;
        } else if (!JOINING_WORDS.contains(w)) {
          return false;
        }
        i = j;
      } else if (c == ',' && names > 0 && roleWords < 0) {
        roleWords = 0;
        i++;
      } else if (Text.isSpace(c) || ",|&/".indexOf(c) >= 0) {
        i++;
      } else {
        return false;
      }
    }
    return names >= 1;
  }

  private static boolean isCalendarWord(String w) {
    String word = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    return Calendar.isWeekdayName(word) || Calendar.isFullMonthName(word);
  }

  /**
   * Whether [s, e) is a byline with stamps: parts between separators ({@code |}, {@code ·}, {@code
   * •}), one a {@code By} byline and each of the others a stamp ({@code Published October 7, 2022,
   * 11:20 AM}, {@code Updated 2 hours ago}), a time of day or a bare date line, whose place {@link
   * #dateFrom} and {@link #dateTo} then tell. A {@code published} stamp among them states the
   * publication date.
   */
  boolean isStampedByline(int s, int e) {
    if (e - s > Headlines.MAX_HEADLINE_LINE) {
      return false;
    }
    PublicationDate before = clues.publishedByStamp();
    dateFrom = -1;
    if (!isBylineAndStamps(s, e)) {
      dateFrom = -1;
      clues.resetPublishedByStamp(before);
      return false;
    }
    return true;
  }

  private boolean isBylineAndStamps(int s, int e) {
    boolean byline = false;
    int parts = 0;
    int p = s;
    while (p <= e) {
      int q = lines.partEnd(p, e, Navigation.PART_SEPARATORS);
      int from = Text.skipSpace(text, p, q);
      int to = Text.trimEnd(text, from, q);
      if (from == to) {
        return false;
      }
      parts++;
      if (!byline && isByline(from, to)) {
        byline = true;
      } else if (datelines.isDateline(from, to)) {
        if (dateFrom < 0) {
          dateFrom = from;
          dateTo = to;
        }
      } else if (!cues.isStamp(from, to) && !datelines.isTimeOfDay(from, to)) {
        return false;
      }
      p = q + 1;
    }
    return byline && parts > 1;
  }
}
