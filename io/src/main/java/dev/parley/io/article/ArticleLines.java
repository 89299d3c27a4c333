package dev.parley.io.article;

import com.google.common.primitives.ImmutableIntArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A view of an article's lines that the line rules share: each line's trimmed content, its body
 * part and the boilerplate rules set on it, with the char tests over spans of the text that the
 * rules have in common.
 *
 * <p>The rules read and write the arrays in place; nothing is copied. Line {@code l}'s content is
 * [{@code ls[l]}, {@code le[l]}); its body part is [{@code bs[l]}, {@code be[l]}), narrowed by a
 * boilerplate prefix ({@code prefixRule}) or suffix ({@code suffixRule}, from {@code suffixStart});
 * a line whose {@code wholeRule} is set is boilerplate throughout.
 */
final class ArticleLines {
  final String text;

  /**
   * The order of day and month the page's furniture shows for its numeric dates, for a date line or
   * a stamp whose own numbers do not decide it ({@link DateMentions#findInDateline}).
   */
  final DateOrder pageOrder;

  final ImmutableIntArray lineStarts;
  final int count;

  final int[] ls;
  final int[] le;
  final int[] bs;
  final int[] be;
  final @Nullable String[] wholeRule;
  final @Nullable String[] prefixRule;
  final @Nullable String[] suffixRule;
  final int[] suffixStart;

  ArticleLines(String text) {
    this(text, DateOrder.UNDECIDED);
  }

  ArticleLines(String text, DateOrder pageOrder) {
    this.text = text;
    this.pageOrder = pageOrder;
    this.lineStarts = Lines.starts(text);
    this.count = lineStarts.length();
    ls = new int[count];
    le = new int[count];
    bs = new int[count];
    be = new int[count];
    wholeRule = new String[count];
    prefixRule = new String[count];
    suffixRule = new String[count];
    suffixStart = new int[count];
  }

  /** Sets line {@code l}'s content and body part to the line less its blanks; false if blank. */
  boolean trim(int l) {
    int start = lineStarts.get(l);
    int end = Lines.endOfLine(text, start);
    ls[l] = Text.skipSpace(text, start, end);
    le[l] = Text.trimEnd(text, ls[l], end);
    bs[l] = ls[l];
    be[l] = le[l];
    return ls[l] < le[l];
  }

  /** Whether line {@code l} is blank. */
  boolean isBlank(int l) {
    return ls[l] == le[l];
  }

  /** Whether line {@code l} has body text: it is not boilerplate throughout and not blank. */
  boolean hasBody(int l) {
    return wholeRule[l] == null && bs[l] < be[l];
  }

  /** The last line before {@code l} that is not blank, or -1. */
  int previousNonBlank(int l) {
    for (int k = l - 1; k >= 0; k--) {
      if (!isBlank(k)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The end of the part of [from, to) that starts at {@code from}: the first of {@code separators}
   * at or after it, or {@code to}.
   */
  int partEnd(int from, int to, String separators) {
    int q = from;
    while (q < to && separators.indexOf(text.charAt(q)) < 0) {
      q++;
    }
    return q;
  }

  boolean hasLetter(int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  boolean hasDigit(int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether [from, to) has no letter or digit. */
  boolean onlyPunctuation(int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether [from, to) holds a run of four digits, a year. */
  boolean hasYear(int from, int to) {
    int run = 0;
    for (int i = from; i < to; i++) {
      run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }

  /** The longest word {@link #hasWordIn} looks up; a longer run of letters is no such word. */
  private static final int MAX_LOOKED_UP_WORD = 12;

  /**
   * Whether a word of [s, e) (a run of letters, lower-cased) is one of {@code words}, each of at
   * most {@value #MAX_LOOKED_UP_WORD} letters.
   */
  boolean hasWordIn(int s, int e, Set<String> words) {
    int i = s;
    while (i < e) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < e && Character.isLetter(text.charAt(j))) {
        j++;
      }
      if (j - i <= MAX_LOOKED_UP_WORD
          && words.contains(text.substring(i, j).toLowerCase(Locale.ROOT))) {
        return true;
      }
      i = j;
    }
    return false;
  }

  /**
   * Whether every word of [s, e) (a run of letters, lower-cased) is one of {@code words}, and every
   * other char a digit, a blank or one of {@code marks}: a line of counts and labels ({@code 12
   * likes}, {@code Views: 2314}).
   */
  boolean onlyWordsIn(int s, int e, Set<String> words, String marks) {
    int i = s;
    while (i < e) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int j = i;
        while (j < e && Character.isLetter(text.charAt(j))) {
          j++;
        }
        if (j - i > MAX_LOOKED_UP_WORD
            || !words.contains(text.substring(i, j).toLowerCase(Locale.ROOT))) {
          return false;
        }
        i = j;
      } else if (Character.isDigit(c) || Text.isSpace(c) || marks.indexOf(c) >= 0) {
        i++;
      } else {
        return false;
      }
    }
    return true;
  }

  /** The runs of letters and digits in [s, e). */
  int countWords(int s, int e) {
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

  /**
   * The words of [s, e) (runs of letters and digits, each lower-cased) as 64-bit hashes, sorted:
   * enough to count the words two lines share without making a string of each.
   */
  long[] wordHashes(int s, int e) {
    long[] hashes = new long[8];
    int n = 0;
    int i = s;
    while (i < e) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      long h = 1125899906842597L;
      while (i < e && Character.isLetterOrDigit(text.charAt(i))) {
        h = 31 * h + Character.toLowerCase(text.charAt(i));
        i++;
      }
      if (n == hashes.length) {
        hashes = Arrays.copyOf(hashes, 2 * n);
      }
      hashes[n++] = h;
    }
    long[] words = Arrays.copyOf(hashes, n);
    Arrays.sort(words);
    return words;
  }

  /** The letters and digits of [s, e), lower-cased: what makes two lines the same. */
  String key(int s, int e) {
    StringBuilder b = new StringBuilder(e - s);
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  /** The dates the date line or stamp [from, to) mentions, read as the page writes them. */
  List<DateMention> datelineMentions(int from, int to) {
    return DateMentions.findInDateline(text, from, to, pageOrder);
  }

  /** The boilerplate spans the rules have set, line by line, each with its rule. */
  List<Boilerplate> boilerplate() {
    List<Boilerplate> spans = new ArrayList<>();
    for (int l = 0; l < count; l++) {
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
}
