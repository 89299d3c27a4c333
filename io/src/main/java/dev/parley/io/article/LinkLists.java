package dev.parley.io.article;

import com.google.common.collect.ImmutableSet;

/**
 * The line rule for lists of links to other articles: the headlines listed under a related-links
 * header ({@code Related Articles}, {@code More stories}, a {@code Read also:} alone on its line).
 */
final class LinkLists {
  /**
   * The rules of headers under which a page lists links to other articles, or to the entries of a
   * live page ({@code Key events}).
   */
  private static final ImmutableSet<String> LINK_LIST_RULES =
      ImmutableSet.of("related", "more-stories", "key-events");

  /**
   * The rules of cues that head a list of links when they stand alone on their line ("Read also:"),
   * not when the line goes on with the link.
   */
  private static final ImmutableSet<String> ALONE_LINK_LIST_RULES =
      ImmutableSet.of("read-also", "see-also", "read-more");

  /** The longest line that is a link-list cue standing alone ("Read also:"). */
  private static final int MAX_ALONE_CUE = 20;

  private LinkLists() {}

  /**
   * Sets aside the headlines listed under a related-links header: the lines after it, under the
   * header's rule, while each is a short line that does not end as a sentence does.
   */
  static void mark(ArticleLines lines) {
    for (int l = 0; l < lines.count; l++) {
      String rule = lines.wholeRule[l];
      boolean header =
          rule != null
              && (LINK_LIST_RULES.contains(rule)
                  || (ALONE_LINK_LIST_RULES.contains(rule)
                      && lines.le[l] - lines.ls[l] <= MAX_ALONE_CUE));
      if (!header) {
        continue;
      }
      for (int k = l + 1; k < lines.count; k++) {
        if (lines.isBlank(k)) {
          continue;
        }
        if (lines.wholeRule[k] != null || !isLinkLine(lines.text, lines.ls[k], lines.le[k])) {
          break;
        }
        lines.wholeRule[k] = rule;
        l = k;
      }
    }
  }

  /** Whether [s, e) reads as a linked headline: short, and not ended as a told sentence is. */
  static boolean isLinkLine(String text, int s, int e) {
    if (e - s > Headlines.MAX_HEADLINE_LINE) {
      return false;
    }
    char last = text.charAt(e - 1);
    if (last == '"' || last == '\u201d') {
      // A body sentence ends its quote with a stop or a comma before the mark; a linked headline
      // may end in a quoted phrase ('Talks held: "Ceasefire must be established"').
      char before = e - 2 > s ? text.charAt(e - 2) : '.';
      return before != '.' && before != ',' && before != '!' && before != '?';
    }
    // A linked headline may ask ("Who sets the limits?"); body sentences end in a stop.
    return last != '.';
  }
}
