package dev.parley.io.article;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;

/**
 * A cheap guess at an article's language from its letters and words.
 *
 * <p>{@code ru} when at least half the letters are Cyrillic and hardly any of them are letters only
 * Ukrainian or Belarusian use; {@code en} when at least half the letters are Latin and at least a
 * fifth of the words are common English function words; otherwise {@code und}. Only the first
 * {@value #SAMPLE} characters are looked at.
 */
final class LanguageGuess {
  private LanguageGuess() {}

  private static final int SAMPLE = 50_000;

  private static final ImmutableSet<String> ENGLISH_WORDS =
      ImmutableSet.of(
          "the", "of", "and", "to", "a", "in", "is", "that", "for", "on", "with", "was", "as", "by",
          "it", "he", "she", "said", "are", "be", "at", "from", "has", "have", "his", "her", "not",
          "this", "which", "will", "would", "an", "its", "were", "they", "or", "but", "we", "had",
          "been", "their", "who", "also", "there", "our", "can", "if", "than", "about", "after");

  /** The words of {@link #ENGLISH_WORDS} as {@link #key keys}, sorted for a binary search. */
  private static final long[] ENGLISH_KEYS =
      ENGLISH_WORDS.stream().mapToLong(w -> key(w.toCharArray(), 0, w.length())).sorted().toArray();

  /**
   * A word of at most five chars as a number, five bits a letter, ignoring ASCII case; -1 when it
   * has a char other than an ASCII letter. Two words have the same key only if they are the same
   * word, so a key lookup is a word lookup that allocates nothing.
   */
  private static long key(char[] text, int start, int end) {
    long key = 0;
    for (int i = start; i < end; i++) {
      int c = text[i] | 0x20;
      if (c < 'a' || c > 'z') {
        return -1;
      }
      key = (key << 5) | (c - 'a' + 1);
    }
    return key;
  }

  private static boolean isLetter(char c) {
    return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
  }

  /**
   * The guessed language code of a text whose chars are {@code chars[0, length)}: each char is read
   * once, a short word's {@link #key key} made as its letters are counted.
   */
  static String guess(char[] chars, int length) {
    int n = Math.min(length, SAMPLE);
    int cyrillic = 0;
    int otherSlavic = 0;
    int latin = 0;
    int letters = 0;
    int words = 0;
    int english = 0;
    int i = 0;
    while (i < n) {
      char c = chars[i];
      if (!isLetter(c)) {
        i++;
        continue;
      }
      int start = i;
      long key = 0;
      while (i < n && (isLetter(chars[i]) || chars[i] == '\'')) {
        char d = chars[i];
        if (d < 0x80) {
          if (d != '\'') {
            letters++;
            latin++;
            key = (key << 5) | ((d | 0x20) - 'a' + 1);
          } else {
            key = -1;
          }
        } else {
          key = -1;
          if (Character.isLetter(d)) {
            letters++;
            if (d >= '\u0400' && d <= '\u04FF') {
              cyrillic++;
              if ("іїєґўІЇЄҐЎ".indexOf(d) >= 0) {
                otherSlavic++;
              }
            } else if (d < '\u0250') {
              latin++;
            }
          }
        }
        i++;
      }
      words++;
      // A key of a char not an ASCII letter went negative; one of six letters or more is unused.
      if (i - start <= 5 && key >= 0 && Arrays.binarySearch(ENGLISH_KEYS, key) >= 0) {
        english++;
      }
    }
    if (letters == 0) {
      return "und";
    }
    if (2 * cyrillic >= letters) {
      return otherSlavic * 100 > cyrillic ? "und" : "ru";
    }
    if (2 * latin >= letters && 5 * english >= words) {
      return "en";
    }
    return "und";
  }
}
