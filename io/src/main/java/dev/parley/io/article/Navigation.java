package dev.parley.io.article;

/**
 * The line rules for a site's navigation: a menu of short parts between separators, and a
 * breadcrumb trail.
 */
final class Navigation {
  /** What separates the parts of a menu, or of a byline that also carries stamps. */
  static final String PART_SEPARATORS = "|\u00b7\u2022";

  /** What separates the parts of a breadcrumb trail. */
  private static final String BREADCRUMB_SEPARATORS = ">\u00bb\u203a";

  /** Most words of one part of a menu or a breadcrumb trail. */
  private static final int MAX_MENU_WORDS = 3;

  /** Most words of a name between a breadcrumb trail's separators ({@code Ministry of Finance}). */
  private static final int MAX_TRAIL_NAME_WORDS = 6;

  private final ArticleLines lines;
  private final String text;

  Navigation(ArticleLines lines) {
    this.lines = lines;
    this.text = lines.text;
  }

  /**
   * Whether [s, e) is a site's menu: three or more parts between separators ({@code |}, {@code ·},
   * {@code •}), each of one to three words, the first capitalised, and no sentence's marks ({@code
   * Menu | Local | Business | Sports}).
   */
  boolean isMenu(int s, int e) {
    if (e - s > Headlines.MAX_HEADLINE_LINE) {
      return false;
    }
    int parts = 0;
    int p = s;
    while (p <= e) {
      int q = lines.partEnd(p, e, PART_SEPARATORS);
      if (!isMenuPart(Text.skipSpace(text, p, q), Text.trimEnd(text, p, q))) {
        return false;
      }
      parts++;
      p = q + 1;
    }
    return parts >= 3;
  }

  /**
   * Whether [s, e) is a breadcrumb trail: parts between {@code >}, {@code »} or {@code ›} with
   * spaces around, every part but the last a menu part (after the first, perhaps a longer name:
   * {@code Home page > Ministry of Foreign Affairs > News}), the last capitalised and not ended by
   * a stop ({@code Business > Aerospace}, {@code Home page > World > Talks in Istanbul ended}).
   */
  boolean isBreadcrumb(int s, int e) {
    if (e - s > Headlines.MAX_HEADLINE_LINE) {
      return false;
    }
    int parts = 0;
    int from = s;
    for (int p = s + 1; p + 1 < e; p++) {
      if (BREADCRUMB_SEPARATORS.indexOf(text.charAt(p)) >= 0
          && Text.isInlineSpace(text.charAt(p - 1))
          && Text.isInlineSpace(text.charAt(p + 1))) {
        int ps = Text.skipSpace(text, from, p);
        int pe = Text.trimEnd(text, from, p);
        if (!isMenuPart(ps, pe) && !(parts > 0 && isTrailName(ps, pe))) {
          return false;
        }
        parts++;
        from = p + 1;
      }
    }
    int last = Text.skipSpace(text, from, e);
    // The last part may be the headline, but is capitalised and not ended as a sentence is.
    return parts >= 1
        && last < e
        && Character.isUpperCase(text.charAt(last))
        && text.charAt(e - 1) != '.';
  }

  /**
   * Whether [s, e) is one to three words, the first capitalised (or in a script without case, as a
   * language switch {@code فارسی} or {@code 中文} is), with no sentence's marks: a part of a menu, or
   * a section's name standing as a label.
   */
  boolean isMenuPart(int s, int e) {
    if (s >= e || !(isCapitalOrCaseless(text.charAt(s)) || isPrefixedCapital(s, e))) {
      return false;
    }
    for (int i = s; i < e; i++) {
      if (".!?:;,\"“”()".indexOf(text.charAt(i)) >= 0) {
        return false;
      }
    }
    int words = lines.countWords(s, e);
    return words >= 1 && words <= MAX_MENU_WORDS;
  }

  /**
   * Whether [s, e) is a name of a few words, each capitalised or a small connecting word ({@code
   * Ministry of Foreign Affairs}), with no sentence's marks: a part of a breadcrumb trail.
   */
  private boolean isTrailName(int s, int e) {
    if (s >= e || !Character.isUpperCase(text.charAt(s))) {
      return false;
    }
    int words = 0;
    int i = s;
    while (i < e) {
      if (Text.isSpace(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < e && Character.isLetter(text.charAt(j))) {
        j++;
      }
      if (j == i
          || (j < e && !Text.isSpace(text.charAt(j)))
          || ++words > MAX_TRAIL_NAME_WORDS
          || !(Character.isUpperCase(text.charAt(i))
              || ReleaseIssuers.NAME_CONNECTORS.contains(text.substring(i, j)))) {
        return false;
      }
      i = j;
    }
    return true;
  }

  /** Whether [s, e) opens with a lower-case letter, a hyphen and a capital ({@code e-Edition}). */
  private boolean isPrefixedCapital(int s, int e) {
    return s + 2 < e
        && Character.isLowerCase(text.charAt(s))
        && text.charAt(s + 1) == '-'
        && Character.isUpperCase(text.charAt(s + 2));
  }

  private static boolean isCapitalOrCaseless(char c) {
    return Character.isUpperCase(c) || (Character.isLetter(c) && !Character.isLowerCase(c));
  }
}
