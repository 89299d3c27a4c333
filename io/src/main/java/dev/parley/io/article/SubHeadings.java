package dev.parley.io.article;

/**
 * The line rule for a section's heading that is no sentence: a title that an encyclopedia marks
 * with its edit link ({@code Background[edit]}, {@code Negotiations at the summit [edit]}), and a
 * single capitalised word alone in its paragraph between paragraphs of prose ({@code Reactions},
 * {@code Aftermath}). Such a heading names the section under it and states no act.
 */
final class SubHeadings {
  /** The rule of a heading's line, as for a newsletter's numbered headings. */
  static final String RULE = SectionHeadings.RULE;

  /** The edit link an encyclopedia writes after each heading. */
  private static final String EDIT = "[edit]";

  /** Most words of a heading marked with its edit link. */
  private static final int MAX_WORDS = 12;

  /** The longest single word read as a heading. */
  private static final int MAX_WORD = 20;

  private SubHeadings() {}

  /** Sets aside the section headings of the page. */
  static void mark(ArticleLines lines) {
    boolean prose = false; // whether a paragraph of prose came before
    for (int l = 0; l < lines.count; l++) {
      if (!lines.hasBody(l) || lines.prefixRule[l] != null) {
        continue;
      }
      if (editMarkStart(lines, l) > lines.bs[l]) {
        if (SectionHeadings.standsAlone(lines, l)
            && lines.countWords(lines.bs[l], lines.be[l]) <= MAX_WORDS + 1) {
          lines.wholeRule[l] = RULE;
        }
      } else if (prose && isWordHeading(lines, l)) {
        lines.wholeRule[l] = RULE;
      } else if (endsAsProse(lines, l)) {
        prose = true;
      }
    }
  }

  /** Where the edit link ending line {@code l} starts, or -1. */
  static int editMarkStart(ArticleLines lines, int l) {
    int e = lines.be[l];
    if (e - lines.bs[l] <= EDIT.length() || lines.text.charAt(e - 1) != ']') {
      return -1;
    }
    int from = e - EDIT.length();
    return Text.regionMatches(lines.text, from, e, EDIT) ? from : -1;
  }

  /**
   * Whether line {@code l} is one capitalised word of letters, alone in its paragraph, over a
   * paragraph of prose.
   */
  private static boolean isWordHeading(ArticleLines lines, int l) {
    String text = lines.text;
    int s = lines.bs[l];
    int e = lines.be[l];
    if (e - s > MAX_WORD || !Character.isUpperCase(text.charAt(s))) {
      return false;
    }
    for (int p = s + 1; p < e; p++) {
      if (!Character.isLowerCase(text.charAt(p))) {
        return false;
      }
    }
    if (!SectionHeadings.standsAlone(lines, l)) {
      return false;
    }
    int after = ReleaseIssuers.nextNonBlank(lines, l);
    return after >= 0 && endsAsProse(lines, after);
  }

  /** Whether line {@code l} is body that ends as a told sentence does. */
  private static boolean endsAsProse(ArticleLines lines, int l) {
    if (!lines.hasBody(l)) {
      return false;
    }
    char last = lines.text.charAt(lines.be[l] - 1);
    return last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201d';
  }
}
