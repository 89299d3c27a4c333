package dev.parley.io.article;

import org.jspecify.annotations.Nullable;

/**
 * The line rule for what a wire story may show between its headline and its dateline: a standfirst
 * (one line that sums the story up) and a summary of bullets ({@code * Talks end without a deal},
 * {@code - Next round set for May}). With them, only a dateline that names a date or an agency in
 * brackets is one; the bullets then restate the story told below and are set aside ({@code
 * summary}), while the standfirst stays body. Bullets anywhere else are body: a list in a story.
 */
final class WireOpenings {
  /** The most bullets a summary above a dateline has. */
  private static final int MAX_BULLETS = 8;

  /** The longest line a standfirst or a bullet may be. */
  private static final int MAX_LINE = 400;

  /** The chars that open a bullet when a space follows them. */
  private static final String BULLETS = "-*\u2022\u2013\u2014\u00b7\u25aa\u25ba";

  private final ArticleLines lines;
  private final Navigation navigation;
  private final Headlines headlines;
  private final String text;

  /**
   * Set once a line above the dateline is neither a standfirst nor a bullet, or a second
   * standfirst: no later line is the dateline, whatever it reads.
   */
  private boolean closed;

  /** The next line to look at: the lines before it have been, once each. */
  private int scanned;

  /** The key of the first body line, the headline to be, and the same without a site's name. */
  private @Nullable String first;

  private @Nullable String firstWithoutSite;

  private boolean standfirst;

  /** The bullet lines seen under the first body line. */
  private final int[] bullets = new int[MAX_BULLETS];

  private int bulletCount;

  WireOpenings(ArticleLines lines, Navigation navigation, Headlines headlines) {
    this.lines = lines;
    this.navigation = navigation;
    this.headlines = headlines;
    this.text = lines.text;
  }

  /**
   * Whether the body lines before line {@code l}, under the first (the headline to be), are at most
   * one standfirst and a summary of bullets, leaving out labels and the first line's repeats; once
   * it says no, it says no for every later line. Lines are asked about in order, and each line
   * before is looked at once.
   */
  boolean mayPrecede(int l) {
    for (; scanned < l && !closed; scanned++) {
      look(scanned);
    }
    return !closed && !startsWithBullet(lines.ls[l], lines.le[l]);
  }

  /** Takes line {@code k} into account: a headline, a label, a standfirst, a bullet, or the end. */
  private void look(int k) {
    if (!lines.hasBody(k)) {
      return;
    }
    int s = lines.bs[k];
    int e = lines.be[k];
    if (first == null) {
      first = lines.key(s, e);
      firstWithoutSite = headlines.keyWithoutSite(s, e);
      return;
    }
    if (navigation.isMenuPart(s, e)) {
      return;
    }
    String key = lines.key(s, e);
    if (key.equals(first) || key.equals(firstWithoutSite)) {
      return;
    }
    if (e - s > MAX_LINE) {
      closed = true;
    } else if (startsWithBullet(s, e)) {
      if (bulletCount == MAX_BULLETS) {
        closed = true;
      } else {
        bullets[bulletCount++] = k;
      }
    } else if (standfirst) {
      closed = true;
    } else {
      standfirst = true;
    }
  }

  /** Sets aside, as {@code summary}, the bullets {@link #mayPrecede} found above the dateline. */
  void markSummary() {
    for (int i = 0; i < bulletCount; i++) {
      lines.wholeRule[bullets[i]] = "summary";
    }
    closed = true;
  }

  /** Says no for every later line: the dateline has been found. */
  void close() {
    closed = true;
  }

  /** Whether [s, e) opens with a bullet and a space ({@code • Talks end}, {@code - Talks end}). */
  boolean startsWithBullet(int s, int e) {
    return s + 1 < e
        && BULLETS.indexOf(text.charAt(s)) >= 0
        && Text.isInlineSpace(text.charAt(s + 1));
  }
}
