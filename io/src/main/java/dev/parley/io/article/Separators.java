package dev.parley.io.article;

/**
 * The line rule for a separator: a line drawn of dashes, stars, rules or other marks alone ({@code
 * * * *}, {@code ———}, {@code ------}, {@code ~~~}), as newsletters and long pages put between
 * their sections. It marks a break and tells nothing.
 */
final class Separators {
  /** The rule of a separator's line. */
  static final String RULE = "separator";

  /** The marks a separator may be drawn with. */
  private static final String MARKS = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2500\u2501_*=~+•·";

  /** Fewest marks of a separator: a lone dash or two stars may be a list's bullet. */
  private static final int MIN_MARKS = 3;

  private Separators() {}

  /** Whether [s, e) is only separator marks, at least three, perhaps with spaces between. */
  static boolean isSeparator(String text, int s, int e) {
    int marks = 0;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (MARKS.indexOf(c) >= 0) {
        marks++;
      } else if (!Text.isInlineSpace(c)) {
        return false;
      }
    }
    return marks >= MIN_MARKS;
  }
}
