package dev.parley.io.article;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkPositionIndexes;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Finds the dates a span of text mentions and resolves them to calendar dates.
 *
 * <p>Recognised, in English and (for month names) Russian in any grammatical case:
 *
 * <ul>
 *   <li>numeric dates: year first, {@code 2022-02-15}, {@code 2022/02/15}, {@code 2022.02.15} (as
 *       East Asian sites write it); dotted with the year last, day first, {@code 15.02.2022};
 *       slashed or dashed with the year last, {@code 15/02/2022}, {@code 02/15/2022}, {@code
 *       15-02-2022}, read the one way their parts allow. When both readings are possible ({@code
 *       02/11/2021}: 2 November or 11 February) the span decides: a weekday name just before the
 *       date that fits only one reading, else another numeric date in the span that can be read
 *       only one way, or a time of day as day-first countries write it ({@code at 07h42}, {@code
 *       16:48} on a 24-hour clock). Without such evidence, or with evidence both ways, the date is
 *       not read: a wrong day is worse than none. Two-digit years ({@code 02/11/21}) are read only
 *       in a date line ({@link #findInDateline}); numbers within a longer run of numbers ({@code
 *       1.15.02.2022}) are not read; neither are {@code 24/7}, {@code 3/4} or {@code 2021-2022},
 *       which lack a part;
 *   <li>written dates: {@code February 15, 2022}, {@code Feb. 15 2022}, {@code 15 February 2022},
 *       {@code 15th of February}, {@code 17 февраля 2022} (precision DAY); {@code December 2021}
 *       (MONTH); a year after a preposition, {@code in 2008} (YEAR);
 *   <li>relative dates, resolved against an anchor date (usually the publication date): a month-day
 *       without year ({@code On January 26}) is the latest such day not after the anchor, or the
 *       coming one when that is at most 60 days after it ({@code on Nov. 19} early in November); a
 *       bare month after a preposition ({@code in December}) is the most recent such month not
 *       after the anchor's month ({@code last December}: strictly before it; {@code next December}:
 *       the coming one strictly after it; a deadline, {@code by December}, {@code until the end of
 *       December}, {@code no later than December} or {@code ahead of December}: the coming one,
 *       unless it is more than six months ahead and its clause is told in the past perfect, {@code
 *       by September the talks had stalled}; a month of a clause told in the future, {@code they
 *       will meet at the end of October}, {@code talks are due to resume in January}: the coming
 *       one, the anchor's month included), precision MONTH; a month-day or a weekday of a clause
 *       told in the future ({@code will vote on Thursday}, {@code are to vote on Thursday}, {@code
 *       is set to meet on Thursday}, {@code said they would strike on Sunday}) is the coming one,
 *       on or after the anchor, and one of a plan told from the past ({@code was due to vote on
 *       Thursday}, {@code were to have met}, {@code would have met}) the last; such a day or month
 *       still to come, and a deadline's month, is marked {@link DateMention#ahead}; a weekday
 *       ({@code on Thursday}, {@code Earlier Tuesday}) is the latest such day on or before the
 *       anchor ({@code last Thursday}: strictly before); {@code today}, {@code yesterday}, {@code
 *       tomorrow}; {@code last week} is the anchor minus seven days with precision DAY (a day in
 *       the week before, not a calendar week); {@code last month} and {@code last year} are the
 *       month and year before the anchor's;
 *   <li>{@code the same day}, {@code that day}, {@code the day before}, {@code the next day}:
 *       relative to the previous day-precise mention in the span, or to a previous date the caller
 *       passes.
 * </ul>
 *
 * <p>Without an anchor only mentions that carry a year resolve. A weekday directly followed by a
 * date ({@code Tuesday, February 15}) yields only the date. Scanning is linear in the span.
 */
public final class DateMentions {
  private DateMentions() {}

  /**
   * The dates mentioned in {@code text} between {@code start} and {@code end}, in order; offsets
   * index {@code text}.
   *
   * @param anchor the date relative mentions count from, or null to resolve only dated mentions
   */
  public static List<DateMention> find(
      String text, int start, int end, @Nullable LocalDate anchor) {
    return find(text, start, end, anchor, null);
  }

  /**
   * Like {@link #find(String, int, int, LocalDate)}, with the date that {@code the same day} refers
   * to before the span mentions one of its own.
   */
  public static List<DateMention> find(
      String text, int start, int end, @Nullable LocalDate anchor, @Nullable LocalDate previous) {
    checkNotNull(text, "text");
    checkPositionIndexes(start, end, text.length());
    if (!mayMention(text, start, end)) {
      return ImmutableList.of();
    }
    return new Scan(text, start, end, anchor, previous).run();
  }

  /**
   * The dates a date line or a stamp, standing apart from the body, mentions between {@code start}
   * and {@code end}: as {@link #find(String, int, int, LocalDate)} with no anchor, and a numeric
   * date may also end in a two-digit year, which a news page's date line writes for 20yy ({@code
   * 17.02.22}, {@code 2/17/22}; {@code 02/11/21} only when the order of day and month is decided as
   * it is for a four-digit year). Running text is not read this way: there {@code 3/4/22} may be a
   * score or a ratio. A numeric date that could be read either way and that the span does not
   * decide is read in {@code pageOrder}, the order the page's other date lines and stamps show.
   */
  static List<DateMention> findInDateline(String text, int start, int end, DateOrder pageOrder) {
    Scan scan = datelineScan(text, start, end);
    if (scan == null) {
      return ImmutableList.of();
    }
    scan.pageOrder = pageOrder;
    return scan.run();
  }

  /**
   * The order of day and month the numeric dates of a date line or a stamp between {@code start}
   * and {@code end} show by themselves: a date that reads only one way, a dotted date, a time as
   * day-first countries write it.
   */
  static DateOrder orderShown(String text, int start, int end) {
    Scan scan = datelineScan(text, start, end);
    return scan == null ? DateOrder.UNDECIDED : scan.numericOrder();
  }

  /**
   * Whether a date line or a stamp between {@code start} and {@code end} has a numeric date that
   * could be read either way and that nothing in it decides ({@code Published 02/11/2021}).
   */
  static boolean hasUndecidedDate(String text, int start, int end) {
    Scan scan = datelineScan(text, start, end);
    if (scan == null) {
      return false;
    }
    scan.run();
    return scan.undecided;
  }

  /** Any day, for resolving mentions only to learn what they name. */
  private static final LocalDate ANY_DAY = LocalDate.of(2000, 6, 15);

