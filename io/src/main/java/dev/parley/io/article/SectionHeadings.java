package dev.parley.io.article;

import java.util.ArrayList;
import java.util.List;

/**
 * The line rule for a newsletter's numbered section headings ({@code 1. Talks resume in Oslo},
 * {@code 2) Markets}): a numbered title alone in its paragraph, with no sentence's end mark, over a
 * paragraph of prose, on a page with two or more such headings. A heading names the item below it
 * and is no sentence; a numbered list, whose entries follow one another or a lead-in ending with a
 * colon, is body.
 */
final class SectionHeadings {
  /** The rule of a section heading's line. */
  static final String RULE = "section-heading";

  /** Fewest headings that make a page's numbered titles its sections. */
  private static final int MIN_HEADINGS = 2;

  /** Most words of a heading's title. */
  private static final int MAX_WORDS = 12;

  private SectionHeadings() {}

  /** Sets aside the numbered section headings of the page. */
  static void mark(ArticleLines lines) {
    List<Integer> found = new ArrayList<>();
    for (int l = 0; l < lines.count; l++) {
      if (isHeading(lines, l)) {
        found.add(l);
      }
    }
    if (found.size() >= MIN_HEADINGS) {
      for (int l : found) {
        lines.wholeRule[l] = RULE;
      }
    }
  }

  /**
   * Where the title of numbered line {@code l} starts after its number ({@code 1.}, {@code 2)}) and
   * a space, or -1 when the line opens with no number.
   */
  static int titleStart(ArticleLines lines, int l) {
    String text = lines.text;
    int s = lines.bs[l];
    int e = lines.be[l];
    int p = s;
    while (p < e && p - s < 2 && Character.isDigit(text.charAt(p))) {
      p++;
    }
    if (p == s || p + 1 >= e || (text.charAt(p) != '.' && text.charAt(p) != ')')) {
      return -1;
    }
    return Text.isInlineSpace(text.charAt(p + 1)) ? Text.skipSpace(text, p + 1, e) : -1;
  }

  private static boolean isHeading(ArticleLines lines, int l) {
    if (!lines.hasBody(l) || lines.prefixRule[l] != null || !standsAlone(lines, l)) {
      return false;
    }
    int title = titleStart(lines, l);
    if (title < 0 || title >= lines.be[l] || !Character.isUpperCase(lines.text.charAt(title))) {
      return false;
    }
    char last = lines.text.charAt(lines.be[l] - 1);
    if (".!?:;,".indexOf(last) >= 0 || lines.countWords(title, lines.be[l]) > MAX_WORDS) {
      return false;
    }
    int before = lines.previousNonBlank(l);
    if (before >= 0
        && lines.hasBody(before)
        && (lines.text.charAt(lines.be[before] - 1) == ':' || titleStart(lines, before) >= 0)) {
      return false; // an entry of a list: after its lead-in, or after the entry before it
    }
    int after = ReleaseIssuers.nextNonBlank(lines, l);
    return after >= 0 && lines.hasBody(after) && titleStart(lines, after) < 0;
  }

  /**
   * Whether line {@code l} is a paragraph of its own: blank lines, or the page's ends, around it.
   */
  static boolean standsAlone(ArticleLines lines, int l) {
    return (l == 0 || lines.isBlank(l - 1)) && (l + 1 >= lines.count || lines.isBlank(l + 1));
  }
}
