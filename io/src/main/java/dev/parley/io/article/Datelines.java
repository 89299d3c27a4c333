package dev.parley.io.article;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The line rules for dates and times that stand apart from the body: a {@code date} header, a line
 * that is a date with perhaps a time and an update stamp, and a page's meta line of times, reading
 * times and counters.
 */
final class Datelines {
  /** The longest date line; also how far after a stamp or a header its date is looked for. */
  static final int MAX_DATELINE = 100;

  /** Longest time of day a byline part may be ({@code 11:40 a.m. GMT}). */
  private static final int MAX_TIME = 20;

  /** What may stand between a dateline's time and an update stamp after it. */
  private static final String DATELINE_SEPARATORS = "/|\u00b7\u2022";

  /** The words of a page's counters after its date: reading time, views, comments. */
  private static final ImmutableSet<String> PAGE_COUNTERS =
      ImmutableSet.of(
          "min", "mins", "minute", "minutes", "read", "views", "view", "comments", "comment");

  private static final ImmutableSet<String> TIME_WORDS =
      ImmutableSet.of("at", "am", "pm", "a", "p", "m", "г", "года", "в", "um", "h");

  private final ArticleLines lines;
  private final String text;
  private final LineCues cues;

  Datelines(ArticleLines lines, LineCues cues) {
    this.lines = lines;
    this.text = lines.text;
    this.cues = cues;
  }

  /** The end of a {@code date <date>} header opening the line [s, e), or -1. */
  int dateHeaderEnd(int s, int e) {
    if (!Text.regionMatches(text, s, e, "date")) {
      return -1;
    }
    int p = s + 4;
    if (p < e && text.charAt(p) == ':') {
      p++;
    }
    if (p >= e || !Text.isInlineSpace(text.charAt(p))) {
      return -1;
    }
    p = Text.skipSpace(text, p, e);
    DateMention m = firstMention(p, e);
    if (m == null || m.start() != p || m.relative() || m.precision() != DatePrecision.DAY) {
      return -1;
    }
    return m.end();
  }

  private @Nullable DateMention firstMention(int from, int to) {
    List<DateMention> found = lines.datelineMentions(from, Math.min(to, from + 60));
    return found.isEmpty() ? null : found.get(0);
  }

  /**
   * Whether [s, e) is a dated day, perhaps after a weekday ({@code Wed 22 Nov 2023}) and before a
   * time and an update stamp ({@code / 6:14 PM / Updated 2 hours ago}), and nothing else of
   * substance.
   */
  boolean isDateline(int s, int e) {
    if (e - s > MAX_DATELINE) {
      return false;
    }
    for (DateMention m : lines.datelineMentions(s, e)) {
      if (m.relative() || m.precision() != DatePrecision.DAY) {
        continue; // a weekday before the date is itself a (relative) mention
      }
      return (onlyWords(s, m.start(), true)
              || isPlaceBefore(s, m.start())
              || isTimeBefore(s, m.start()))
          && isTimeAndStamp(m.end(), e);
    }
    return false;
  }

  /**
   * What may stand between a time of day and the date after it in a post's stamp: a dash, a bar, a
   * dot, a comma.
   */
  private static final String TIME_SEPARATORS = "-\u2013\u2014|\u00b7\u2022,";

  /**
   * Whether [s, date) is a time of day and a separator before a date line's date, perhaps with a
   * weekday after the separator, as a social network stamps a post ({@code 2:33 PM - 14 Nov 11},
   * {@code 08:41 PM | Wednesday 23 June 2021}).
   */
  private boolean isTimeBefore(int s, int date) {
    if (date - s > 2 * MAX_TIME || !lines.hasDigit(s, date)) {
      return false;
    }
    for (int p = s + 1; p < date; p++) {
      if (TIME_SEPARATORS.indexOf(text.charAt(p)) >= 0) {
        int time = Text.trimEnd(text, s, p);
        return time > s && isTimeOfDay(s, time) && onlyWords(p + 1, date, true);
      }
    }
    return false;
  }

  /** What may end a place's name before the date of a date line: a comma, a bar, a dash. */
  private static final String PLACE_SEPARATORS = ",|\u00b7\u2022-\u2013\u2014";

