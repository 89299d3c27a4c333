package dev.parley.io.article;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.primitives.ImmutableIntArray;
import dev.parley.io.InputParseException;
import dev.parley.io.article.BoilerplateCues.Cue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Lays out one decoded article: which lines and parts of lines are boilerplate, which is the
 * headline, how the body falls into paragraphs and sentences, and when it was published.
 *
 * <p>Line by line, in this order: a header {@code date 2022-02-15} opening a line is boilerplate
 * ({@code date-header}) and the rest of the line is body; a line opening with a cue of {@code
 * boilerplate.txt} is boilerplate under the cue's rule; a line that is a date and perhaps a time is
 * boilerplate ({@code dateline}); a short {@code By Firstname Lastname} line is a {@code byline},
 * and so is a line of such a byline and stamps between separators ({@code By Jane Roe | Published
 * October 7, 2022}); a wire dateline opening the first body line after the headline ({@code LOS
 * ANGELES, May 2, 2023 —}, {@code GENEVA, Jan 10 (Reuters) -}, {@code Berlin (dpa) -}) is
 * boilerplate ({@code agency-dateline}) and the rest of the line is body; an inline cue after the
 * end of a sentence sets the rest of its line aside. Then the first substantial remaining line is
 * the headline (shorter lines before it are {@code kicker}s), and lines repeating it, with or
 * without the site's name after its last separator ({@code Truce signed | Horn Daily}), are {@code
 * repeated-headline}. Under a related-links header ({@code Related Articles}, {@code More from}),
 * the short lines that do not end as a told sentence are the linked headlines, under the header's
 * rule. Last, working up from the end, quoted lists of short phrases and the two- or three-word
 * name line above one are an author's {@code author-bio}.
 */
final class ArticleParser {
  /** Longest line that can be a headline; a longer first line is body. */
  private static final int MAX_HEADLINE_LINE = 250;

  /** Longest headline taken from a body sentence; longer ones are cut at a space. */
  private static final int MAX_HEADLINE = 300;

  private static final int MAX_CONTAINS_LINE = 400;

  /** Longest time of day a byline part may be ({@code 11:40 a.m. GMT}). */
  private static final int MAX_TIME = 20;

  /** Most words a site's name after a headline's last separator may have. */
  private static final int MAX_SITE_WORDS = 5;

  /** The rules of headers under which a page lists links to other articles. */
  private static final ImmutableSet<String> LINK_LIST_RULES =
      ImmutableSet.of("related", "more-stories");

  /**
   * The rules of cues that head a list of links when they stand alone on their line ("Read also:"),
   * not when the line goes on with the link.
   */
  private static final ImmutableSet<String> ALONE_LINK_LIST_RULES =
      ImmutableSet.of("read-also", "see-also", "read-more");

  /** The longest line that is a link-list cue standing alone ("Read also:"). */
  private static final int MAX_ALONE_CUE = 20;

  private static final int MAX_DATELINE = 100;

  /** The longest wire dateline opening a paragraph ("BRUSSELS/LONDON, Oct 3 (Reuters) -"). */
  private static final int MAX_AGENCY_DATELINE = 90;

  /** The longest region, date or agency name between a wire dateline's commas or brackets. */
  private static final int MAX_DATELINE_CHUNK = 30;

  /** What may stand between a dateline's time and an update stamp after it. */
  private static final String DATELINE_SEPARATORS = "/|\u00b7\u2022";

  private static final int MAX_BYLINE = 80;

  /** Most words of a role after a byline's names ({@code , Staff reporter}). */
  private static final int MAX_ROLE_WORDS = 4;

  /** Most words of one part of a menu or a breadcrumb trail. */
  private static final int MAX_MENU_WORDS = 3;

  /** What separates the parts of a breadcrumb trail. */
  private static final String BREADCRUMB_SEPARATORS = ">\u00bb\u203a";

  private static final int MAX_NAME_LINE = 40;

  private final String source;
  private final String id;
  private final String text;
  private final ImmutableList<Cue> cues;
  private final ImmutableList<Cue> containsCues;
  private final ImmutableIntArray lineStarts;
  private final int lines;

  // Per line: the trimmed content [ls, le), the body part [bs, be), and boilerplate rules.
  private final int[] ls;
  private final int[] le;
  private final int[] bs;
  private final int[] be;
  private final @Nullable String[] wholeRule;
  private final @Nullable String[] prefixRule;
  private final @Nullable String[] suffixRule;
  private final int[] suffixStart;

  private @Nullable PublicationDate statedByStamp;

  /**
   * The day of the first {@code Updated}/{@code Modified} stamp with a date: the article was
   * published that day or before, so when neither a stated date nor the body gives one it is the
   * best guess.
   */
  private @Nullable PublicationDate updatedByStamp;

  /** Where the bare date of the last byline with stamps read stands, or null. */
  private int @Nullable [] bylineDate;

  private @Nullable PublicationDate statedByHeader;
  private @Nullable PublicationDate statedByDateline;
  private int datelineLine = -1;

  /** Start and end of the first wire dateline ("GENEVA, Jan 10 (Reuters)"), or null. */
  private int @Nullable [] wireDateline;

  /** Set once two distinct body lines have been seen: no wire dateline can open a later line. */
  private boolean pastOpening;

  /**
   * The positions of the line {@link #lineCue} reads at which a {@code contains} cue may match: a
   * word's start whose char begins one. Worked out once a line, when the first such cue is tried;
   * {@code containsCount} is -1 until then.
   */
  private int[] containsAt = new int[16];

  private int containsCount = -1;

