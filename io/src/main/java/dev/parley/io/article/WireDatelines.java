package dev.parley.io.article;

/**
 * The line rule for a wire dateline opening a paragraph ({@code LOS ANGELES, May 2, 2023 —}, {@code
 * GENEVA, Jan 10 (Reuters) -}, {@code Berlin (dpa) -}, a news release's {@code OTTAWA, Aug. 22,
 * 2024 /CNW/ -} or {@code TORONTO, May 2, 2024 (GLOBE NEWSWIRE) --}): where it ends, and the date
 * it states.
 */
final class WireDatelines {
  /** The longest wire dateline opening a paragraph ("BRUSSELS/LONDON, Oct 3 (Reuters) -"). */
  private static final int MAX_AGENCY_DATELINE = 90;

  /** The longest region, date or agency name between a wire dateline's commas or brackets. */
  private static final int MAX_DATELINE_CHUNK = 30;

  private final ArticleLines lines;
  private final String text;
  private final DateClues clues;

  WireDatelines(ArticleLines lines, DateClues clues) {
    this.lines = lines;
    this.text = lines.text;
    this.clues = clues;
  }

  /**
   * The end of a wire dateline opening line {@code l}, [s, e), after its dash, or -1: a place in
   * capitals ({@code BRUSSELS/LONDON}, {@code OHRID}), then perhaps a region or a date after commas
   * ({@code KABUL, Afghanistan}, {@code LOS ANGELES, May 2, 2023}), perhaps an agency in brackets
   * ({@code (Reuters)}), then a dash with a space after it. A date with its year states the
   * publication date. When {@code namesDateOrAgency}, only a dateline that names a date or an
   * agency in brackets is one: a place alone before a dash ({@code KREMLIN -}) may open a later
   * paragraph's sentence.
   */
  int end(int l, int s, int e, boolean namesDateOrAgency) {
    int limit = Math.min(e, s + MAX_AGENCY_DATELINE);
    int p = s;
    int capitals = 0;
    while (p < limit) {
      char c = text.charAt(p);
      if (Character.isUpperCase(c)) {
        capitals++;
      } else if (!(c == ' ' || c == '/' || c == '.' || c == '\'' || isInnerHyphen(p, limit))) {
        break;
      }
      p++;
    }
    if (capitals < 3 || p == s || Character.isLowerCase(text.charAt(p - 1))) {
      return bracketedEnd(s, limit);
    }
    boolean dated = false;
    // A place alone before the dash must be a long one ("OHRID -"), not an acronym ("NATO -").
    boolean placeOnly = p < limit && text.charAt(p) != ',' && text.charAt(p) != '(';
    while (p < limit && text.charAt(p) == ',') {
      int chunk = Text.skipSpace(text, p + 1, limit);
      if (chunk >= limit || !Character.isLetterOrDigit(text.charAt(chunk))) {
        return -1;
      }
      p = chunk;
      while (p < limit && text.charAt(p) != ',' && text.charAt(p) != '(' && !isDashAt(p, limit)) {
        p++;
      }
      if (p - chunk > MAX_DATELINE_CHUNK) {
        return -1;
      }
      dated |= lines.hasDigit(chunk, p);
    }
    p = Text.skipSpace(text, p, limit);
    if (placeOnly && (p >= limit || text.charAt(p) != '(') && capitals < 5) {
      return -1;
    }
    boolean agency = p < limit && text.charAt(p) == '(';
    if (agency) {
      int close = text.indexOf(')', p);
      if (close < 0 || close >= limit || close - p > MAX_DATELINE_CHUNK) {
        return -1;
      }
      p = Text.skipSpace(text, close + 1, limit);
    }
    if (!isDashAt(p, limit) || (namesDateOrAgency && !dated && !agency)) {
      return -1;
    }
    p += dashLength(p) - 1;
    clues.wireDateline(s, p);
    for (DateMention m : DateMentions.find(text, s, p, null)) {
      if (m.precision() == DatePrecision.DAY
          && !m.relative()
          && lines.hasYear(m.start(), m.end())) {
        clues.wireDatelineDay(m.date(), s, p, l);
        break;
      }
    }
    return p + 1;
  }

  /**
   * The end of a wire dateline whose place is written in ordinary case and followed by brackets, or
   * -1: a place of a few capitalised words (and particles such as "el"), an agency or region in
   * brackets, perhaps a date and an agency after a comma, then a dash, perhaps after a full stop
   * ({@code Berlin (dts News Agency) -}, {@code Sharm el Sheikh (Egypt), 19 Nov (EFE).-}).
   */
  private int bracketedEnd(int s, int limit) {
    int open = text.indexOf('(', s);
    if (open < 0 || open >= limit || !isPlaceName(s, Text.trimEnd(text, s, open))) {
      return -1;
    }
    int p = open;
    for (int chunks = 0; chunks < 3 && p < limit; chunks++) {
      char c = text.charAt(p);
      if (c == '(') {
        int close = text.indexOf(')', p);
        if (close < 0 || close >= limit || close - p > MAX_DATELINE_CHUNK) {
          return -1;
        }
        p = Text.skipSpace(text, close + 1, limit);
      } else if (c == ',') {
        int chunk = Text.skipSpace(text, p + 1, limit);
        p = chunk;
        while (p < limit && text.charAt(p) != '(' && text.charAt(p) != ',' && !isDashAt(p, limit)) {
          p++;
        }
        if (p - chunk > MAX_DATELINE_CHUNK) {
          return -1;
        }
      } else {
        break;
      }
    }
    int dash = p < limit && text.charAt(p) == '.' ? p + 1 : p;
    if (dash + 1 >= limit
        || "-\u2013\u2014".indexOf(text.charAt(dash)) < 0
        || !Text.isInlineSpace(text.charAt(dash + 1))) {
      return -1;
    }
    clues.wireDateline(s, dash);
    return dash + 1;
  }

  /** Whether [s, e) is a place name: one to four words, the first capitalised, all letters. */
  private boolean isPlaceName(int s, int e) {
    if (e <= s || !Character.isUpperCase(text.charAt(s))) {
      return false;
    }
    int words = 1;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        words++;
      } else if (!Character.isLetter(c) && c != '-' && c != '\'') {
        return false;
      }
    }
    return words <= 4;
  }

  /**
   * Whether a dash ({@code -}, en or em dash, or the two hyphens news releases write, {@code --})
   * stands at {@code p} with a space after it.
   */
  private boolean isDashAt(int p, int limit) {
    int after = p + dashLength(p);
    return after < limit
        && after > p
        && Text.isInlineSpace(text.charAt(after))
        && (p == 0 || Text.isInlineSpace(text.charAt(p - 1)) || text.charAt(p - 1) == ')');
  }

  /** The length of the dash at {@code p}: 2 for {@code --}, 1 for another dash, 0 for none. */
  private int dashLength(int p) {
    if (p >= text.length() || "-\u2013\u2014".indexOf(text.charAt(p)) < 0) {
      return 0;
    }
    return text.charAt(p) == '-' && p + 1 < text.length() && text.charAt(p + 1) == '-' ? 2 : 1;
  }

  private boolean isInnerHyphen(int p, int limit) {
    return text.charAt(p) == '-'
        && p > 0
        && p + 1 < limit
        && Character.isLetter(text.charAt(p - 1))
        && Character.isLetter(text.charAt(p + 1));
  }
}