  /**
   * Whether [s, date) is a place's name and a separator before a date line's date ({@code Madrid,
   * Spain |}, {@code PARIS,}, {@code Geneva -}).
   */
  private boolean isPlaceBefore(int s, int date) {
    int end = Text.trimEnd(text, s, date);
    if (end == s || PLACE_SEPARATORS.indexOf(text.charAt(end - 1)) < 0) {
      return false;
    }
    int name = Text.trimEnd(text, s, end - 1);
    return name > s && isName(s, name);
  }

  /** What separates the parts of a masthead line: bars, dots, and dashes with a space each side. */
  private static final String MASTHEAD_SEPARATORS = "|\u00b7\u2022\u2014\u2013";

  /** The most parts a masthead line may have, and the most words of a name among them. */
  private static final int MAX_MASTHEAD_PARTS = 5;

  private static final int MAX_NAME_WORDS = 6;

  /** Lower-case words of a label of the page's edition ({@code English edition}). */
  private static final ImmutableSet<String> EDITION_WORDS =
      ImmutableSet.of(
          "edition",
          "version",
          "translation",
          "automatic",
          "automatically",
          "translated",
          "machine",
          "online",
          "digital",
          "print");

  /** Small words that may stand lower-case inside a site's or a section's name. */
  private static final ImmutableSet<String> NAME_CONNECTORS =
      ImmutableSet.of(
          "of", "and", "the", "for", "on", "in", "de", "del", "la", "le", "du", "des", "di", "al",
          "el", "&");

  /**
   * The part of a masthead line [s, e) that is its date line, as {@code {start, end}}, or null: a
   * line of a site's name, a section and a dated day between separators, in any order ({@code
   * Colombia Today Digital | Politics | 09/06/2023 14:35}, {@code The Indus Ledger — Economy —
   * Friday 30th June 2023}, {@code 2023-10-17 21:10 UTC | Caribbean Wire Service}), also beside a
   * volume's and an issue's or an episode's number and a page's counters ({@code Vol. 7, No. 12 |
   * November 4, 2019}, {@code February 14, 2025 · 34 min · Transcript}: {@link IssueNumbers}).
   * Every other part but the date is a name: a few words, each capitalised or a small connecting
   * word, with no digit and no sentence's punctuation, so that a headline beside a date ({@code 22
   * Nov 2023 | Talks resume}) is no masthead. A labelled date after the date part ({@code | Updated
   * 09/06/2023 16:02}, {@code | Last updated: 29 Jun. 2022}) is a later stamp: it leaves the first
   * date the page's, and is kept as the page's update stamp.
   */
  int @Nullable [] mastheadDate(int s, int e) {
    stampFrom = -1;
    int[] date = mastheadParts(s, e);
    if (date == null || date[0] < 0) {
      return null;
    }
    if (stampFrom >= 0) {
      cues.isStamp(stampFrom, stampTo); // records the update stamp's date, if it is one
    }
    return date;
  }

  /** The labelled stamp after the date of the masthead line last read, or -1 and -1. */
  private int stampFrom = -1;

  private int stampTo = -1;

  /**
   * Whether [s, e) is a masthead line without a date: two to five names between separators, as
   * {@link #mastheadDate} reads them ({@code Harbour Herald | Politics}, {@code Revue de la Mer |
   * English edition (automatic translation)}). A headline before its site's name reads so too when
   * every word of it is capitalised, so the caller tells them apart by where the line stands.
   */
  boolean isDatelessMasthead(int s, int e) {
    int[] date = mastheadParts(s, e);
    return date != null && date[0] < 0;
  }

