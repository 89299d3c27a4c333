package dev.parley.io.article;

/**
 * The marks of notes and citations that a page writes right after a sentence's full stop: a
 * footnote's number in superscript figures ({@code table.³ She}, {@code ¹²}), as text extracted
 * from a PDF keeps it, and an encyclopedia's citation marks in square brackets ({@code [11]},
 * {@code [a]}, {@code [note 3]}, {@code [citation needed]}), one or several together. Such a mark
 * belongs to the sentence before it, which it does not stop from ending.
 */
final class NoteMarks {
  /** The longest text between a citation mark's brackets ({@code [better source needed]}). */
  private static final int MAX_CITATION = 30;

  private NoteMarks() {}

  /**
   * The end of the run of note marks that starts at {@code from}, with nothing between them, before
   * {@code to}; {@code from} itself when no mark starts there.
   */
  static int end(String text, int from, int to) {
    int p = from;
    while (p < to) {
      char c = text.charAt(p);
      if (isSuperscriptDigit(c)) {
        p++;
      } else if (c == '[') {
        int close = citationEnd(text, p, to);
        if (close < 0) {
          break;
        }
        p = close;
      } else {
        break;
      }
    }
    return p;
  }

  /** Whether {@code c} is a digit written in superscript, as a footnote's number is. */
  static boolean isSuperscriptDigit(char c) {
    return c == '\u00b9'
        || c == '\u00b2'
        || c == '\u00b3'
        || c == '\u2070'
        || (c >= '\u2074' && c <= '\u2079');
  }

  /**
   * The end of the citation mark whose bracket opens at {@code open}, past its closing bracket, or
   * -1: letters, digits, blanks inside a line and a few marks of a note's number ({@code [2]},
   * {@code [n 4]}, {@code [2, 5]}), at most {@value #MAX_CITATION} of them, at least one letter or
   * digit.
   */
  private static int citationEnd(String text, int open, int to) {
    int limit = Math.min(to, open + MAX_CITATION + 2);
    boolean letterOrDigit = false;
    for (int q = open + 1; q < limit; q++) {
      char c = text.charAt(q);
      if (c == ']') {
        return letterOrDigit ? q + 1 : -1;
      }
      if (Character.isLetterOrDigit(c)) {
        letterOrDigit = true;
      } else if (c != ' ' && c != '-' && c != ',' && c != '\u2013') {
        return -1;
      }
    }
    return -1;
  }
}