  /** Where the body sentence that gives the headline starts, when no line is the headline. */
  private int headlineFrom;

  ArticleParser(String source, String id, String text, ImmutableList<Cue> cues) {
    this.source = source;
    this.id = id;
    this.text = text;
    this.cues = cues;
    this.containsCues =
        cues.stream()
            .filter(c -> c.match == BoilerplateCues.Match.CONTAINS)
            .collect(ImmutableList.toImmutableList());
    this.lineStarts = Lines.starts(text);
    this.lines = lineStarts.length();
    ls = new int[lines];
    le = new int[lines];
    bs = new int[lines];
    be = new int[lines];
    wholeRule = new String[lines];
    prefixRule = new String[lines];
    suffixRule = new String[lines];
    suffixStart = new int[lines];
  }

  Article parse() {
    for (int l = 0; l < lines; l++) {
      int start = lineStarts.get(l);
      int end = Lines.endOfLine(text, start);
      ls[l] = Text.skipSpace(text, start, end);
      le[l] = Text.trimEnd(text, ls[l], end);
      bs[l] = ls[l];
      be[l] = le[l];
      if (ls[l] < le[l]) {
        classify(l);
      }
    }
    markAuthorBio();
    markLinkLists();
    String headline = findHeadline();
    List<Paragraph> paragraphs = paragraphs();
    List<Sentence> sentences = sentences(paragraphs);
    if (sentences.isEmpty()) {
      throw noBody();
    }
    if (headline == null) {
      headline = headlineFromSentence(firstSentenceFrom(sentences, headlineFrom));
    }
    return Article.builder()
        .id(id)
        .source(source)
        .headline(headline)
        .published(publicationDate(sentences))
        .text(text)
        .paragraphs(paragraphs)
        .sentences(sentences)
        .boilerplate(boilerplate())
        .language(LanguageGuess.guess(text))
        .build();
  }

  private InputParseException noBody() {
    return InputParseException.wholeFile(
        source, "no body: every line is blank or boilerplate; an article needs a body");
  }

  private boolean hasBody(int l) {
    return wholeRule[l] == null && bs[l] < be[l];
  }

  // ---- line classification -------------------------------------------------------------

  private void classify(int l) {
    int s = ls[l];
    int e = le[l];
    int headerEnd = dateHeaderEnd(s, e);
    if (headerEnd > 0) {
      prefixRule[l] = "date-header";
      bs[l] = Text.skipSpace(text, headerEnd, e);
      if (statedByHeader == null) {
        statedByHeader =
            PublicationDate.stated(firstDatedDay(s, headerEnd), text.substring(s, headerEnd));
      }
      if (bs[l] == e) {
        wholeRule[l] = "date-header";
        prefixRule[l] = null;
        return;
      }
    } else {
      String rule = lineCue(l, s, e);
      if (rule == null && isDateline(s, e)) {
        rule = "dateline";
        if (statedByDateline == null) {
          statedByDateline = PublicationDate.stated(firstDatedDay(s, e), text.substring(s, e));
          datelineLine = l;
        }
      }
      if (rule == null && (isMenu(s, e) || isBreadcrumb(s, e))) {
        rule = "navigation";
      }
      if (rule == null && hasDigit(s, e) && hasLetter(s, e) && isPageMeta(s, e)) {
        rule = "page-meta"; // "3 min read", "Views: 2314", "Comments (214)" on a line of their own
      }
      if (rule == null && (isByline(s, e) || isStampedByline(s, e))) {
        rule = "byline";
        if (bylineDate != null && statedByDateline == null) {
          // "By Jane Roe | May 21, 2023 | 9:14 am": the byline's date is the day it was published.
          statedByDateline =
              PublicationDate.stated(
                  firstDatedDay(bylineDate[0], bylineDate[1]),
                  text.substring(bylineDate[0], bylineDate[1]));
          datelineLine = l;
        }
      }
      if (rule != null) {
        wholeRule[l] = rule;
        return;
      }
      int wireEnd = distinctBodyLinesBefore(l) <= 1 ? agencyDatelineEnd(l, s, e) : -1;
      if (wireEnd > 0) {
        prefixRule[l] = "agency-dateline";
        bs[l] = Text.skipSpace(text, wireEnd, e);
      }
    }
    inlineCue(l);
  }