  /**
   * The part of the masthead line [s, e) that is its date line as {@code {start, end}}, {@code {-1,
   * -1}} when every part is a name, or null when [s, e) is no masthead line.
   */
  private int @Nullable [] mastheadParts(int s, int e) {
    if (e - s > 2 * MAX_DATELINE || mastheadPartEnd(s, e) == e) {
      return null;
    }
    int[] date = {-1, -1};
    int parts = 0;
    boolean numbered = false; // whether a part is an issue's number or a page's counter
    int p = s;
    while (p <= e) {
      int q = mastheadPartEnd(p, e);
      int ps = Text.skipSpace(text, p, q);
      int pe = Text.trimEnd(text, ps, q);
      if (ps == pe || ++parts > MAX_MASTHEAD_PARTS) {
        return null;
      }
      if (!isName(ps, pe) && !isWeather(ps, pe)) {
        if (IssueNumbers.isIssue(text, ps, pe) || (lines.hasLetter(ps, pe) && isCountOf(ps, pe))) {
          numbered = true; // "Vol. 7, No. 12", "Episode 187", "34 min" beside the date
          p = q + 1;
          continue;
        }
        if (date[0] >= 0 && isLabelledDate(ps, pe)) {
          stampFrom = ps;
          stampTo = pe;
          p = q + 1;
          continue; // a later stamp of the same page: the first date stands
        }
        if (date[0] >= 0 || !isDateline(ps, pe)) {
          return null;
        }
        date = new int[] {ps, pe};
      }
      p = q + 1;
    }
    return parts >= 2 && !(numbered && date[0] < 0) ? date : null;
  }

  /**
   * Whether [s, e) is a dated day after a label of one or two words, perhaps ending in a colon
   * ({@code Updated 09/06/2023 16:02}, {@code Last edit: 2023.11.02 10:01}): a later stamp in a
   * masthead whose date part came before it.
   */
  private boolean isLabelledDate(int s, int e) {
    int i = s;
    for (int words = 0; words < 2 && i < e && Character.isLetter(text.charAt(i)); words++) {
      while (i < e && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i < e && text.charAt(i) == ':') {
        i++;
      }
      int next = Text.skipSpace(text, i, e);
      if (next == i) {
        return false;
      }
      i = next;
      if (i < e && Character.isDigit(text.charAt(i))) {
        return isDateline(i, e);
      }
    }
    return false;
  }

  /** The end of the masthead part starting at {@code from}: its next separator, or {@code to}. */
  private int mastheadPartEnd(int from, int to) {
    for (int q = from; q < to; q++) {
      char c = text.charAt(q);
      if (MASTHEAD_SEPARATORS.indexOf(c) >= 0
          && (c == '|' || c == '\u00b7' || c == '\u2022' || spaced(q, to))) {
        return q;
      }
    }
    return to;
  }

  private boolean spaced(int q, int to) {
    return q > 0
        && Text.isInlineSpace(text.charAt(q - 1))
        && q + 1 < to
        && Text.isInlineSpace(text.charAt(q + 1));
  }

  /** Most words of a masthead's weather part. */
  private static final int MAX_WEATHER_WORDS = 8;

  /**
   * Whether [s, e) is a masthead's weather: a temperature in degrees ({@code 48°F}, {@code 12 °C}),
   * perhaps after a place and before a few words of the sky ({@code HALIFAX, NS 12°C Fog}), with no
   * sentence's marks.
   */
  private boolean isWeather(int s, int e) {
    int degree = text.indexOf('\u00b0', s);
    if (degree < 0 || degree >= e) {
      return false;
    }
    int unit = Text.skipSpace(text, degree + 1, e);
    if (unit >= e || (text.charAt(unit) != 'F' && text.charAt(unit) != 'C')) {
      return false;
    }
    for (int p = s; p < e; p++) {
      char c = text.charAt(p);
      if (!Character.isLetterOrDigit(c) && !Text.isSpace(c) && ",.-\u00b0".indexOf(c) < 0) {
        return false;
      }
    }
    return lines.countWords(s, e) <= MAX_WEATHER_WORDS;
  }

