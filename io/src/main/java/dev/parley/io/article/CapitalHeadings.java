package dev.parley.io.article;

/**
 * The line rule for a section's heading written in capitals with no end mark ({@code WHAT THEY
 * AGREED}, {@code BACKGROUND}, {@code THE NEXT STEPS}), as a wire's factbox or an explainer heads
 * the lists of its sections: a short line of upper-case words alone in its paragraph, over a line
 * of body (or right over a list's first bullet), below the page's first line of prose, on a page
 * with two or more of them. Such a title names the section under it and states no act; the entries
 * of a list under it keep their own paragraphs.
 */
final class CapitalHeadings {
  /** The rule of a heading's line, as for a newsletter's numbered headings. */
  static final String RULE = SectionHeadings.RULE;

  /** Fewest headings that make a page's lines in capitals its sections' titles. */
  private static final int MIN_HEADINGS = 2;

  /** Most words of a heading. */
  private static final int MAX_WORDS = 8;

  /** Fewest letters of a heading, so that a lone acronym ({@code NATO}) is none. */
  private static final int MIN_LETTERS = 5;

  /** The longest heading line. */
  private static final int MAX_LINE = 80;

  private CapitalHeadings() {}

  /** Sets aside the headings in capitals of the page. */
  static void mark(ArticleLines lines) {
    DatedHeadings.markBelowFirstProse(lines, l -> isHeading(lines, l), MIN_HEADINGS, RULE);
  }

  /**
   * Whether line {@code l} is a heading in capitals: at most {@value #MAX_WORDS} words of letters
   * (an apostrophe, a hyphen or an ampersand among them), every letter upper-case, no end mark,
   * alone in its paragraph (or right over a bullet), over a line of body.
   */
  private static boolean isHeading(ArticleLines lines, int l) {
    String text = lines.text;
    int s = lines.bs[l];
    int e = lines.be[l];
    if (e - s > MAX_LINE
        || !Character.isUpperCase(text.charAt(s))
        || lines.prefixRule[l] != null
        || lines.suffixRule[l] != null) {
      return false;
    }
    int letters = 0;
    for (int p = s; p < e; p++) {
      char c = text.charAt(p);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      } else if (!Text.isSpace(c) && "'\u2019-&".indexOf(c) < 0) {
        return false;
      }
    }
    if (letters < MIN_LETTERS
        || lines.countWords(s, e) > MAX_WORDS
        || !(l == 0 || lines.isBlank(l - 1))) {
      return false;
    }
    int after = ReleaseIssuers.nextNonBlank(lines, l);
    return after >= 0
        && lines.hasBody(after)
        && (after > l + 1 || Paragraphs.opensWithBullet(lines, after));
  }
}
