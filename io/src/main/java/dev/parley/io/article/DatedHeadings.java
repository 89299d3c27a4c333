package dev.parley.io.article;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The line rule for a dated heading over a section of a page that collects entries of several days
 * ({@code PM call with the Commission President: 24 December 2020}, {@code Statement of 3 March},
 * {@code Update, Tuesday 14 June}): a short title alone in its paragraph, with no sentence's end
 * mark, that names a day of a month, over a paragraph of prose, on a page with two or more such
 * headings. It says which day the section under it is of, until the next heading, and is no
 * sentence of the story. A title above the page's first line of prose is the page's headline, or a
 * standfirst's, and heads no section.
 */
final class DatedHeadings {
  /** The rule of a dated heading's line. */
  static final String RULE = "dated-heading";

  /** Fewest headings that make a page's dated titles its sections. */
  private static final int MIN_HEADINGS = 2;

  /** Most words of a heading, its date's among them. */
  private static final int MAX_WORDS = 14;

  /** Marks that end a sentence, and so a line of prose rather than a heading. */
  private static final String END_MARKS = ".!?;,";

  private DatedHeadings() {}

  /** Sets aside the dated section headings of the page. */
  static void mark(ArticleLines lines) {
    markBelowFirstProse(lines, l -> isHeading(lines, l), MIN_HEADINGS, RULE);
  }

  /**
   * Sets aside under {@code rule} the lines below the page's first line of prose that {@code
   * heading} takes for a section's heading, when there are at least {@code min} of them.
   */
  static void markBelowFirstProse(ArticleLines lines, IntPredicate heading, int min, String rule) {
    List<Integer> found = new ArrayList<>();
    boolean prose = false;
    for (int l = 0; l < lines.count; l++) {
      if (!lines.hasBody(l)) {
        continue;
      }
      if (prose && heading.test(l)) {
        found.add(l);
      } else if (!prose) {
        prose = endsAsProse(lines, l);
      }
    }
    if (found.size() >= min) {
      for (int l : found) {
        lines.wholeRule[l] = rule;
      }
    }
  }

  private static boolean isHeading(ArticleLines lines, int l) {
    String text = lines.text;
    int s = lines.bs[l];
    int e = lines.be[l];
    if (!lines.hasDigit(s, e)
        || lines.prefixRule[l] != null
        || lines.suffixRule[l] != null
        || !(Character.isUpperCase(text.charAt(s)) || Character.isDigit(text.charAt(s)))
        || END_MARKS.indexOf(text.charAt(e - 1)) >= 0
        || lines.countWords(s, e) > MAX_WORDS
        || !SectionHeadings.standsAlone(lines, l)) {
      return false;
    }
    int after = ReleaseIssuers.nextNonBlank(lines, l);
    return after >= 0 && lines.hasBody(after) && DateMentions.namesADay(text, s, e);
  }

  /** Whether the body of line {@code l} ends as a told sentence does. */
  static boolean endsAsProse(ArticleLines lines, int l) {
    int e = lines.be[l];
    char last = lines.text.charAt(e - 1);
    if ((last == '"' || last == '\u201d' || last == '\'' || last == '\u2019')
        && e - 1 > lines.bs[l]) {
      last = lines.text.charAt(e - 2);
    }
    return last == '.' || last == '!' || last == '?';
  }
}
