package dev.parley.io.article;

/**
 * The line rules for bylines: {@code By} and a few names, perhaps with a role, and such a byline
 * between separators with stamps and dates ({@code By Jane Roe | Published October 7, 2022}).
 */
final class Bylines {
  private static final int MAX_BYLINE = 80;

  /** Most words of a role after a byline's names ({@code , Staff reporter}). */
  private static final int MAX_ROLE_WORDS = 4;

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
   * Whether [s, e) is {@code By} and a few capitalised names, perhaps with a role after a comma
   * ({@code By Jane Roe, Staff reporter}, {@code By John Doe, special correspondent}).
   */
  boolean isByline(int s, int e) {
    if (e - s > MAX_BYLINE || !text.startsWith("By ", s)) {
      return false;
    }
    int names = 0;
    int roleWords = -1; // counted from the first comma after a name on
    int i = s + 3;
    while (i < e) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int j = i;
        while (j < e
            && (Character.isLetter(text.charAt(j)) || "'’.-".indexOf(text.charAt(j)) >= 0)) {
          j++;
        }
        String w = text.substring(i, j);
        if (roleWords >= 0) {
          if (++roleWords > MAX_ROLE_WORDS) {
            return false;
          }
        } else if (Character.isUpperCase(c)) {
          names++;
        } else if (!w.equals("and") && !w.equals("in") && !w.equals("for")) {
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
