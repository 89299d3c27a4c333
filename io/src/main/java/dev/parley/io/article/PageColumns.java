package dev.parley.io.article;

import org.jspecify.annotations.Nullable;

/**
 * A running head of a page whose text was extracted from a PDF: its columns, set apart by wide gaps
 * of blanks, stand on one line ({@code Harbour Pilots' Union Vol. 3, No. 8 | May 2, 2022}). When
 * the last column is a date line or a dated masthead and the columns before it are short titles,
 * the line is the page's date line.
 */
final class PageColumns {
  /** The fewest blanks in a row that set two columns apart. */
  private static final int MIN_GAP = 3;

  /** The longest line read as a running head. */
  private static final int MAX_LINE = 200;

  /** The most words of the columns before the last. */
  private static final int MAX_LEAD_WORDS = 12;

  private PageColumns() {}

  /**
   * The date line part of the running head [s, e), as {@code {start, end}}, or null when [s, e) is
   * no running head with a date in its last column.
   */
  static int @Nullable [] date(ArticleLines lines, Datelines datelines, int s, int e) {
    if (e - s > MAX_LINE || !lines.hasDigit(s, e)) {
      return null;
    }
    String text = lines.text;
    int column = lastColumn(text, s, e);
    if (column < 0) {
      return null;
    }
    int lead = Text.trimEnd(text, s, column);
    if (".!?".indexOf(text.charAt(lead - 1)) >= 0 || lines.countWords(s, lead) > MAX_LEAD_WORDS) {
      return null; // a sentence, not a title
    }
    if (datelines.isDateline(column, e)) {
      return new int[] {column, e};
    }
    return datelines.mastheadDate(column, e);
  }

  /** The start of the column after the last gap of {@value #MIN_GAP} blanks in [s, e), or -1. */
  private static int lastColumn(String text, int s, int e) {
    int blanks = 0;
    for (int p = e - 1; p > s; p--) {
      char c = text.charAt(p);
      if (Text.isInlineSpace(c)) {
        blanks += c == '\t' ? MIN_GAP : 1;
      } else if (blanks >= MIN_GAP) {
        return Text.skipSpace(text, p + 1, e);
      } else {
        blanks = 0;
      }
    }
    return -1;
  }
}
