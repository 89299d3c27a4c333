package dev.parley.io.article;

import com.google.common.collect.ImmutableSet;

/**
 * The line rule for the whole of a cookie or consent banner: the lines about cookies, consent or
 * privacy that speak to the reader ("we", "your") right above or below a line a {@code consent} cue
 * set aside ({@code We use cookies ...}, {@code Accept all}), or between two such lines across
 * blank lines, and the short title that opens the page over a banner ({@code We value your
 * privacy}), so that the headline is the first line after it. A paragraph about cookies after a
 * blank line under a banner stays body.
 */
final class ConsentBanners {
  /** The rule of the cues that set a banner's own lines aside. */
  static final String RULE = "consent";

  /** Words only a banner's text is sure to have, one of which each of its lines must hold. */
  private static final ImmutableSet<String> BANNER_WORDS =
      ImmutableSet.of("cookie", "cookies", "consent", "privacy");

  /** Words by which a banner speaks to the reader or for the site. */
  private static final ImmutableSet<String> ADDRESS_WORDS =
      ImmutableSet.of("we", "our", "us", "you", "your");

  /** Most words of a banner's title. */
  private static final int MAX_TITLE_WORDS = 8;

  private final ArticleLines lines;
  private final String text;

  private ConsentBanners(ArticleLines lines) {
    this.lines = lines;
    this.text = lines.text;
  }

  /** Sets aside the rest of each consent banner around the lines its cues set aside. */
  static void mark(ArticleLines lines) {
    new ConsentBanners(lines).markAll();
  }

  private void markAll() {
    int firstBody = 0;
    while (firstBody < lines.count && !lines.hasBody(firstBody)) {
      firstBody++;
    }
    for (int l = 0; l < lines.count; l++) {
      if (!RULE.equals(lines.wholeRule[l])) {
        continue;
      }
      int top = l;
      while (top > 0 && isBannerText(top - 1)) {
        top--; // the banner's text right above its cue's line
        lines.wholeRule[top] = RULE;
      }
      int above = lines.previousNonBlank(top);
      if (above >= 0 && above == firstBody && isTitle(above)) {
        lines.wholeRule[above] = RULE;
      }
      l = markBelow(l);
    }
  }

  /**
   * Sets aside the banner's text below its line {@code l}: the lines right under it, or, across
   * blank lines, those up to another line of the banner; returns the last line looked at that is
   * set aside.
   */
  private int markBelow(int l) {
    int k = l + 1;
    int adjacentEnd = l;
    boolean blank = false;
    while (k < lines.count && (lines.isBlank(k) || isBannerText(k))) {
      if (lines.isBlank(k)) {
        blank = true;
      } else if (!blank) {
        adjacentEnd = k;
      }
      k++;
    }
    boolean toAnotherLine = k < lines.count && RULE.equals(lines.wholeRule[k]);
    int end = toAnotherLine ? k - 1 : adjacentEnd;
    for (int m = l + 1; m <= end; m++) {
      if (!lines.isBlank(m)) {
        lines.wholeRule[m] = RULE;
      }
    }
    return toAnotherLine ? k - 1 : Math.max(l, adjacentEnd);
  }

  /**
   * Whether line {@code l} is body throughout and a banner's text: it names cookies, consent or
   * privacy and speaks to the reader ({@link #hasBannerWord}).
   */
  private boolean isBannerText(int l) {
    return lines.wholeRule[l] == null
        && lines.prefixRule[l] == null
        && lines.suffixRule[l] == null
        && hasBannerWord(lines.ls[l], lines.le[l]);
  }

  /**
   * Whether line {@code l}, the page's first line with text, is a banner's title above it across
   * blank lines: short, ended by no stop, with a banner's word ("We value your privacy", "Your
   * cookie choices"). A headline above a banner names none.
   */
  private boolean isTitle(int l) {
    char last = text.charAt(lines.le[l] - 1);
    return isBannerText(l)
        && last != '.'
        && lines.countWords(lines.ls[l], lines.le[l]) <= MAX_TITLE_WORDS;
  }

  /**
   * Whether [s, e) names cookies, consent or privacy and speaks to the reader or for the site
   * ("we", "our", "you", "your"), as a banner does and a story about cookies does not.
   */
  private boolean hasBannerWord(int s, int e) {
    return lines.hasWordIn(s, e, BANNER_WORDS) && lines.hasWordIn(s, e, ADDRESS_WORDS);
  }
}