  /**
   * The end of a wire dateline opening line {@code l}, after its dash, or -1: a place in capitals
   * ({@code BRUSSELS/LONDON}, {@code OHRID}), then perhaps a region or a date after commas ({@code
   * KABUL, Afghanistan}, {@code LOS ANGELES, May 2, 2023}), perhaps an agency in brackets ({@code
   * (Reuters)}), then a dash with a space after it. A date with its year states the publication
   * date.
   */
  private int agencyDatelineEnd(int l, int s, int e) {
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
      return bracketedDatelineEnd(l, s, limit);
    }
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
    }
    p = Text.skipSpace(text, p, limit);
    if (placeOnly && (p >= limit || text.charAt(p) != '(') && capitals < 5) {
      return -1;
    }
    if (p < limit && text.charAt(p) == '(') {
      int close = text.indexOf(')', p);
      if (close < 0 || close >= limit || close - p > MAX_DATELINE_CHUNK) {
        return -1;
      }
      p = Text.skipSpace(text, close + 1, limit);
    }
    if (!isDashAt(p, limit)) {
      return -1;
    }
    if (wireDateline == null) {
      wireDateline = new int[] {s, p};
    }
    for (DateMention m : DateMentions.find(text, s, p, null)) {
      if (m.precision() == DatePrecision.DAY && !m.relative() && hasYear(m.start(), m.end())) {
        if (statedByDateline == null) {
          statedByDateline = PublicationDate.stated(m.date(), text.substring(s, p).trim());
          datelineLine = l;
        }
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
  private int bracketedDatelineEnd(int l, int s, int limit) {
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
    if (wireDateline == null) {
      wireDateline = new int[] {s, dash};
    }
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

  /** Whether a dash ({@code -}, en or em dash) stands at {@code p} with a space after it. */
  private boolean isDashAt(int p, int limit) {
    return p + 1 < limit
        && "-\u2013\u2014".indexOf(text.charAt(p)) >= 0
        && Text.isInlineSpace(text.charAt(p + 1))
        && (p == 0 || Text.isInlineSpace(text.charAt(p - 1)) || text.charAt(p - 1) == ')');
  }

  private boolean isInnerHyphen(int p, int limit) {
    return text.charAt(p) == '-'
        && p > 0
        && p + 1 < limit
        && Character.isLetter(text.charAt(p - 1))
        && Character.isLetter(text.charAt(p + 1));
  }

  /** Whether [from, to) holds a run of four digits, a year. */
  private boolean hasYear(int from, int to) {
    int run = 0;
    for (int i = from; i < to; i++) {
      run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }

  /** The end of a {@code date <date>} header opening the line, or -1. */
  private int dateHeaderEnd(int s, int e) {
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
    List<DateMention> found = DateMentions.find(text, from, Math.min(to, from + 60), null);
    return found.isEmpty() ? null : found.get(0);
  }

  private LocalDate firstDatedDay(int from, int to) {
    for (DateMention m : DateMentions.find(text, from, Math.min(to, from + MAX_DATELINE), null)) {
      if (m.precision() == DatePrecision.DAY && !m.relative()) {
        return m.date();
      }
    }
    throw new IllegalStateException("no dated day in a line already checked for one");
  }

  /** The rule of the first whole-line cue that matches line {@code l}, or null. */
  private @Nullable String lineCue(int l, int s, int e) {
    containsCount = -1;
    for (Cue cue : cues) {
      boolean matched =
          switch (cue.match) {
            case START, INLINE -> cue.matchAt(text, s, e) >= 0;
            case LINE -> {
              int end = cue.matchAt(text, s, e);
              yield end >= 0 && onlyPunctuation(end, e);
            }
            case CONTAINS -> e - s <= MAX_CONTAINS_LINE && contains(cue, s, e);
            case STAMP, PUBLISHED -> {
              int after = cue.matchAt(text, s, e);
              yield after >= 0 && isStamp(cue, after, e, s);
            }
          };
      if (matched) {
        return cue.rule;
      }
    }
    return null;
  }

  private boolean onlyPunctuation(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return true;
  }

  private boolean contains(Cue cue, int s, int e) {
    if (containsCount < 0) {
      findContainsStarts(s, e);
    }
    for (int k = 0; k < containsCount; k++) {
      int p = containsAt[k];
      if (cue.mayStartAt(text, p, e) && cue.matchAt(text, p, e) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Sets {@link #containsAt} to the word starts of [s, e) at which a contains cue may start. */
  private void findContainsStarts(int s, int e) {
    containsCount = 0;
    for (int p = s; p < e; p++) {
      if ((p == s || !Character.isLetterOrDigit(text.charAt(p - 1))) && mayStartContains(p, e)) {
        if (containsCount == containsAt.length) {
          containsAt = Arrays.copyOf(containsAt, containsCount * 2);
        }
        containsAt[containsCount++] = p;
      }
    }
  }

  private boolean mayStartContains(int p, int e) {
    for (int k = 0; k < containsCues.size(); k++) {
      if (containsCues.get(k).mayStartAt(text, p, e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a stamp cue ending at {@code after} is followed by a date (or a short time note); a
   * {@code published} cue's date, with the text from {@code s}, states the publication date.
   */
  private boolean isStamp(Cue cue, int after, int e, int s) {
    int p = after;
    while (p < e && (Text.isSpace(text.charAt(p)) || ":-–|".indexOf(text.charAt(p)) >= 0)) {
      p++;
    }
    for (DateMention m : DateMentions.find(text, p, Math.min(e, p + MAX_DATELINE), null)) {
      if (m.start() - p > 20) {
        break;
      }
      if (m.precision() == DatePrecision.DAY && !m.relative()) {
        if (cue.match == BoilerplateCues.Match.PUBLISHED && statedByStamp == null) {
          statedByStamp = PublicationDate.stated(m.date(), text.substring(s, e));
        } else if (cue.match == BoilerplateCues.Match.STAMP && updatedByStamp == null) {
          updatedByStamp = PublicationDate.inferred(m.date(), text.substring(s, e));
        }
        return true;
      }
    }
    // "Updated 3 hours ago": a short remainder with a number is a stamp without a date
    return e - p <= 40 && hasDigit(p, e);
  }

  private boolean hasLetter(int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private boolean hasDigit(int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line is a dated day, perhaps after a weekday ({@code Wed 22 Nov 2023}) and before a
   * time and an update stamp ({@code / 6:14 PM / Updated 2 hours ago}), and nothing else of
   * substance.
   */
  private boolean isDateline(int s, int e) {
    if (e - s > MAX_DATELINE) {
      return false;
    }
    for (DateMention m : DateMentions.find(text, s, e, null)) {
      if (m.relative() || m.precision() != DatePrecision.DAY) {
        continue; // a weekday before the date is itself a (relative) mention
      }
      return onlyWords(s, m.start(), true) && isTimeAndStamp(m.end(), e);
    }
    return false;
  }

  /**
   * Whether [from, to) is only a time of day, or a time of day followed, after a separator, by an
   * update stamp ({@code / Updated 2 hours ago}, {@code | Last modified ...}).
   */
  private boolean isTimeAndStamp(int from, int to) {
    for (int p = from; p < to; p++) {
      if (DATELINE_SEPARATORS.indexOf(text.charAt(p)) >= 0 && onlyWords(from, p, false)) {
        int q = Text.skipSpace(text, p + 1, to);
        for (Cue cue : cues) {
          if (cue.match == BoilerplateCues.Match.STAMP && cue.matchAt(text, q, to) >= 0) {
            return true;
          }
        }
        if (isPageMeta(q, to)) {
          return true;
        }
      }
    }
    return onlyWords(from, to, false);
  }

  /**
   * Whether [from, to) is only parts of a page's meta line after a date, between separators: a time
   * of day, a reading time ({@code 4 min read}) or a count of views or comments ({@code Views:
   * 2314}, {@code 12 comments}).
   */
  private boolean isPageMeta(int from, int to) {
    int p = from;
    while (p < to) {
      int q = p;
      while (q < to && DATELINE_SEPARATORS.indexOf(text.charAt(q)) < 0) {
        q++;
      }
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
    if (e - s > MAX_TIME || !hasDigit(s, e)) {
      return false;
    }
    int i = s;
    while (i < e) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int j = i;
        while (j < e && Character.isLetter(text.charAt(j))) {
          j++;
        }
        if (!PAGE_COUNTERS.contains(text.substring(i, j).toLowerCase(Locale.ROOT))) {
          return false;
        }
        i = j;
      } else if (Character.isDigit(c) || Text.isSpace(c) || ",.:()".indexOf(c) >= 0) {
        i++;
      } else {
        return false;
      }
    }
    return true;
  }

  /** The words of a page's counters after its date: reading time, views, comments. */
  private static final ImmutableSet<String> PAGE_COUNTERS =
      ImmutableSet.of(
          "min", "mins", "minute", "minutes", "read", "views", "view", "comments", "comment");

  private static final ImmutableSet<String> TIME_WORDS =
      ImmutableSet.of("at", "am", "pm", "a", "m", "г", "года", "в", "um", "h");

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

  /**
   * Whether the line is {@code By} and a few capitalised names, perhaps with a role after a comma
   * ({@code By Jane Roe, Staff reporter}, {@code By John Doe, special correspondent}).
   */
  private boolean isByline(int s, int e) {
    if (e - s > MAX_BYLINE || !text.startsWith("By ", s)) {
      return false;
    }
    int names = 0;
    int roleWords = -1; // counted from the first comma after a name on
    int i = s + 3;
    while (i < e) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int j = i;
        while (j < e
            && (Character.isLetter(text.charAt(j)) || "'’.-".indexOf(text.charAt(j)) >= 0)) {
          j++;
        }
        String w = text.substring(i, j);
        if (roleWords >= 0) {
          if (++roleWords > MAX_ROLE_WORDS) {
            return false;
          }
        } else if (Character.isUpperCase(c)) {
          names++;
        } else if (!w.equals("and") && !w.equals("in") && !w.equals("for")) {
          return false;
        }
        i = j;
      } else if (c == ',' && names > 0 && roleWords < 0) {
        roleWords = 0;
        i++;
      } else if (Text.isSpace(c) || ",|&/".indexOf(c) >= 0) {
        i++;
      } else {
        return false;
      }
    }
    return names >= 1;
  }

  /**
   * Whether the line is a site's menu: three or more parts between separators ({@code |}, {@code
   * ·}, {@code •}), each of one to three words, the first capitalised, and no sentence's marks
   * ({@code Menu | Local | Business | Sports}).
   */
  private boolean isMenu(int s, int e) {
    if (e - s > MAX_HEADLINE_LINE) {
      return false;
    }
    int parts = 0;
    int p = s;
    while (p <= e) {
      int q = p;
      while (q < e && BYLINE_SEPARATORS.indexOf(text.charAt(q)) < 0) {
        q++;
      }
      if (!isMenuPart(Text.skipSpace(text, p, q), Text.trimEnd(text, p, q))) {
        return false;
      }
      parts++;
      p = q + 1;
    }
    return parts >= 3;
  }

  /**
   * Whether the line is a breadcrumb trail: parts between {@code >}, {@code »} or {@code ›} with
   * spaces around, every part but the last a menu part, the last capitalised and not ended by a
   * stop ({@code Business > Aerospace}, {@code Home page > World > Talks in Istanbul ended}).
   */
  private boolean isBreadcrumb(int s, int e) {
    if (e - s > MAX_HEADLINE_LINE) {
      return false;
    }
    int parts = 0;
    int from = s;
    for (int p = s + 1; p + 1 < e; p++) {
      if (BREADCRUMB_SEPARATORS.indexOf(text.charAt(p)) >= 0
          && Text.isInlineSpace(text.charAt(p - 1))
          && Text.isInlineSpace(text.charAt(p + 1))) {
        if (!isMenuPart(Text.skipSpace(text, from, p), Text.trimEnd(text, from, p))) {
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
   * language switch {@code فارسی} or {@code 中文} is), with no sentence's marks.
   */
  private boolean isMenuPart(int s, int e) {
    if (s >= e || !isCapitalOrCaseless(text.charAt(s))) {
      return false;
    }
    for (int i = s; i < e; i++) {
      if (".!?:;,\"“”()".indexOf(text.charAt(i)) >= 0) {
        return false;
      }
    }
    int words = countWords(s, e);
    return words >= 1 && words <= MAX_MENU_WORDS;
  }

  /**
   * Separators between the parts of a byline that also carries stamps ({@code By X | Published
   * ...}).
   */
  private static final String BYLINE_SEPARATORS = "|\u00b7\u2022";

  /**
   * Whether the line is a byline with stamps: parts between separators ({@code |}, {@code ·},
   * {@code •}), one a {@code By} byline and each of the others a stamp ({@code Published October 7,
   * 2022, 11:20 AM}, {@code Updated 2 hours ago}) or a bare date line. A {@code published} stamp
   * among them states the publication date.
   */
  private boolean isStampedByline(int s, int e) {
    if (e - s > MAX_HEADLINE_LINE) {
      return false;
    }
    PublicationDate before = statedByStamp;
    bylineDate = null;
    if (!isBylineAndStamps(s, e)) {
      bylineDate = null;
      statedByStamp = before;
      return false;
    }
    return true;
  }

  private boolean isBylineAndStamps(int s, int e) {
    boolean byline = false;
    int parts = 0;
    int p = s;
    while (p <= e) {
      int q = p;
      while (q < e && BYLINE_SEPARATORS.indexOf(text.charAt(q)) < 0) {
        q++;
      }
      int from = Text.skipSpace(text, p, q);
      int to = Text.trimEnd(text, from, q);
      if (from == to) {
        return false;
      }
      parts++;
      if (!byline && isByline(from, to)) {
        byline = true;
      } else if (isDateline(from, to)) {
        if (bylineDate == null) {
          bylineDate = new int[] {from, to};
        }
      } else if (!isStampPart(from, to) && !isTimeOfDay(from, to)) {
        return false;
      }
      p = q + 1;
    }
    return byline && parts > 1;
  }

  /** Whether [s, e) is only a time of day: digits and the words of a time ({@code 9:14 am}). */
  private boolean isTimeOfDay(int s, int e) {
    return e - s <= MAX_TIME && hasDigit(s, e) && onlyWords(s, e, false);
  }

  /** Whether [s, e) is a stamp cue and its date, or a date line. */
  private boolean isStampPart(int s, int e) {
    for (Cue cue : cues) {
      if (cue.match == BoilerplateCues.Match.STAMP
          || cue.match == BoilerplateCues.Match.PUBLISHED) {
        int after = cue.matchAt(text, s, e);
        if (after >= 0 && isStamp(cue, after, e, s)) {
          return true;
        }
      }
    }
    return isDateline(s, e);
  }

  /** Sets aside the rest of line {@code l} from an inline cue that follows a sentence's end. */
  private void inlineCue(int l) {
    int e = le[l];
    for (int p = bs[l]; p < e; p++) {
      if (!SentenceSplitter.isTerminator(text.charAt(p))) {
        continue;
      }
      int k = p + 1;
      while (k < e
          && (SentenceSplitter.isTerminator(text.charAt(k)) || Text.isCloser(text.charAt(k)))) {
        k++;
      }
      int a = k;
      while (a < e && Text.isInlineSpace(text.charAt(a))) {
        a++;
      }
      if (a == k || a >= e) {
        p = k - 1;
        continue;
      }
      for (Cue cue : cues) {
        if (cue.match == BoilerplateCues.Match.INLINE && cue.matchAt(text, a, e) >= 0) {
          suffixRule[l] = cue.rule;
          be[l] = Text.trimEnd(text, bs[l], a);
          suffixStart[l] = a;
          return;
        }
      }
      p = k - 1;
    }
  }

  // ---- headline and author bio -------------------------------------------------------

  /**
   * Picks the headline; returns its text, or null when the headline is to be the first sentence of
   * the body (the first line is body text: too long, or it follows a date header).
   */
  private @Nullable String findHeadline() {
    int first = -1;
    List<Integer> kickers = new ArrayList<>();
    for (int l = 0; l < lines; l++) {
      if (!hasBody(l)) {
        continue;
      }
      if (isSubstantial(bs[l], be[l])) {
        first = l;
        break;
      }
      kickers.add(l);
    }
    if (first < 0) {
      if (kickers.isEmpty()) {
        throw noBody();
      }
      return null; // only short lines: the first one is both headline and body
    }
    boolean ownLine =
        prefixRule[first] == null
            && suffixRule[first] == null
            && be[first] - bs[first] <= MAX_HEADLINE_LINE;
    String key = key(bs[first], be[first]);
    if (!ownLine || !hasBodyAfter(first, key)) {
      headlineFrom = bs[first];
      return null;
    }
    for (int l : kickers) {
      wholeRule[l] = "kicker";
    }
    wholeRule[first] = "headline";
    String withoutSite = keyWithoutSite(bs[first], be[first]);
    int separator = siteSeparator(bs[first], be[first]);
    String site = separator < 0 ? null : key(separator + 1, be[first]);
    int shown = first;
    for (int l = first + 1; l < lines; l++) {
      if (site != null && hasBody(l) && site.equals(key(bs[l], be[l]))) {
        wholeRule[l] = "site-name"; // the site's name on a line of its own, as a masthead
        continue;
      }
      if (hasBody(l)
          && prefixRule[l] == null
          && be[l] - bs[l] <= 2 * (be[first] - bs[first]) + 20) {
        String lineKey = key(bs[l], be[l]);
        if (key.equals(lineKey) || lineKey.equals(withoutSite)) {
          wholeRule[l] = "repeated-headline";
          if (shown == first && lineKey.equals(withoutSite)) {
            shown = l; // the page's own headline, without the site's name the title bar adds
          }
        }
      }
    }
    return collapseSpaces(text.substring(bs[shown], be[shown]));
  }

  /**
   * The key of a headline line without the site's name after its last separator ("Truce signed |
   * Horn Daily", "Truce signed - The Daily Post"), or null when it has none: a page repeats its
   * headline without the name.
   */
  private @Nullable String keyWithoutSite(int s, int e) {
    int separator = siteSeparator(s, e);
    return separator < 0 ? null : key(s, separator);
  }

  /**
   * Where the separator before the site's name after a headline stands ({@link #keyWithoutSite}),
   * or -1.
   */
  private int siteSeparator(int s, int e) {
    for (int i = e - 1; i > s + 2; i--) {
      char c = text.charAt(i);
      if ((c == '|' || c == '-' || c == '\u2013' || c == '\u2014')
          && Text.isInlineSpace(text.charAt(i - 1))
          && i + 1 < e
          && Text.isInlineSpace(text.charAt(i + 1))) {
        int words = countWords(i + 1, e);
        return words >= 1 && words <= MAX_SITE_WORDS ? i : -1;
      }
    }
    return -1;
  }

  private int countWords(int s, int e) {
    int words = 0;
    boolean inWord = false;
    for (int i = s; i < e; i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }

  private boolean hasBodyAfter(int first, String key) {
    for (int l = first + 1; l < lines; l++) {
      if (hasBody(l)
          && (be[l] - bs[l] > 2 * (be[first] - bs[first]) + 20 || !key.equals(key(bs[l], be[l])))) {
        return true;
      }
    }
    return false;
  }

  /** Whether [s, e) has at least two words and ten letters. */
  private boolean isSubstantial(int s, int e) {
    int letters = 0;
    int words = 0;
    boolean inWord = false;
    for (int i = s; i < e; i++) {
      boolean letter = Character.isLetter(text.charAt(i));
      if (letter) {
        letters++;
        if (!inWord) {
          words++;
        }
      }
      inWord = letter;
    }
    return words >= 2 && letters >= 10;
  }

  /** The letters and digits of [s, e), lower-cased: what makes two headlines the same. */
  private String key(int s, int e) {
    StringBuilder b = new StringBuilder(e - s);
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  private static String collapseSpaces(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Text.isSpace(c)) {
        space = true;
      } else {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String firstSentenceFrom(List<Sentence> sentences, int offset) {
    for (Sentence s : sentences) {
      if (s.end() > offset) {
        return s.text();
      }
    }
    return sentences.get(0).text();
  }

  private static String headlineFromSentence(String sentence) {
    String h = collapseSpaces(sentence);
    if (h.length() <= MAX_HEADLINE) {
      return h;
    }
    int cut = h.lastIndexOf(' ', MAX_HEADLINE);
    return h.substring(0, cut > 0 ? cut : MAX_HEADLINE);
  }

  /**
   * Working up from the end over lines that are blank or boilerplate already, sets aside an
   * author's tagline (a quoted line of short phrases, or any short quoted line under a name) and
   * the name line above it; the first line with body text is never taken.
   */
  /**
   * Sets aside the headlines listed under a related-links header ("Related Articles", "More
   * stories"): the lines after it, under the header's rule, while each is a short line that does
   * not end as a sentence does.
   */
  private void markLinkLists() {
    for (int l = 0; l < lines; l++) {
      String rule = wholeRule[l];
      boolean header =
          rule != null
              && (LINK_LIST_RULES.contains(rule)
                  || (ALONE_LINK_LIST_RULES.contains(rule) && le[l] - ls[l] <= MAX_ALONE_CUE));
      if (!header) {
        continue;
      }
      for (int k = l + 1; k < lines; k++) {
        if (ls[k] == le[k]) {
          continue;
        }
        if (wholeRule[k] != null || !isLinkLine(ls[k], le[k])) {
          break;
        }
        wholeRule[k] = rule;
        l = k;
      }
    }
  }

  /** Whether [s, e) reads as a linked headline: short, and not ended as a told sentence is. */
  private boolean isLinkLine(int s, int e) {
    if (e - s > MAX_HEADLINE_LINE) {
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

  private void markAuthorBio() {
    int firstBody = 0;
    while (firstBody < lines && !hasBody(firstBody)) {
      firstBody++;
    }
    for (int l = lines - 1; l > firstBody; l--) {
      if (ls[l] == le[l] || wholeRule[l] != null) {
        continue;
      }
      if (prefixRule[l] != null || suffixRule[l] != null || !isQuotedLine(l)) {
        return;
      }
      int above = previousNonBlank(l);
      boolean named = above > firstBody && hasBody(above) && isNameLine(above);
      if (!named && !isTaglineOfPhrases(l)) {
        return;
      }
      wholeRule[l] = "author-bio";
      if (named) {
        wholeRule[above] = "author-bio";
        l = above;
      }
    }
  }

  private int previousNonBlank(int l) {
    for (int k = l - 1; k >= 0; k--) {
      if (ls[k] < le[k]) {
        return k;
      }
    }
    return -1;
  }

  private boolean isQuotedLine(int l) {
    int s = bs[l];
    int e = be[l];
    return e - s >= 3
        && e - s <= MAX_HEADLINE
        && Text.isQuote(text.charAt(s))
        && Text.isQuote(text.charAt(e - 1));
  }

  /** Whether the quoted line is two or more phrases of at most five words each. */
  private boolean isTaglineOfPhrases(int l) {
    int phrases = 0;
    int words = 0;
    boolean inWord = false;
    for (int i = bs[l] + 1; i < be[l] - 1; i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == ';' || c == ',') {
        if (words > 0) {
          phrases++;
        }
        words = 0;
        inWord = false;
        continue;
      }
      boolean letter = Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’';
      if (letter && !inWord && ++words > 5) {
        return false;
      }
      inWord = letter;
    }
    if (words > 0) {
      phrases++;
    }
    return phrases >= 2;
  }

  /** Whether the line is a name of two or three capitalised words and nothing else. */
  private boolean isNameLine(int l) {
    int s = bs[l];
    int e = be[l];
    if (e - s > MAX_NAME_LINE) {
      return false;
    }
    int words = 0;
    int i = s;
    while (i < e) {
      char c = text.charAt(i);
      if (Text.isSpace(c)) {
        i++;
        continue;
      }
      if (!Character.isUpperCase(c)) {
        return false;
      }
      int j = i + 1;
      while (j < e && !Text.isSpace(text.charAt(j))) {
        char d = text.charAt(j);
        if (!Character.isLetter(d) && "-'’.".indexOf(d) < 0) {
          return false;
        }
        j++;
      }
      words++;
      i = j;
    }
    return words >= 2 && words <= 3;
  }

  // ---- paragraphs and sentences ------------------------------------------------------

  private List<Paragraph> paragraphs() {
    List<Paragraph> paragraphs = new ArrayList<>();
    int start = -1;
    int end = -1;
    int line = -1;
    int last = -2;
    for (int l = 0; l < lines; l++) {
      if (!hasBody(l)) {
        continue;
      }
      if (start >= 0 && continues(last, l)) {
        end = be[l];
      } else {
        if (start >= 0) {
          paragraphs.add(paragraph(paragraphs.size(), start, end, line));
        }
        start = bs[l];
        end = be[l];
        line = l + 1;
      }
      last = l;
    }
    if (start >= 0) {
      paragraphs.add(paragraph(paragraphs.size(), start, end, line));
    }
    return paragraphs;
  }

  private static Paragraph paragraph(int index, int start, int end, int line) {
    return Paragraph.builder().index(index).start(start).end(end).line(line).build();
  }

  /**
   * Whether line {@code l} continues the paragraph of line {@code previous}: they are adjacent, no
   * boilerplate stands between them, and the previous line stops mid-sentence, being long or
   * followed by a lower-case letter.
   */
  private boolean continues(int previous, int l) {
    if (previous != l - 1 || suffixRule[previous] != null || prefixRule[l] != null) {
      return false;
    }
    char lastChar = text.charAt(be[previous] - 1);
    if (SentenceSplitter.isTerminator(lastChar) || Text.isCloser(lastChar) || lastChar == ':') {
      return false;
    }
    return Character.isLowerCase(text.charAt(bs[l])) || be[previous] - bs[previous] >= 50;
  }

  private List<Sentence> sentences(List<Paragraph> paragraphs) {
    List<Sentence> sentences = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      SentenceSplitter.split(
          text,
          p.start(),
          p.end(),
          (s, e) ->
              sentences.add(
                  Sentence.builder()
                      .index(sentences.size())
                      .paragraph(p.index())
                      .start(s)
                      .end(e)
                      .line(Lines.lineOf(lineStarts, s))
                      .text(text.substring(s, e))
                      .build()));
    }
    return sentences;
  }

  // ---- boilerplate spans ---------------------------------------------------------------

  private List<Boilerplate> boilerplate() {
    List<Boilerplate> spans = new ArrayList<>();
    for (int l = 0; l < lines; l++) {
      if (wholeRule[l] != null) {
        spans.add(span(ls[l], le[l], l, wholeRule[l]));
        continue;
      }
      if (prefixRule[l] != null) {
        spans.add(span(ls[l], Text.trimEnd(text, ls[l], bs[l]), l, prefixRule[l]));
      }
      if (suffixRule[l] != null) {
        spans.add(span(suffixStart[l], le[l], l, suffixRule[l]));
      }
    }
    return spans;
  }

  private Boilerplate span(int start, int end, int l, String rule) {
    return Boilerplate.builder()
        .start(start)
        .end(end)
        .line(l + 1)
        .text(text.substring(start, end))
        .rule(rule)
        .build();
  }

  // ---- publication date ------------------------------------------------------------

  /**
   * The publication date: stated by a {@code Published}/{@code Posted} stamp, else by a {@code
   * date} header, else by a date line standing before the second body paragraph; else inferred from
   * the body (see {@link #inferred}), else from an update stamp's day (the article is no younger);
   * else unknown.
   */
  private PublicationDate publicationDate(List<Sentence> sentences) {
    if (statedByStamp != null) {
      return statedByStamp;
    }
    if (statedByHeader != null) {
      return statedByHeader;
    }
    if (statedByDateline != null && bodyLinesBefore(datelineLine) <= 1) {
      return statedByDateline;
    }
    PublicationDate inferred = inferred(sentences);
    return inferred.date().isEmpty() && updatedByStamp != null ? updatedByStamp : inferred;
  }

  /**
   * The body lines before {@code line}, while lines are still being classified: the headline is not
   * known yet, so a line that repeats the first one (perhaps without the site's name after it) does
   * not count.
   */
  private int distinctBodyLinesBefore(int line) {
    if (pastOpening) {
      return 2; // lines are classified in order, and the count only grows
    }
    int count = 0;
    String first = null;
    String firstWithoutSite = null;
    for (int l = 0; l < line && count <= 1; l++) {
      if (!hasBody(l)) {
        continue;
      }
      if (first == null) {
        first = key(bs[l], be[l]);
        firstWithoutSite = keyWithoutSite(bs[l], be[l]);
        count++;
        continue;
      }
      String k = key(bs[l], be[l]);
      if (!k.equals(first) && !k.equals(firstWithoutSite)) {
        count++;
      }
    }
    pastOpening = count > 1;
    return count;
  }

  /**
   * The body lines before {@code line}, leaving out labels: a line of one to three words with no
   * sentence's marks ({@code Africa}, {@code Menu}) is a section's name, not a paragraph.
   */
  private int bodyLinesBefore(int line) {
    int count = 0;
    for (int l = 0; l < line; l++) {
      if (hasBody(l) && !isMenuPart(bs[l], be[l])) {
        count++;
      }
    }
    return count;
  }

  private static boolean isCapitalOrCaseless(char c) {
    return Character.isUpperCase(c) || (Character.isLetter(c) && !Character.isLowerCase(c));
  }

  /**
   * Infers a publication date from the body's sentences: the reference is the latest mention that
   * carries a year and names a month or a day ({@code December 2021}); a month-day without year
   * ({@code February 15}) takes the year that puts it nearest the reference (within six months of
   * it); the inferred date is the latest day-precise date among those and the dated days, leaving
   * out deadlines and days still to come ({@link #isDeadline}), with the sentence that mentions it
   * as evidence. Years alone ({@code in 2008}) are history, not a reference. Without a reference
   * the date is unknown.
   */
  private PublicationDate inferred(List<Sentence> sentences) {
    LocalDate reference = null;
    LocalDate best = null;
    Sentence bestSentence = null;
    for (Sentence s : sentences) {
      List<DateMention> found = DateMentions.find(text, s.start(), s.end(), null);
      for (DateMention m : found) {
        if (m.precision() == DatePrecision.YEAR) {
          continue;
        }
        if (reference == null || m.date().isAfter(reference)) {
          reference = m.date();
        }
        if (m.precision() == DatePrecision.DAY
            && !isDeadline(s, m)
            && (best == null || m.date().isAfter(best))) {
          best = m.date();
          bestSentence = s;
        }
      }
    }
    if (reference == null) {
      return PublicationDate.unknown();
    }
    LocalDate anchor = reference.plusMonths(6);
    if (wireDateline != null) {
      // "GENEVA, Jan 10 (Reuters) -": the day the wire dateline states, in the reference's year.
      for (DateMention m : DateMentions.find(text, wireDateline[0], wireDateline[1], anchor)) {
        if (m.precision() == DatePrecision.DAY && (!m.relative() || hasDigit(m.start(), m.end()))) {
          return PublicationDate.inferred(
              m.date(), text.substring(wireDateline[0], wireDateline[1]).trim());
        }
      }
    }
    for (Sentence s : sentences) {
      for (DateMention m : DateMentions.find(text, s.start(), s.end(), anchor)) {
        if (m.relative()
            && m.precision() == DatePrecision.DAY
            && hasDigit(m.start(), m.end())
            && !isDeadline(s, m)
            && (best == null || m.date().isAfter(best))) {
          best = m.date();
          bestSentence = s;
        }
      }
    }
    if (best == null) {
      return PublicationDate.unknown();
    }
    return PublicationDate.inferred(best, bestSentence.text());
  }

  /** Words that make the date after them a deadline or a day still to come. */
  private static final ImmutableSet<String> AHEAD =
      ImmutableSet.of(
          "until",
          "till",
          "before",
          "by",
          "deadline",
          "expire",
          "expires",
          "expiring",
          "due",
          "scheduled",
          "next",
          "will",
          "upcoming",
          "coming",
          "face",
          "faces",
          "facing");

  /** Words before {@code to} that make it look ahead ("is to meet on", "set to vote on"). */
  private static final ImmutableSet<String> AHEAD_BEFORE_TO = ImmutableSet.of("is", "are", "set");

  /** How many words before a date may make it a day still to come; see {@link #isDeadline}. */
  private static final int AHEAD_WORDS = 5;

  /**
   * Whether a date mention is a day still to come rather than one the article reports: one of the
   * three words before it, or of the five before it within its clause, sets a deadline or looks
   * ahead ("expires on June 30", "talks resume next on March 3", "by June 1", "is due on Friday",
   * "faces a general election on November 1", "is to meet again on May 2"). Such a day says nothing
   * of when the article was written.
   */
  private boolean isDeadline(Sentence s, DateMention m) {
    int p = m.start();
    boolean clauseCrossed = false;
    String later = null;
    for (int words = 0; words < AHEAD_WORDS && p > s.start(); words++) {
      int end = p;
      while (end > s.start() && !Character.isLetter(text.charAt(end - 1))) {
        if (",;:()\"“”—".indexOf(text.charAt(end - 1)) >= 0) {
          clauseCrossed = true;
        }
        end--;
      }
      if (words >= 3 && clauseCrossed) {
        return false;
      }
      int start = end;
      while (start > s.start() && Character.isLetter(text.charAt(start - 1))) {
        start--;
      }
      if (start == end) {
        return false;
      }
      String word = Ascii.toLowerCase(text.substring(start, end));
      // "by" sets a deadline only right before the date ("by June 1"), not as an agent ("signed
      // by Obama on April 8").
      if (AHEAD.contains(word) && (words == 0 || !word.equals("by"))) {
        return true;
      }
      if ("to".equals(later) && AHEAD_BEFORE_TO.contains(word)) {
        return true;
      }
      later = word;
      p = start;
    }
    return false;
  }
}
