package dev.parley.io.article;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The line rules of a thread of posts copied from a social network: a post's number in the thread
 * ({@code 3/}, {@code 3/12}, {@code (3/12)}) at the end of its last line or alone on a line, the
 * line of its counts ({@code 212 Reposts 41 Likes}), the label over a reply ("Replying to" and a
 * handle) and the author's handle alone on a line, a byline. None of them is a sentence of the
 * story; the post's stamp is a date line ({@link Datelines}).
 */
final class Posts {
  /** The rule of a post's number. */
  static final String NUMBER = "post-number";

  /** The rule of a post's counts. */
  static final String COUNTS = "post-counts";

  /** The rule of the label over a reply. */
  static final String REPLY_TO = "reply-to";

  /** The rule of the author's handle alone on a line: a byline. */
  static final String HANDLE = "byline";

  /** Longest handle. */
  private static final int MAX_HANDLE = 40;

  /** Longest line of counts. */
  private static final int MAX_COUNTS = 80;

  /** Most digits of a post's number, and of the thread's length after it. */
  private static final int MAX_NUMBER_DIGITS = 3;

  /**
   * The words a post's counts are of, singular and plural; views and comments are a page's meta
   * ({@link Datelines#isPageMeta}), and a count of comments may head a block of readers' comments.
   */
  private static final ImmutableSet<String> COUNTED =
      ImmutableSet.of(
          "retweet",
          "retweets",
          "repost",
          "reposts",
          "reshare",
          "reshares",
          "like",
          "likes",
          "favorite",
          "favorites",
          "favourite",
          "favourites",
          "reply",
          "replies",
          "quote",
          "quotes",
          "bookmark",
          "bookmarks",
          "share",
          "shares",
          "reaction",
          "reactions");

  private static final String REPLYING = "Replying to ";

  private Posts() {}

  /** The rule that sets the whole line [s, e) aside as a post's furniture, or null. */
  static @Nullable String wholeLineRule(String text, int s, int e) {
    char first = text.charAt(s);
    if (first >= '0' && first <= '9') {
      if (numberAt(text, s, e) == e) {
        return NUMBER; // "3/" alone on its line
      }
      return isCounts(text, s, e) ? COUNTS : null;
    }
    if (first == '(' && numberAt(text, s, e) == e) {
      return NUMBER;
    }
    if (first == 'R' && isReplyLabel(text, s, e)) {
      return REPLY_TO;
    }
    if (first == '@' && isHandle(text, s, e)) {
      return HANDLE; // the author's handle under the name
    }
    return null;
  }

  /** Whether [s, e) is one handle alone ({@code @jroe_news}). */
  private static boolean isHandle(String text, int s, int e) {
    if (e - s < 2 || e - s > MAX_HANDLE) {
      return false;
    }
    for (int i = s + 1; i < e; i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '_' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * Where a post's number ends the line [s, e) after the end of a sentence ({@code ... as it goes.
   * 1/}, {@code ... for now." 20/20}), or -1.
   */
  static int numberSuffixStart(String text, int s, int e) {
    char last = text.charAt(e - 1);
    if (last != '/' && last != ')' && !(last >= '0' && last <= '9')) {
      return -1;
    }
    int a = e - 1;
    while (a > s && !Text.isInlineSpace(text.charAt(a - 1))) {
      a--;
    }
    if (a == s || numberAt(text, a, e) != e) {
      return -1;
    }
    int before = Text.trimEnd(text, s, a);
    while (before > s && Text.isCloser(text.charAt(before - 1))) {
      before--;
    }
    return before > s && SentenceSplitter.isTerminator(text.charAt(before - 1)) ? a : -1;
  }

  /**
   * The end of a post's number at {@code p}: digits and a slash, perhaps the thread's length after
   * it that is no smaller ({@code 3/}, {@code 3/12}), perhaps between brackets ({@code (3/12)}); or
   * -1.
   */
  private static int numberAt(String text, int p, int e) {
    boolean bracket = text.charAt(p) == '(';
    int i = bracket ? p + 1 : p;
    int n = digits(text, i, e);
    if (n == 0 || i + n >= e || text.charAt(i + n) != '/') {
      return -1;
    }
    int number = Integer.parseInt(text, i, i + n, 10);
    i += n + 1;
    int m = digits(text, i, e);
    if (m > 0 && Integer.parseInt(text, i, i + m, 10) < number) {
      return -1;
    }
    if (number == 0) {
      return -1;
    }
    i += m;
    if (bracket) {
      if (m == 0 || i >= e || text.charAt(i) != ')') {
        return -1;
      }
      i++;
    }
    return i;
  }

  private static boolean isCount(String word) {
    return !word.isEmpty() && digits(word, 0, word.length()) == word.length();
  }

  private static int digits(String text, int i, int e) {
    int n = 0;
    while (i + n < e && n <= MAX_NUMBER_DIGITS && Character.isDigit(text.charAt(i + n))) {
      n++;
    }
    return n > MAX_NUMBER_DIGITS ? 0 : n;
  }

  /**
   * Whether [s, e) is only counts of a post: numbers ({@code 212}, {@code 1,204}, {@code 3.4K}),
   * each before the word it counts (reposts, likes, replies...), perhaps between separators ({@code
   * 12 Replies · 98 Reposts · 1.2K Likes}).
   */
  static boolean isCounts(String text, int s, int e) {
    if (e - s > MAX_COUNTS) {
      return false;
    }
    int pairs = 0;
    int p = s;
    while (p < e) {
      int q = p;
      while (q < e && (Character.isDigit(text.charAt(q)) || ",.".indexOf(text.charAt(q)) >= 0)) {
        q++;
      }
      if (q == p || !Character.isDigit(text.charAt(p))) {
        return false;
      }
      if (q < e && "KkM".indexOf(text.charAt(q)) >= 0) {
        q++; // "3.4K"
      }
      int w = Text.skipSpace(text, q, e);
      int x = w;
      while (x < e && Character.isLetter(text.charAt(x))) {
        x++;
      }
      if (x == w || !COUNTED.contains(text.substring(w, x).toLowerCase(Locale.ROOT))) {
        return false;
      }
      pairs++;
      p = x;
      while (p < e
          && (Text.isSpace(text.charAt(p)) || "|\u00b7\u2022,".indexOf(text.charAt(p)) >= 0)) {
        p++;
      }
    }
    return pairs > 0;
  }

  /**
   * Whether [s, e) is the label over a reply: "Replying to" and handles only, perhaps joined by
   * "and", perhaps with a count of others.
   */
  private static boolean isReplyLabel(String text, int s, int e) {
    if (!text.startsWith(REPLYING, s)) {
      return false;
    }
    int p = Text.skipSpace(text, s + REPLYING.length(), e);
    int handles = 0;
    while (p < e) {
      int q = p;
      while (q < e && !Text.isSpace(text.charAt(q))) {
        q++;
      }
      String word = text.substring(p, q);
      if (word.length() > 1 && word.charAt(0) == '@') {
        handles++;
      } else if (!word.equals("and") && !word.equals("others") && !isCount(word)) {
        return false;
      }
      p = Text.skipSpace(text, q, e);
    }
    return handles > 0;
  }
}
