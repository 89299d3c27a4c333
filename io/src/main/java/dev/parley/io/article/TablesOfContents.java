package dev.parley.io.article;

import java.util.HashMap;
import java.util.Map;

/**
 * The line rule for a page's table of contents, as a newsletter opens with one ({@code In today's
 * briefing} over {@code 1. Talks resume in Oslo}, {@code 2. Fishing quotas cut}) or an encyclopedia
 * ({@code Contents} over {@code 1 Background}, {@code 2.1 Negotiations}): a run of two or more
 * numbered or bulleted lines, each of which the page repeats later as a line of its own (the
 * heading of its section), and the short title right above the run. A list whose items are not
 * headings further down is body.
 */
final class TablesOfContents {
  /** The rule of a table of contents' lines. */
  static final String RULE = "contents";

  /** Fewest items of a table of contents. */
  private static final int MIN_ITEMS = 2;

  /** Most words of the title over a table of contents. */
  private static final int MAX_TITLE_WORDS = 6;

  private final ArticleLines lines;
  private final String text;

  /** The key of each body line without its list marker, to the last line that has it. */
  private final Map<String, Integer> lastLineOf = new HashMap<>();

  private TablesOfContents(ArticleLines lines) {
    this.lines = lines;
    this.text = lines.text;
  }

  /** Sets aside each table of contents of the page. */
  static void mark(ArticleLines lines) {
    new TablesOfContents(lines).markAll();
  }

  private void markAll() {
    if (!hasTwoItemsInARow()) {
      return; // no run of items: the keys of the lines are not needed
    }
    for (int l = 0; l < lines.count; l++) {
      if (lines.hasBody(l) && lines.wholeRule[l] == null) {
        lastLineOf.put(itemKey(l), l);
      }
    }
    for (int l = 0; l < lines.count; l++) {
      int end = l;
      while (end < lines.count && isItemRepeatedLater(end)) {
        end++;
      }
      if (end - l >= MIN_ITEMS) {
        while (end < lines.count && lines.hasBody(end) && itemStart(lines, end) >= 0) {
          end++; // an entry right after, whose section has no heading in the body ("7 References")
        }
        for (int k = l; k < end; k++) {
          lines.wholeRule[k] = RULE;
        }
        int title = lines.previousNonBlank(l);
        if (title >= 0 && isTitle(title)) {
          lines.wholeRule[title] = RULE;
        }
        l = end - 1;
      }
    }
  }

  /** Whether two lines in a row are list items with body text, as a table of contents' are. */
  private boolean hasTwoItemsInARow() {
    boolean previous = false;
    for (int l = 0; l < lines.count; l++) {
      boolean item = lines.hasBody(l) && itemStart(lines, l) >= 0;
      if (item && previous) {
        return true;
      }
      previous = item;
    }
    return false;
  }

  /** Whether line {@code l} is a list item whose text stands again later as a line of its own. */
  private boolean isItemRepeatedLater(int l) {
    if (!lines.hasBody(l) || lines.wholeRule[l] != null || itemStart(lines, l) < 0) {
      return false;
    }
    String key = itemKey(l);
    Integer last = lastLineOf.get(key);
    return !key.isEmpty() && last != null && last > l;
  }

  /** Whether line {@code l} is a short title with no sentence's stop, over a table of contents. */
  private boolean isTitle(int l) {
    if (!lines.hasBody(l) || lines.wholeRule[l] != null || lines.prefixRule[l] != null) {
      return false;
    }
    char last = text.charAt(lines.be[l] - 1);
    return last != '.' && lines.countWords(lines.bs[l], lines.be[l]) <= MAX_TITLE_WORDS;
  }

  /**
   * The key of line {@code l}'s text after its list marker, if it has one, and before an
   * encyclopedia's edit link, if it has one ({@code Background[edit]}).
   */
  private String itemKey(int l) {
    int from = itemStart(lines, l);
    int edit = SubHeadings.editMarkStart(lines, l);
    return lines.key(from < 0 ? lines.bs[l] : from, edit < 0 ? lines.be[l] : edit);
  }

  /**
   * Where the text of list item line {@code l} starts after its marker ({@code 1.}, {@code 2)},
   * {@code -}, {@code •}, {@code *}, or an encyclopedia's section number alone, {@code 2} or {@code
   * 2.1}) and a space, or -1 when the line is no list item.
   */
  static int itemStart(ArticleLines lines, int l) {
    String text = lines.text;
    int s = lines.bs[l];
    int e = lines.be[l];
    int p = s;
    while (p < e && p - s < 2 && Character.isDigit(text.charAt(p))) {
      p++;
    }
    while (p > s && p + 1 < e && text.charAt(p) == '.' && Character.isDigit(text.charAt(p + 1))) {
      p += 2; // "2.1", "3.1.2": a subsection's number
      while (p < e && Character.isDigit(text.charAt(p))) {
        p++;
      }
    }
    if (p > s) {
      if (p >= e) {
        return -1;
      }
      if (text.charAt(p) == '.' || text.charAt(p) == ')') {
        p++;
      }
    } else if (p < e && "-\u2013\u2022*".indexOf(text.charAt(p)) >= 0) {
      p++;
    } else {
      return -1;
    }
    if (p >= e || !Text.isInlineSpace(text.charAt(p))) {
      return -1;
    }
    return Text.skipSpace(text, p, e);
  }
}