  /**
   * Whether [s, e) is a name of a few capitalised words ({@code The Indus Ledger}, {@code
   * Politics}, a place: {@code Madrid, Spain}, {@code Washington, D.C.}), or a label of the page's
   * edition ({@code English edition (automatic translation)}), and not a byline ({@code By Jane
   * Roe}).
   */
  private boolean isName(int s, int e) {
    if (text.startsWith("By ", s)) {
      return false; // a byline among stamps, which Bylines reads
    }
    int words = 0;
    int i = s;
    while (i < e) {
      char c = text.charAt(i);
      if (Text.isSpace(c)) {
        i++;
        continue;
      }
      int j = i;
      while (j < e && !Text.isSpace(text.charAt(j))) {
        char d = text.charAt(j);
        if (!Character.isLetter(d) && "'\u2019-&().,".indexOf(d) < 0) {
          return false;
        }
        j++;
      }
      int from = text.charAt(i) == '(' ? i + 1 : i;
      int to = j;
      while (to > from && ",)".indexOf(text.charAt(to - 1)) >= 0) {
        to--; // "Madrid, Spain", "(Paris)"
      }
      String word = text.substring(from, to);
      boolean capital = from < to && Character.isUpperCase(text.charAt(from));
      if (++words > MAX_NAME_WORDS
          || (!capital
              && !EDITION_WORDS.contains(word)
              && (words == 1 || !NAME_CONNECTORS.contains(word)))) {
        return false;
      }
      i = j;
    }
    return words > 0;
  }

  /**
   * Whether [from, to) is only a time of day, or a time of day followed, between brackets, by a
   * place's name ({@code 19:48 (Paris)}), or, after a separator or between brackets, by an update
   * stamp ({@code / Updated 2 hours ago}, {@code | Last modified ...}, {@code (updated 8 Mar 2016,
   * 10:12)}) or a page's meta. The update stamp's date, if it has one, is recorded as any update
   * stamp's is.
   */
  private boolean isTimeAndStamp(int from, int to) {
    for (int p = from; p < to; p++) {
      char c = text.charAt(p);
      boolean bracket = c == '(' && text.charAt(to - 1) == ')';
      if ((bracket || DATELINE_SEPARATORS.indexOf(c) >= 0) && onlyWords(from, p, false)) {
        int end = bracket ? to - 1 : to;
        int q = Text.skipSpace(text, p + 1, end);
        if (bracket && q < end && isName(q, Text.trimEnd(text, q, end))) {
          return true; // "19:48 (Paris)": the place whose time it is
        }
        if (cues.opensWithUpdateStamp(q, end)) {
          cues.isStamp(q, end); // records the update stamp's date, if it has one
          return true;
        }
        if (isPageMeta(q, end)) {
          return true;
        }
      }
    }
    return onlyWords(from, to, false);
  }

  /**
   * Whether [from, to) is only parts of a page's meta line between separators: a time of day, a
   * reading time ({@code 4 min read}) or a count of views or comments ({@code Views: 2314}, {@code
   * 12 comments}).
   */
  boolean isPageMeta(int from, int to) {
    int p = from;
    while (p < to) {
      int q = lines.partEnd(p, to, DATELINE_SEPARATORS);
      int s = Text.skipSpace(text, p, q);
      int e = Text.trimEnd(text, s, q);
      if (s < e && !isTimeOfDay(s, e) && !isCountOf(s, e)) {
        return false;
      }
      p = q + 1;
    }
    return true;
  }

  /** Whether [s, e) is a number and a word of a page's counters, in either order. */
  private boolean isCountOf(int s, int e) {
    if (e - s > MAX_TIME || !lines.hasDigit(s, e)) {
      return false;
    }
    return lines.onlyWordsIn(s, e, PAGE_COUNTERS, ",.:()");
  }

  /** Whether [s, e) is only a time of day: digits and the words of a time ({@code 9:14 am}). */
  boolean isTimeOfDay(int s, int e) {
    return e - s <= MAX_TIME && lines.hasDigit(s, e) && onlyWords(s, e, false);
  }

  /**
   * Whether the words in [from, to) are only weekday names ({@code weekdays}) or only the words of
   * a time of day and zone ({@code at 4 pm GMT}, {@code года, 16:45}).
   */
  private boolean onlyWords(int from, int to, boolean weekdays) {
    int i = from;
    while (i < to) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < to && Character.isLetter(text.charAt(j))) {
        j++;
      }
      String word = text.substring(i, j);
      boolean allowed =
          weekdays
              ? Calendar.isWeekdayName(word)
              : word.length() <= 4
                  && (TIME_WORDS.contains(word.toLowerCase(Locale.ROOT))
                      || word.equals(word.toUpperCase(Locale.ROOT)));
      if (!allowed) {
        return false;
      }
      i = j;
    }
    return true;
  }
}
