package dev.parley.io.article;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;

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

  private static final int SAMPLE = 200_000;

  private static final ImmutableSet<String> ENGLISH_WORDS =
      ImmutableSet.of(
          "the", "of", "and", "to", "a", "in", "is", "that", "for", "on", "with", "was", "as", "by",
          "it", "he", "she", "said", "are", "be", "at", "from", "has", "have", "his", "her", "not",
          "this", "which", "will", "would", "an", "its", "were", "they", "or", "but", "we", "had",
          "been", "their", "who", "also", "there", "our", "can", "if", "than", "about", "after");

  /** The guessed language code of {@code text}. */
  static String guess(String text) {
    int n = Math.min(text.length(), SAMPLE);
    int cyrillic = 0;
    int otherSlavic = 0;
    int latin = 0;
    int letters = 0;
    int words = 0;
    int english = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
        char d = text.charAt(i);
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
        i++;
      }
      words++;
      if (i - start <= 5
          && ENGLISH_WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
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
