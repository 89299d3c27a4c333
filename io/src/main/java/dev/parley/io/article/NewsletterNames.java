package dev.parley.io.article;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;

/**
 * A newsletter's name over its day ({@code The Morning Briefing}, then {@code Monday, September 16,
 * 2013}): the name of the letter, not of its story. When the lead item's title follows, that title
 * is the headline and the name the {@code site-name}.
 */
final class NewsletterNames {
  /** Last words of a newsletter's name. */
  private static final ImmutableSet<String> NAME_ENDS =
      ImmutableSet.of(
          "briefing",
          "brief",
          "newsletter",
          "digest",
          "bulletin",
          "roundup",
          "round-up",
          "dispatch",
          "rundown",
          "recap",
          "memo",
          "edition",
          "weekly",
          "daily");

  /** Rules of the lines that may give a newsletter's day under its name. */
  private static final ImmutableSet<String> DAY_RULES =
      ImmutableSet.of("dateline", "date-header", "published-stamp", DayHeaders.RULE);

  /** Most words of a newsletter's name. */
  private static final int MAX_NAME_WORDS = 5;

  /** How many lines after the day the lead item's title is looked for. */
  private static final int LOOK = 12;

  /** Fewest words of a title. */
  private static final int MIN_TITLE_WORDS = 3;

  private NewsletterNames() {}

  /**
   * The line of the lead item's title when line {@code first} is a newsletter's name over its day:
   * a short line of capitalised words ending in a word such as "Briefing", "Digest" or
   * "Newsletter", then a date line, then within a few lines a title with no end mark or a numbered
   * section heading (greetings and a table of contents between are passed over); else -1.
   */
  static int titleAfterName(ArticleLines lines, int first) {
    if (!isName(lines, first)) {
      return -1;
    }
    int day = ReleaseIssuers.nextNonBlank(lines, first);
    if (day < 0 || !DAY_RULES.contains(String.valueOf(lines.wholeRule[day]))) {
      return -1;
    }
    int seen = 0;
    for (int l = day + 1; l < lines.count && seen < LOOK; l++) {
      if (lines.isBlank(l)) {
        continue;
      }
      seen++;
      if (SectionHeadings.RULE.equals(lines.wholeRule[l]) || isTitle(lines, l)) {
        return l;
      }
    }
    return -1;
  }

  private static boolean isName(ArticleLines lines, int l) {
    if (!lines.hasBody(l) || lines.prefixRule[l] != null || endsAsSentence(lines, l)) {
      return false;
    }
    int s = lines.bs[l];
    int e = lines.be[l];
    if (lines.countWords(s, e) > MAX_NAME_WORDS) {
      return false;
    }
    int last = e;
    while (last > s && !Text.isSpace(lines.text.charAt(last - 1))) {
      last--;
    }
    return NAME_ENDS.contains(lines.text.substring(last, e).toLowerCase(Locale.ROOT));
  }

  private static boolean isTitle(ArticleLines lines, int l) {
    if (!lines.hasBody(l) || lines.prefixRule[l] != null || endsAsSentence(lines, l)) {
      return false;
    }
    int s = lines.bs[l];
    int e = lines.be[l];
    return e - s <= Headlines.MAX_HEADLINE_LINE
        && Character.isUpperCase(lines.text.charAt(s))
        && lines.countWords(s, e) >= MIN_TITLE_WORDS;
  }

  private static boolean endsAsSentence(ArticleLines lines, int l) {
    return ".!?:;,".indexOf(lines.text.charAt(lines.be[l] - 1)) >= 0;
  }
}