  /**
   * Whether [start, end) writes a day of a month in figures, with or without its year ({@code 24
   * December 2020}, {@code 3 March}, {@code Tuesday 14 June}, {@code 2021-05-04}): a day a heading
   * can name without the page's date to resolve it. A weekday alone, {@code today} or a month alone
   * names none.
   */
  static boolean namesADay(String text, int start, int end) {
    checkPositionIndexes(start, end, text.length());
    if (!mayMention(text, start, end)) {
      return false;
    }
    for (DateMention m : new Scan(text, start, end, ANY_DAY, null).run()) {
      if (m.precision() == DatePrecision.DAY && hasDigit(m.text())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  private static @Nullable Scan datelineScan(String text, int start, int end) {
    checkPositionIndexes(start, end, text.length());
    if (!mayMention(text, start, end)) {
      return null;
    }
    Scan scan = new Scan(text, start, end, null, null);
    scan.shortYears = true;
    return scan;
  }

  /**
   * The first three letters of the English month and weekday names, lower case, each packed as
   * {@link #packed3} packs them.
   */
  private static final int[] NAME_PREFIXES =
      Stream.of(
              "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
              "mon", "tue", "wed", "thu", "fri", "sat", "sun")
          .mapToInt(p -> packed3(p, 0))
          .sorted()
          .toArray();

  /** The words without which no relative mention other than a named day or month is read. */
  private static final String[] RELATIVE_NOUNS = {
    "today",
    "yesterday",
    "tomorrow",
    "day",
    "week",
    "month",
    "year",
    "days",
    "weeks",
    "months",
    "years"
  };

  /**
   * Whether the span may mention a date at all: it has a digit, a Cyrillic letter, a capitalised
   * word that begins as a month or weekday name does, or one of {@link #RELATIVE_NOUNS}. Every
   * mention {@link Scan} reads has one of these, so a span without them is passed over without
   * being tokenized; most sentences of news prose are such spans.
   */
  static boolean mayMention(String text, int start, int end) {
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if ((c >= '0' && c <= '9') || (c >= '\u0400' && c <= '\u04ff')) {
        return true;
      }
      if (!isLetter(c)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < end && isLetter(text.charAt(j))) {
        c = text.charAt(j);
        if (c >= '\u0400' && c <= '\u04ff') {
          return true;
        }
        j++;
      }
      if (isDateWord(text, i, j)) {
        return true;
      }
      i = j;
    }
    return false;
  }

  /** {@link Character#isLetter(char)}, with the answer for ASCII chars worked out inline. */
  private static boolean isLetter(char c) {
    if (c < 0x80) {
      char lower = (char) (c | 0x20);
      return lower >= 'a' && lower <= 'z';
    }
    return Character.isLetter(c);
  }

  private static boolean isDateWord(String text, int from, int to) {
    int length = to - from;
    if (length < 3 || length > 9) {
      return false;
    }
    char first = text.charAt(from);
    if (Character.isUpperCase(first)
        && Arrays.binarySearch(NAME_PREFIXES, packed3(text, from)) >= 0) {
      return true;
    }
    switch (first | 0x20) {
      case 't', 'y', 'd', 'w', 'm' -> {
        for (String noun : RELATIVE_NOUNS) {
          if (noun.length() == length
              && noun.charAt(0) == (first | 0x20)
              && text.regionMatches(true, from, noun, 0, length)) {
            return true;
          }
        }
        return false;
      }
      default -> {
        return false;
      }
    }
  }

  /**
   * Three ASCII chars from {@code from}, lower cased, in one int; -1 if one of them is not ASCII.
   */
  private static int packed3(String text, int from) {
    int packed = 0;
    for (int i = from; i < from + 3; i++) {
      char c = text.charAt(i);
      if (c > 0x7f) {
        return -1;
      }
      packed = packed << 8 | (c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    }
    return packed;
  }

  /** One pass over the tokens of a span. */
  /**
   * One thread's arrays for its scans, kept from span to span so that a scan allocates none; a scan
   * of a long span keeps its own.
   */
  private static final class Scratch {
    /** Arrays of more than this many elements are not kept. */
    static final int KEPT = 1 << 12;

    char[] chars = new char[256];
    int[] kind = new int[64];
    int[] from = new int[64];
    int[] to = new int[64];
    String[] lowers = new String[64];
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private static final class Scan {
    private static final int WORD = 0;
    private static final int NUMBER = 1;
    private static final int PUNCT = 2;
    private static final int MAX_WORD = 12;

    private final String text;
    private final @Nullable LocalDate anchor;
    private @Nullable LocalDate previous;
    private final ImmutableList.Builder<DateMention> found = ImmutableList.builder();

    private int[] kind;
    private int[] from;
    private int[] to;
    private int n;
    private String[] lowers;

    /** Set by {@link #monthAt}: the month of the last month word read. */
    private int month;

    /** Set by {@link #dayAt}: the day of the last day number read. */
    private int day;

    /** Whether a numeric date's year may be written with two digits, as a date line's may. */
    private boolean shortYears;

    /**
     * The order of day and month the rest of the page shows, for a numeric date that could be read
     * either way and that its span does not decide.
     */
    private DateOrder pageOrder = DateOrder.UNDECIDED;

    /** Set when a numeric date that could be read either way was left unread. */
    private boolean undecided;

    Scan(
        String text, int start, int end, @Nullable LocalDate anchor, @Nullable LocalDate previous) {
      this.text = text;
      this.anchor = anchor;
      this.previous = previous;
      Scratch scratch = SCRATCH.get();
      kind = scratch.kind;
      from = scratch.from;
      to = scratch.to;
      tokenize(start, end, scratch);
      if (kind.length <= Scratch.KEPT) {
        scratch.kind = kind;
        scratch.from = from;
        scratch.to = to;
      }
      lowers = scratch.lowers;
      if (lowers.length < n) {
        lowers = new String[n];
        if (n <= Scratch.KEPT) {
          scratch.lowers = lowers;
        }
      } else {
        Arrays.fill(lowers, 0, n, null);
      }
    }

    private void tokenize(int start, int end, Scratch scratch) {
      // The span's chars, read once: an index into them is an offset less start.
      char[] chars = scratch.chars;
      if (chars.length < end - start) {
        chars = new char[end - start];
        if (chars.length <= Scratch.KEPT) {
          scratch.chars = chars;
        }
      }
      text.getChars(start, end, chars, 0);
      int i = start;
      while (i < end) {
        char c = chars[i - start];
        if (Text.isSpace(c)) {
          i++;
        } else if (isLetter(c)) {
          int j = i + 1;
          while (j < end && isLetter(chars[j - start])) {
            j++;
          }
          add(WORD, i, j);
          i = j;
        } else if (c >= '0' && c <= '9') {
          int j = i + 1;
          while (j < end && chars[j - start] >= '0' && chars[j - start] <= '9') {
            j++;
          }
          add(NUMBER, i, j);
          i = j;
        } else {
          add(PUNCT, i, i + 1);
          i++;
        }
      }
    }

    private void add(int k, int f, int t) {
      if (n == kind.length) {
        int size = n * 2;
        kind = Arrays.copyOf(kind, size);
        from = Arrays.copyOf(from, size);
        to = Arrays.copyOf(to, size);
      }
      kind[n] = k;
      from[n] = f;
      to[n] = t;
      n++;
    }

    List<DateMention> run() {
      int i = 0;
      while (i < n) {
        if (!mayStartMention(i)) {
          i++;
          continue;
        }
        int next = absoluteAt(i);
        if (next < 0) {
          next = relativeAt(i);
        }
        i = next > i ? next : i + 1;
      }
      return found.build();
    }

    /**
     * Whether a mention may start at token {@code i}: a number, a Cyrillic word, a capitalised word
     * of 3 to 9 letters with the initial of an English month or weekday, or one of the words a
     * relative mention starts with. Every other token is one at which {@link #absoluteAt} and
     * {@link #relativeAt} find nothing, so the scan passes it without reading it as a word.
     */
    private boolean mayStartMention(int i) {
      if (kind[i] == NUMBER) {
        return true;
      }
      if (kind[i] != WORD) {
        return false;
      }
      char c = text.charAt(from[i]);
      if (isCyrillic(c)) {
        return true;
      }
      int length = to[i] - from[i];
      if (length < 3 || length > 9) {
        return false;
      }
      if (Character.isUpperCase(c) && MONTH_AND_WEEKDAY_INITIALS.indexOf(lower(c)) >= 0) {
        return true;
      }
      char initial = c < 0x80 ? (char) (c | 0x20) : 0; // a non-ASCII initial may fold to any
      for (String w : RELATIVE_WORDS) {
        if (w.length() == length
            && (initial == 0 || w.charAt(0) == initial)
            && text.regionMatches(true, from[i], w, 0, length)) {
          return true;
        }
      }
      return false;
    }

    private static final String MONTH_AND_WEEKDAY_INITIALS = "jfmasondtw";

    /** The words {@link #relativeAt} reads without a capital: see its switch. */
    private static final String[] RELATIVE_WORDS = {
      "today",
      "yesterday",
      "tomorrow",
      "last",
      "same",
      "that",
      "previous",
      "following",
      "next",
      "day",
      "week",
      "month",
      "this",
      "later",
      "earlier",
      "ago"
    };

    private static char lower(char c) {
      return Character.toLowerCase(c);
    }

    private static boolean isCyrillic(char c) {
      return c >= '\u0400' && c <= '\u04ff';
    }

    // ---- token helpers ------------------------------------------------------------------

    private String word(int i) {
      if (i < 0 || i >= n || kind[i] != WORD || to[i] - from[i] > MAX_WORD) {
        return "";
      }
      return text.substring(from[i], to[i]);
    }

    /** The lower-case word at {@code i} (computed once per token), or "" when none. */
    private String lowerWord(int i) {
      if (i < 0 || i >= n || kind[i] != WORD || to[i] - from[i] > MAX_WORD) {
        return "";
      }
      String lower = lowers[i];
      if (lower == null) {
        lower = text.substring(from[i], to[i]).toLowerCase(Locale.ROOT);
        lowers[i] = lower;
      }
      return lower;
    }

    /** Whether the word at {@code i} could name a month or weekday: capitalised or Cyrillic. */
    private boolean mayBeName(int i) {
      if (i < 0 || i >= n || kind[i] != WORD) {
        return false;
      }
      char c = text.charAt(from[i]);
      return Character.isUpperCase(c) || isCyrillic(c);
    }

    private int number(int i, int minDigits, int maxDigits) {
      if (i < 0 || i >= n || kind[i] != NUMBER) {
        return -1;
      }
      int len = to[i] - from[i];
      if (len < minDigits || len > maxDigits) {
        return -1;
      }
      return Integer.parseInt(text, from[i], to[i], 10);
    }

    private boolean punct(int i, char c) {
      return i >= 0 && i < n && kind[i] == PUNCT && text.charAt(from[i]) == c;
    }

    private boolean adjacent(int i, int j) {
      return i >= 0 && j < n && to[i] == from[j];
    }

    /** Reads a day number at {@code i}, with an ordinal suffix; the index after it, or -1. */
    private int dayAt(int i) {
      int d = number(i, 1, 2);
      if (d < 1 || d > 31) {
        return -1;
      }
      int next = i + 1;
      String suffix = lowerWord(next);
      if (adjacent(i, next)) {
        if (suffix.equals("st")
            || suffix.equals("nd")
            || suffix.equals("rd")
            || suffix.equals("th")) {
          next++;
        } else if (kind[next] == WORD || kind[next] == NUMBER) {
          return -1;
        } else if (punct(next, ':') || (punct(next, '.') && kind(next + 1) == NUMBER)) {
          return -1; // a time or a decimal, not a day
        }
      }
      day = d;
      return next;
    }

    private int kind(int i) {
      return i >= 0 && i < n ? kind[i] : -1;
    }

    /**
     * Reads a month name at {@code i} (and an abbreviation's full stop); the index after, or -1.
     */
    private int monthAt(int i) {
      if (!mayBeName(i)) {
        return -1;
      }
      String w = word(i);
      if (w.isEmpty()) {
        return -1;
      }
      int m = Calendar.englishMonth(w);
      if (m == 0) {
        m = Calendar.russianMonth(w);
      }
      int next = i + 1;
      if (m == 0) {
        m = Calendar.englishAbbreviation(w);
        if (m != 0 && punct(next, '.') && adjacent(i, next)) {
          next++;
        }
      }
      if (m == 0) {
        return -1;
      }
      month = m;
      return next;
    }

    /** Reads a four-digit year at {@code i}; the year, or -1. */
    private int yearAt(int i) {
      int y = number(i, 4, 4);
      if (y < 1000 || y > 2999) {
        return -1;
      }
      if (i + 1 < n && adjacent(i, i + 1) && kind[i + 1] != PUNCT) {
        return -1;
      }
      return y;
    }

    private int skipComma(int i) {
      return punct(i, ',') ? i + 1 : i;
    }

    /** The token after the last mention emitted: a later mention starts at or after it. */
    private int emittedTo;

    private void emit(int first, int last, LocalDate date, DatePrecision precision, boolean rel) {
      emit(first, last, date, precision, rel, false);
    }

    /**
     * Emits a mention, {@code ahead} when it is of a day still to come ({@link DateMention#ahead}).
     */
    private void emit(
        int first, int last, LocalDate date, DatePrecision precision, boolean rel, boolean ahead) {
      emittedTo = last + 1;
      found.add(
          DateMention.builder()
              .start(from[first])
              .end(to[last])
              .text(text.substring(from[first], to[last]))
              .date(date)
              .precision(precision)
              .relative(rel)
              .ahead(ahead)
              .build());
      if (precision == DatePrecision.DAY) {
        previous = date;
      }
    }

    private static @Nullable LocalDate date(int year, int month, int day) {
      try {
        return LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        return null;
      }
    }

    // ---- absolute and month-day dates ----------------------------------------------------

    /** Matches a date written with a month or numerically at {@code i}; the index after, or -1. */
    private int absoluteAt(int i) {
      int next = numericAt(i);
      if (next < 0) {
        next = dayMonthAt(i);
      }
      if (next < 0) {
        next = monthFirstAt(i);
      }
      return next;
    }

    /**
     * Reads a numeric date at {@code i}: year first ({@code 2022-02-15}, {@code 2022/02/15}, {@code
     * 2022.02.15}) or year last with day and month in either order ({@code 15.02.2022}, {@code
     * 15/02/2022}, {@code 02/15/2022}, {@code 15-02-2022}); the index after, or -1. A date that is
     * part of a longer run of numbers and separators ({@code 1.15.02.2022}, a phone number) is
     * none.
     */
    private int numericAt(int i) {
      if (i + 4 >= n || !adjacent(i, i + 1) || !adjacent(i + 1, i + 2)) {
        return -1;
      }
      if (!adjacent(i + 2, i + 3) || !adjacent(i + 3, i + 4) || kind[i + 1] != PUNCT) {
        return -1;
      }
      char sep = text.charAt(from[i + 1]);
      if (!punct(i + 3, sep) || (sep != '-' && sep != '/' && sep != '.')) {
        return -1;
      }
      if (adjacent(i + 4, i + 5)
          && (kind[i + 5] == NUMBER || (punct(i + 5, sep) && kind(i + 6) == NUMBER))) {
        return -1;
      }
      if (kind(i - 2) == NUMBER && adjacent(i - 2, i - 1) && adjacent(i - 1, i)) {
        char before = text.charAt(from[i - 1]);
        if (kind[i - 1] == PUNCT && (before == '-' || before == '/' || before == '.')) {
          return -1;
        }
      }
      LocalDate d = null;
      int y = number(i, 4, 4);
      if (y > 0) {
        int m = number(i + 2, 1, 2);
        int dd = number(i + 4, 1, 2);
        d = m > 0 && dd > 0 ? date(y, m, dd) : null;
      } else {
        int a = number(i, 1, 2);
        int b = number(i + 2, 1, 2);
        int year = lastYearAt(i + 4);
        if (a > 0 && b > 0 && year > 0) {
          d = dayAndMonth(i, sep, a, b, year);
        }
      }
      if (d == null) {
        return -1;
      }
      emit(i, i + 4, d, DatePrecision.DAY, false);
      return i + 5;
    }

    /**
     * The year ending a numeric date at {@code i}: four digits, or two (20yy) when {@link
     * #shortYears} allows; -1 when there is none.
     */
    private int lastYearAt(int i) {
      int y = number(i, 4, 4);
      if (y >= 1000 && y <= 2999) {
        return y;
      }
      int yy = shortYears ? number(i, 2, 2) : -1;
      return yy >= 0 ? 2000 + yy : -1;
    }

    /**
     * The date of the numeric date at {@code i} with parts {@code a} and {@code b} before the year,
     * or null. Dotted dates are day first; a slashed or dashed date is read the one way its parts
     * allow ({@code 15/02/2022}, {@code 02/15/2022}), and when both readings are possible ({@code
     * 02/11/2021}) by the evidence {@link #numericOrder} and {@link #weekdayOrder} find, and not at
     * all when there is none or it disagrees.
     */
    private @Nullable LocalDate dayAndMonth(int i, char sep, int a, int b, int year) {
      if (sep == '.' || a > 12 || a == b) {
        return date(year, b, a);
      }
      if (b > 12) {
        return date(year, a, b);
      }
      DateOrder order = weekdayOrder(i, a, b, year);
      if (order == DateOrder.UNDECIDED) {
        order = numericOrder();
      }
      if (order == DateOrder.UNDECIDED) {
        order = pageOrder;
      }
      undecided |= order == DateOrder.UNDECIDED;
      return switch (order) {
        case DAY_FIRST -> date(year, b, a);
        case MONTH_FIRST -> date(year, a, b);
        case UNDECIDED -> null;
      };
    }

    /** The order {@link #numericOrder} found for this span, or null before it has looked. */
    private @Nullable DateOrder spanOrder;

    /**
     * The order of day and month a full weekday name just before the numeric date at {@code i}
     * ({@code Tuesday, 02/11/2021}) agrees with, when it agrees with only one; else {@link
     * DateOrder#UNDECIDED}.
     */
    private DateOrder weekdayOrder(int i, int a, int b, int year) {
      int w = punct(i - 1, ',') ? i - 2 : i - 1;
      DayOfWeek weekday = mayBeName(w) ? Calendar.weekday(word(w)) : null;
      if (weekday == null) {
        return DateOrder.UNDECIDED;
      }
      LocalDate dayFirst = date(year, b, a);
      LocalDate monthFirst = date(year, a, b);
      boolean dayFirstFits = dayFirst != null && dayFirst.getDayOfWeek() == weekday;
      boolean monthFirstFits = monthFirst != null && monthFirst.getDayOfWeek() == weekday;
      if (dayFirstFits == monthFirstFits) {
        return DateOrder.UNDECIDED;
      }
      return dayFirstFits ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
    }

    /**
     * The order of day and month the span's other numbers show, looked for once a span: a numeric
     * date that can be read only one way ({@code 22/01/2024}, {@code 01/22/2024}), a dotted date,
     * or a time of day as day-first countries write it ({@code 07h42}, or {@code 16:48} on a
     * 24-hour clock), which is day first. {@link DateOrder#UNDECIDED} when there is no such
     * evidence or it points both ways.
     */
    private DateOrder numericOrder() {
      if (spanOrder != null) {
        return spanOrder;
      }
      boolean dayFirst = false;
      boolean monthFirst = false;
      for (int k = 0; k + 2 < n; k++) {
        if (kind[k] != NUMBER || !adjacent(k, k + 1) || !adjacent(k + 1, k + 2)) {
          continue;
        }
        int a = number(k, 1, 2);
        int b = number(k + 2, 1, 2);
        if (a < 0 || b < 0) {
          continue;
        }
        if (kind[k + 1] == PUNCT
            && punct(k + 3, text.charAt(from[k + 1]))
            && lastYearAt(k + 4) > 0) {
          char sep = text.charAt(from[k + 1]);
          if (sep == '.' || ((sep == '/' || sep == '-') && a > 12 && b <= 12)) {
            dayFirst = true;
          } else if ((sep == '/' || sep == '-') && b > 12 && a <= 12) {
            monthFirst = true;
          }
        } else if (isEuropeanTime(k, a, b)) {
          dayFirst = true;
        }
      }
      spanOrder =
          dayFirst == monthFirst
              ? DateOrder.UNDECIDED
              : dayFirst ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
      return spanOrder;
    }

    /**
     * Whether tokens {@code k} to {@code k + 2} are a time of day written {@code 07h42}, or {@code
     * 16:48} with an hour after noon and no {@code am}/{@code pm}.
     */
    private boolean isEuropeanTime(int k, int hour, int minute) {
      if (hour > 23 || minute > 59 || to[k + 2] - from[k + 2] != 2) {
        return false;
      }
      if (kind[k + 1] == WORD) {
        return to[k + 1] - from[k + 1] == 1 && text.charAt(from[k + 1]) == 'h';
      }
      return hour >= 13 && punct(k + 1, ':');
    }

    private int dayMonthAt(int i) {
      int j = dayAt(i);
      if (j < 0) {
        return -1;
      }
      int d = day;
      if (j == i + 1 && (punct(j, '/') || punct(j, '-'))) {
        return joinedDayMonthAt(i, d);
      }
      if (lowerWord(j).equals("of") && monthAt(j + 1) > 0) {
        j++;
      }
      int k = monthAt(j);
      if (k < 0) {
        return -1;
      }
      return finishDay(i, k, month, d);
    }

    /**
     * Reads a day, a month's name and a year joined by slashes or dashes at {@code i} ({@code
     * 23/June/2021}, {@code 23-Jun-2021}, and in a date line {@code 23-Jun-21}); the index after,
     * or -1. The month's name fixes the order, so the date reads only one way.
     */
    private int joinedDayMonthAt(int i, int d) {
      char sep = text.charAt(from[i + 1]);
      if (!adjacent(i, i + 1) || !adjacent(i + 1, i + 2)) {
        return -1;
      }
      int k = monthAt(i + 2);
      if (k != i + 3 || !punct(k, sep) || !adjacent(k - 1, k) || !adjacent(k, k + 1)) {
        return -1; // "Jun." with its stop, or no separator of the same kind after the month
      }
      int y = yearAt(k + 1);
      if (y < 0 && shortYears) {
        y = shortYearAt(k + 1);
      }
      LocalDate date = y > 0 ? date(y, month, d) : null;
      if (date == null) {
        return -1;
      }
      emit(i, k + 1, date, DatePrecision.DAY, false);
      return k + 2;
    }

    /**
     * A two-digit year (20yy) standing alone at {@code i}, as a date line may write it after a
     * month's name ({@code 14 Nov 11}, {@code 23-Jun-21}); -1 when the number goes on as a time
     * ({@code 11:30}, {@code 11.30}, {@code 11 am}) or a longer number.
     */
    private int shortYearAt(int i) {
      int yy = number(i, 2, 2);
      if (yy < 0) {
        return -1;
      }
      if (adjacent(i, i + 1) && kind[i + 1] != PUNCT) {
        return -1;
      }
      if (adjacent(i, i + 1) && (punct(i + 1, ':') || punct(i + 1, '.') || punct(i + 1, '/'))) {
        return -1;
      }
      String after = lowerWord(i + 1);
      if (after.equals("am")
          || after.equals("pm")
          || after.equals("a")
          || after.equals("p")
          || after.equals("h")) {
        return -1;
      }
      return 2000 + yy;
    }

    private int monthFirstAt(int i) {
      int j = monthAt(i);
      if (j < 0) {
        return -1;
      }
      int m = month;
      int k = dayAt(j);
      if (k >= 0) {
        return finishDay(i, k, m, day);
      }
      int last = yearIndexAfter(j);
      int y = yearAt(last);
      if (y > 0) {
        emit(i, last, LocalDate.of(y, m, 1), DatePrecision.MONTH, false);
        return last + 1;
      }
      return -1;
    }

    /**
     * Where the year after a month read up to {@code next} may stand: after a comma, or after "of"
     * as a translation writes it ("March of 2015", "the 4th of May of 2021").
     */
    private int yearIndexAfter(int next) {
      return lowerWord(next).equals("of") && kind(next + 1) == NUMBER ? next + 1 : skipComma(next);
    }

    /** Completes a day and month read from token {@code first} up to {@code next} with a year. */
    private int finishDay(int first, int next, int m, int d) {
      int yearIndex = yearIndexAfter(next);
      int y = yearAt(yearIndex);
      if (y < 0 && shortYears && yearIndex == next && kind(first) == NUMBER) {
        y = shortYearAt(yearIndex); // "14 Nov 11": the day first, the year right after the month
      }
      if (y > 0) {
        LocalDate date = date(y, m, d);
        if (date == null) {
          return -1;
        }
        emit(first, yearIndex, date, DatePrecision.DAY, false);
        return yearIndex + 1;
      }
      if (date(2000, m, d) == null) {
        return -1; // no such day in any year
      }
      if (anchor != null) {
        boolean future = toldAsFuture(first, next - 1);
        LocalDate date = future ? coming(anchor, m, d) : nearest(anchor, m, d);
        if (date != null) {
          emit(first, next - 1, date, DatePrecision.DAY, true, future);
        }
      }
      return next;
    }

    /**
     * The day {@code m}/{@code d} on or after the anchor, for a clause told in the future ("talks
     * will resume on January 8" in November).
     */
    private static @Nullable LocalDate coming(LocalDate anchor, int m, int d) {
      for (int y = anchor.getYear(); y <= anchor.getYear() + 1; y++) {
        LocalDate ahead = date(y, m, d);
        if (ahead != null && !ahead.isBefore(anchor)) {
          return ahead;
        }
      }
      return null;
    }

    /** How far after the anchor a month-day without year may fall: news looks ahead weeks. */
    private static final int DAYS_AHEAD = 60;

    /**
     * The day {@code m}/{@code d} a text of the anchor's day means: the coming one when it falls
     * within {@value #DAYS_AHEAD} days after the anchor ("on Nov. 19" in early November, "on Jan.
     * 10" in late December), else the latest one not after the anchor ("On December 20" in early
     * January, "On August 17" in February).
     */
    private static @Nullable LocalDate nearest(LocalDate anchor, int m, int d) {
      for (int y = anchor.getYear(); y <= anchor.getYear() + 1; y++) {
        LocalDate ahead = date(y, m, d);
        if (ahead != null
            && ahead.isAfter(anchor)
            && ahead.toEpochDay() - anchor.toEpochDay() <= DAYS_AHEAD) {
          return ahead;
        }
      }
      for (int y = anchor.getYear(); y >= anchor.getYear() - 1; y--) {
        LocalDate past = date(y, m, d);
        if (past != null && !past.isAfter(anchor)) {
          return past;
        }
      }
      return null;
    }

    // ---- relative mentions ---------------------------------------------------------------

    private int relativeAt(int i) {
      if (kind[i] == NUMBER) {
        return yearAloneAt(i);
      }
      if (kind[i] != WORD) {
        return -1;
      }
      String lower = lowerWord(i);
      boolean name = mayBeName(i);
      DayOfWeek weekday = name ? Calendar.weekday(word(i)) : null;
      if (weekday != null) {
        return weekdayAt(i, weekday);
      }
      return switch (lower) {
        case "today" -> anchored(i, i, 0);
        case "yesterday" -> anchored(i, i, -1);
        case "tomorrow" -> anchored(i, i, 1);
        case "last" -> periodAt(i, -1);
        case "this" -> periodAt(i, 0);
        case "next" -> lowerWord(i - 1).equals("the") ? sameDayAt(i, lower) : periodAt(i, 1);
        case "later", "earlier", "ago" -> countedAt(i, lower);
        case "same", "that", "previous", "following", "day", "week", "month" -> sameDayAt(i, lower);
        default -> name && Calendar.isFullMonthName(word(i)) ? monthAloneAt(i) : -1;
      };
    }

    private int anchored(int first, int last, int days) {
      if (anchor == null) {
        return -1;
      }
      emit(first, last, anchor.plusDays(days), DatePrecision.DAY, true);
      return last + 1;
    }

    private int weekdayAt(int i, DayOfWeek weekday) {
      int dated = absoluteAt(skipComma(i + 1));
      if (dated >= 0) {
        return dated; // "Tuesday, February 15": the date is the mention
      }
      String before = lowerWord(i - 1);
      if (anchor == null || before.equals("next") || before.equals("this")) {
        return -1;
      }
      int back = (anchor.getDayOfWeek().getValue() - weekday.getValue() + 7) % 7;
      if (back == 0 && before.equals("last")) {
        back = 7;
      }
      int first = before.equals("last") ? i - 1 : i;
      if (!before.equals("last") && toldAsFuture(i, i)) {
        // "will vote on Thursday": the coming one, the anchor's day included
        int ahead = (weekday.getValue() - anchor.getDayOfWeek().getValue() + 7) % 7;
        emit(first, i, anchor.plusDays(ahead), DatePrecision.DAY, true, true);
        return i + 1;
      }
      emit(first, i, anchor.minusDays(back), DatePrecision.DAY, true);
      return i + 1;
    }

    /**
     * "last week", "this month", "next year": the period before the anchor's, its own or the one
     * after ("earlier this month", "late last month"); a week is a day in it, seven days on, as
     * {@link #emitMoved} counts, and "this week" fixes no day. "The next week" counts from the day
     * told before ({@link #sameDayAt}).
     */
    private int periodAt(int i, int shift) {
      String what = lowerWord(i + 1);
      int unit = what.endsWith("s") ? NO_UNIT : unitOf(what);
      if (anchor == null || unit == NO_UNIT || unit == DAYS || (unit == WEEKS && shift == 0)) {
        return -1;
      }
      if (lowerWord(i + 2).equals("of")) {
        return -1; // "the last week of June": a part of the month named after it
      }
      emitMoved(partStart(i), i + 1, anchor, unit, shift);
      return i + 2;
    }

    private static final int NO_UNIT = 0;
    private static final int DAYS = 1;
    private static final int WEEKS = 2;
    private static final int MONTHS = 3;
    private static final int YEARS = 4;

    /** The unit a word names, singular or plural ("day", "weeks"), or {@link #NO_UNIT}. */
    private static int unitOf(String word) {
      String singular =
          word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
      return switch (singular) {
        case "day" -> DAYS;
        case "week" -> WEEKS;
        case "month" -> MONTHS;
        case "year" -> YEARS;
        default -> NO_UNIT;
      };
    }

    /** Counts written as words before a unit ("two days later", "a week earlier"). */
    private static final ImmutableList<String> COUNT_WORDS =
        ImmutableList.of(
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve");

    /** The count at token {@code i}: "a", "an", a number word up to twelve or digits; else -1. */
    private int countAt(int i) {
      int digits = number(i, 1, 2);
      if (digits > 0) {
        return digits;
      }
      String w = lowerWord(i);
      if (w.equals("a") || w.equals("an")) {
        return 1;
      }
      int index = COUNT_WORDS.indexOf(w);
      return index < 0 ? -1 : index + 1;
    }

    /**
     * Emits {@code base} moved by {@code count} units, with the precision the unit fixes: days and
     * weeks a day (a week on is a day in that week, as "last week" is), months a month, years a
     * year.
     */
    private void emitMoved(int first, int last, LocalDate base, int unit, int count) {
      switch (unit) {
        case DAYS -> emit(first, last, base.plusDays(count), DatePrecision.DAY, true);
        case WEEKS -> emit(first, last, base.plusWeeks(count), DatePrecision.DAY, true);
        case MONTHS ->
            emit(first, last, base.plusMonths(count).withDayOfMonth(1), DatePrecision.MONTH, true);
        default ->
            emit(first, last, base.plusYears(count).withDayOfYear(1), DatePrecision.YEAR, true);
      }
    }

    /**
     * A time counted from another: "two days later", "a week earlier" from the day told before (the
     * previous day-precise mention, or the one the caller passes), "three weeks ago" from the
     * anchor. The count and the unit stand right before the word.
     */
    private int countedAt(int i, String lower) {
      int unit = kind(i - 1) == WORD ? unitOf(lowerWord(i - 1)) : NO_UNIT;
      int count = unit == NO_UNIT ? -1 : countAt(i - 2);
      LocalDate base = lower.equals("ago") ? anchor : previous;
      if (count < 0 || base == null || i - 2 < emittedTo) {
        return -1; // "on May 5 days later": the count is the day of the mention before
      }
      emitMoved(i - 2, i, base, unit, lower.equals("later") ? count : -count);
      return i + 1;
    }

    /** Words of a part of a month after "the" and before "of" ("the end of January"). */
    private static final ImmutableSet<String> PARTS_OF =
        ImmutableSet.of("end", "beginning", "start", "middle", "close");

    /** Words before "week", "half" or "fortnight" of a month ("the first week of June"). */
    private static final ImmutableSet<String> ORDINALS =
        ImmutableSet.of("first", "second", "third", "fourth", "last", "final");

    /** Words of a part of a month before its name ("early March", "mid-December"). */
    private static final ImmutableSet<String> PART_ADVERBS =
        ImmutableSet.of("early", "late", "mid", "earlier", "later");

    /**
     * Where a phrase naming a part of the month or year at token {@code i} starts: "early", "late"
     * or "mid" before it ("in mid-December", "late last month"), "the end of", "the beginning of",
     * "the middle of" ("at the end of January"), "the first week of", "the second half of"; else
     * {@code i}. The mention spans the part and resolves to the month it is part of: the record has
     * no precision between a day and a month, and a day guessed inside it would claim one the text
     * does not fix.
     */
    private int partStart(int i) {
      int k = i - 1;
      if (punct(k, '-') && adjacent(k, i)) {
        k--;
      }
      if (PART_ADVERBS.contains(lowerWord(k))) {
        return k < emittedTo ? i : k;
      }
      if (!lowerWord(i - 1).equals("of")) {
        return i;
      }
      String part = lowerWord(i - 2);
      int first;
      if (PARTS_OF.contains(part)) {
        first = i - 2;
      } else if ((part.equals("week") || part.equals("half") || part.equals("fortnight"))
          && ORDINALS.contains(lowerWord(i - 3))) {
        first = i - 3;
      } else {
        return i;
      }
      if (lowerWord(first - 1).equals("the")) {
        first--;
      }
      return first < emittedTo ? i : first;
    }

    /**
     * "the same day", "that week", "the next day", "the following week", "the previous month", "the
     * day before", "the week after": counted from the day told before. "The day after the vote"
     * counts from an event, not from that day, and is not read.
     */
    private int sameDayAt(int i, String lower) {
      if (previous == null) {
        return -1;
      }
      boolean the = lowerWord(i - 1).equals("the");
      int first = the ? i - 1 : i;
      int own = unitOf(lower);
      if (own != NO_UNIT) {
        String after = lowerWord(i + 1);
        if (the
            && (after.equals("before") || after.equals("after"))
            && kind(i + 2) != WORD
            && kind(i + 2) != NUMBER) {
          emitMoved(first, i + 1, previous, own, after.equals("before") ? -1 : 1);
          return i + 2;
        }
        return -1;
      }
      String next = lowerWord(i + 1);
      int unit = next.endsWith("s") ? NO_UNIT : unitOf(next);
      if (unit == NO_UNIT || unit == YEARS) {
        return -1;
      }
      boolean same = lower.equals("same") || lower.equals("that");
      if (!same && !the) {
        return -1; // "previous day", "next day" need "the"
      }
      emitMoved(first, i + 1, previous, unit, same ? 0 : lower.equals("previous") ? -1 : 1);
      return i + 2;
    }

    private boolean afterPreposition(int i) {
      int before = i - 1;
      if (punct(before, '-') && adjacent(before, i)) {
        before--;
      }
      return Calendar.DATE_PREPOSITIONS.contains(lowerWord(before));
    }

    private int monthAloneAt(int i) {
      if (anchor == null) {
        return -1;
      }
      String before = lowerWord(i - 1);
      boolean next = before.equals("next");
      boolean deadline = isDeadlineBefore(i);
      if (!(next || deadline || afterPreposition(i)) || monthAt(i) < 0) {
        return -1;
      }
      int m = month;
      int anchorMonth = anchor.getMonthValue();
      int year = anchor.getYear();
      boolean ahead = false;
      if (before.equals("this")) {
        year = anchor.getYear();
      } else if (next) {
        year = m > anchorMonth ? year : year + 1;
        ahead = true;
      } else if ((deadline
              && (Math.floorMod(m - anchorMonth, 12) <= DEADLINE_MONTHS_AHEAD || !toldAsPast(i)))
          || (!before.equals("last") && toldAsFuture(i, i))) {
        // a deadline, or a month of a clause told in the future ("will meet in October"): the
        // coming one, this month included
        year = m >= anchorMonth ? year : year + 1;
        ahead = true;
      } else if (before.equals("last") ? m >= anchorMonth : m > anchorMonth) {
        year--;
      }
      emit(partStart(i), i, LocalDate.of(year, m, 1), DatePrecision.MONTH, true, ahead);
      return i + 1;
    }

    /**
     * How many months after the anchor's a deadline's month is the coming one however its clause is
     * told; further ahead, a clause in the past perfect ("by September the talks had stalled", in
     * October) tells what had happened by the last such month.
     */
    private static final int DEADLINE_MONTHS_AHEAD = 6;

    /** How many words either side of a deadline's month {@link #toldAsPast} looks at. */
    private static final int CLAUSE_WORDS = 8;

    /** Words after "the" that make the part of a month a deadline names ("by the end of"). */
    private static final ImmutableSet<String> PARTS_OF_A_MONTH =
        ImmutableSet.of("end", "beginning", "start", "middle", "close");

    /** Words that make a month a deadline, still to come: "by", "until", "till", "before". */
    private static final ImmutableSet<String> DEADLINE_WORDS =
        ImmutableSet.of("by", "until", "till", "before");

    /**
     * Whether the month at {@code i} is a deadline ("by November", "until the end of November", "no
     * later than November", "ahead of November"), which looks ahead: the coming such month, this
     * one included, rather than the last.
     */
    private boolean isDeadlineBefore(int i) {
      int w = i - 1;
      if (lowerWord(w).equals("of")
          && PARTS_OF_A_MONTH.contains(lowerWord(w - 1))
          && lowerWord(w - 2).equals("the")) {
        w -= 3;
      }
      String word = lowerWord(w);
      return DEADLINE_WORDS.contains(word)
          || (word.equals("than") && lowerWord(w - 1).equals("later"))
          || (word.equals("of") && lowerWord(w - 1).equals("ahead"));
    }

    /**
     * Whether the clause around the month at {@code i} is told in the past perfect: "had" stands
     * within {@link #CLAUSE_WORDS} words of it, with no sentence's or clause's end between.
     */
    private boolean toldAsPast(int i) {
      return hasHadWithinClause(i, -1) || hasHadWithinClause(i, 1);
    }

    /** Words that tell a clause in the future: "will meet", "shall sign", "they'll vote". */
    private static final ImmutableSet<String> FUTURE_AUXILIARIES =
        ImmutableSet.of("will", "shall", "ll");

    /**
     * Words that tell a clause in the future when "to" or "for" follows them: "due to resume",
     * "expected to meet", "set for", "scheduled to", "plans to", "going to".
     */
    private static final ImmutableSet<String> FUTURE_BEFORE_TO =
        ImmutableSet.of(
            "due",
            "expected",
            "set",
            "scheduled",
            "slated",
            "planned",
            "plans",
            "plan",
            "going",
            "intends",
            "intend",
            "aims",
            "aim",
            "poised");

    /** Present forms of "be" that tell a plan with "to" after them: "talks are to resume". */
    private static final ImmutableSet<String> PRESENT_BE = ImmutableSet.of("is", "are", "am");

    /** Words that may stand between "be" and its "to": "are not to", "is now to", "is yet to". */
    private static final ImmutableSet<String> BETWEEN_BE_AND_TO =
        ImmutableSet.of("not", "never", "now", "still", "also", "then", "yet", "soon", "again");

    /** Past forms of "be" that tell a plan as one of the past: "was due to", "were to". */
    private static final ImmutableSet<String> PAST_BE = ImmutableSet.of("was", "were");

    /** Whether "to" follows the form of "be" at token {@code k}, perhaps after a word between. */
    private boolean toAfterBe(int k) {
      String next = lowerWord(k + 1);
      return next.equals("to")
          || (BETWEEN_BE_AND_TO.contains(next) && lowerWord(k + 2).equals("to"));
    }

    /**
     * Whether the word of a plan at token {@code k} ("due", "expected", "set") is told from the
     * past: "was", "were" or "had" before it ("the vote was due to take place on Friday", "they had
     * planned to sign", "had been expected to"), perhaps with a word between ("was originally due
     * to").
     */
    private boolean toldFromThePast(int k) {
      for (int b = k - 1; b >= k - 2 && b >= 0; b--) {
        String w = lowerWord(b);
        if (PAST_BE.contains(w) || w.equals("had")) {
          return true;
        }
        if (PRESENT_BE.contains(w) || w.equals("be")) {
          return false;
        }
      }
      return false;
    }

    /** Past forms that tell a clause in the past: "had", "was", "said", "met" and the like. */
    private static final ImmutableSet<String> PAST_FORMS =
        ImmutableSet.of(
            "had", "has", "have", "was", "were", "did", "said", "told", "met", "held", "began",
            "took", "made", "gave", "came", "went", "left", "won", "lost", "sent", "spoke", "saw",
            "broke", "struck", "fell", "rose", "agreed");

    /** Words before a participle that make it a passive or a perfect, of whatever tense. */
    private static final ImmutableSet<String> PASSIVE_BEFORE =
        ImmutableSet.of("be", "been", "being");

    /**
     * Whether the clause of the mention from token {@code first} to {@code last} is told in the
     * future: the nearest verb form before it within {@link #CLAUSE_WORDS} words, else after it, is
     * a future ("will", "is due to", "are expected to", "would" but not "would have", a future seen
     * from a telling: "said they would strike on Sunday"), not a past ("met", "had", "was", a word
     * in "-ed"). "They will meet at the end of October" looks ahead; "talks resumed in January, and
     * will go on" looks back.
     */
    private boolean toldAsFuture(int first, int last) {
      int back = tenseWithinClause(first, -1);
      return back != 0 ? back > 0 : tenseWithinClause(last, 1) > 0;
    }

    /**
     * The tense of the nearest verb form from {@code i} in the direction {@code step} within the
     * clause: 1 for a future, -1 for a past, 0 for none.
     */
    private int tenseWithinClause(int i, int step) {
      int words = 0;
      int limit = i + step * 3 * CLAUSE_WORDS; // a run of numbers and marks ends the look too
      for (int k = i + step; k >= 0 && k < n && k != limit && words < CLAUSE_WORDS; k += step) {
        if (kind[k] == PUNCT && ".;:!?".indexOf(text.charAt(from[k])) >= 0 && !insideAWord(k)) {
          return 0;
        }
        if (kind[k] != WORD) {
          continue;
        }
        words++;
        String w = lowerWord(k);
        if (FUTURE_AUXILIARIES.contains(w)
            || (w.equals("would") && !lowerWord(k + 1).equals("have"))) {
          return 1;
        }
        String next = lowerWord(k + 1);
        if (FUTURE_BEFORE_TO.contains(w) && (next.equals("to") || next.equals("for"))) {
          return toldFromThePast(k) ? -1 : 1;
        }
        if (PRESENT_BE.contains(w) && toAfterBe(k)) {
          return 1; // "talks are to resume", "the vote is not to take place before"
        }
        if ((PAST_FORMS.contains(w) || (w.length() > 4 && w.endsWith("ed")))
            && !PASSIVE_BEFORE.contains(lowerWord(k - 1))) {
          return -1; // a participle after "be" ("will be held") tells no past
        }
      }
      return 0;
    }

    /**
     * Whether the mark at {@code k} ends no clause: the full stop of a one-letter abbreviation
     * right after its letter ("a.m.", "p.m.", "U.S."), or a mark between the numbers of a time
     * ("12:01"). "Will strike at 12:01 a.m. Friday" is one clause.
     */
    private boolean insideAWord(int k) {
      boolean abbreviation =
          text.charAt(from[k]) == '.'
              && kind(k - 1) == WORD
              && to[k - 1] - from[k - 1] == 1
              && adjacent(k - 1, k);
      return abbreviation
          || (kind(k - 1) == NUMBER
              && kind(k + 1) == NUMBER
              && adjacent(k - 1, k)
              && adjacent(k, k + 1));
    }

    private boolean hasHadWithinClause(int i, int step) {
      int words = 0;
      for (int k = i + step; k >= 0 && k < n && words < CLAUSE_WORDS; k += step) {
        if (kind[k] == PUNCT && ".;:!?".indexOf(text.charAt(from[k])) >= 0) {
          return false;
        }
        if (kind[k] == WORD) {
          if (lowerWord(k).equals("had")) {
            return true;
          }
          words++;
        }
      }
      return false;
    }

    private int yearAloneAt(int i) {
      int y = yearAt(i);
      if (y < 1800 || y > 2199 || !afterPreposition(i)) {
        return -1;
      }
      if (adjacent(i - 1, i) && kind(i - 1) == PUNCT && !punct(i - 1, '-')) {
        return -1;
      }
      emit(i, i, LocalDate.of(y, 1, 1), DatePrecision.YEAR, false);
      return i + 1;
    }
  }
}
