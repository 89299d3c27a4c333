package dev.parley.io.statement;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A cheap test of whether a text holds any of a few lower-case ASCII words, anywhere and ignoring
 * case, as its lower-case copy's {@code contains} would answer, without making that copy.
 *
 * <p>The words are filed by their first two chars, so that the text is read once and a word is
 * compared only where its first two chars stand.
 */
final class FoldedWords {
  private static final int PAIRS = 128 * 128;

  /** The words by their first two chars ({@code first * 128 + second}); null where none. */
  private final String[][] byPair = new String[PAIRS][];

  /** Words of at least two chars, each lower-case ASCII (no letters A to Z, nothing above 127). */
  FoldedWords(Iterable<String> words) {
    List<List<String>> lists = new ArrayList<>(PAIRS);
    for (int i = 0; i < PAIRS; i++) {
      lists.add(null);
    }
    for (String word : words) {
      checkArgument(word.length() >= 2, "word %s: shorter than two chars", word);
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        checkArgument(c < 128 && !(c >= 'A' && c <= 'Z'), "word %s: not lower-case ASCII", word);
      }
      int pair = word.charAt(0) * 128 + word.charAt(1);
      if (lists.get(pair) == null) {
        lists.set(pair, new ArrayList<>());
      }
      lists.get(pair).add(word);
    }
    for (int i = 0; i < PAIRS; i++) {
      if (lists.get(i) != null) {
        byPair[i] = lists.get(i).toArray(new String[0]);
      }
    }
  }

  /**
   * Whether {@code text[start, end)} with its ASCII capitals made small (as {@code
   * Ascii.toLowerCase}) holds one of the words.
   */
  boolean inAsciiFolded(String text, int start, int end) {
    return find(text, start, end, false);
  }

  /** Whether {@code text.toLowerCase(Locale.ROOT)} holds one of the words. */
  boolean inLowerCase(String text) {
    if (text.indexOf('\u0130') >= 0) {
      // The one char whose lower case is two chars ("i" and a combining dot): compare as written.
      String lower = text.toLowerCase(Locale.ROOT);
      return find(lower, 0, lower.length(), false);
    }
    return find(text, 0, text.length(), true);
  }

  private boolean find(String text, int start, int end, boolean unicode) {
    if (end - start < 2) {
      return false;
    }
    int next = fold(text.charAt(start), unicode);
    for (int i = start; i + 1 < end; i++) {
      int c = next;
      next = fold(text.charAt(i + 1), unicode);
      if (c >= 128 || next >= 128) {
        continue;
      }
      String[] words = byPair[c * 128 + next];
      if (words != null) {
        for (String word : words) {
          if (matchesAt(text, i, end, word, unicode)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean matchesAt(String text, int at, int end, String word, boolean unicode) {
    if (end - at < word.length()) {
      return false;
    }
    for (int k = 2; k < word.length(); k++) {
      if (fold(text.charAt(at + k), unicode) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A char in lower case: ASCII capitals only, or as {@code toLowerCase(Locale.ROOT)} makes a char
   * other than U+0130 (one char for one; what is not ASCII stays above 127 but for the Kelvin
   * sign).
   */
  private static int fold(char c, boolean unicode) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
    return unicode ? Character.toLowerCase(c) : c;
  }
}
