package dev.parley.io.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextCharsTest {
  private static final List<String> PIECES =
      List.of(
          "The",
          "ministers",
          "met",
          "in",
          "Oslo",
          "on",
          "Friday",
          "and",
          "agreed",
          "to",
          "talk",
          ".",
          ". ",
          "! ",
          "? ",
          "… ",
          "\u201d ",
          "Mr. ",
          "No. 5",
          "U.S.",
          "3.5",
          "\n",
          "\n\n",
          "  ",
          "Ђакон",
          "ґрунт",
          "їжак",
          "mañana",
          "don't",
          "it's",
          "Öl",
          "\u2019s",
          "x",
          "THE",
          "Said",
          "a",
          "an",
          "OF",
          "their",
          "3",
          "(",
          ")");

  private static final List<String> CYRILLIC =
      List.of("переговоры", "мир", "и", "в", "Москва", "Ђакон", "ґрунт", "сказал", ", ", ". ");

  private static String randomText(Random random, int pieces) {
    return randomText(random, pieces, 0);
  }

  /** A text of pieces, each drawn from the Cyrillic ones with the given chance in ten. */
  private static String randomText(Random random, int pieces, int cyrillic) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      List<String> from = random.nextInt(10) < cyrillic ? CYRILLIC : PIECES;
      b.append(from.get(random.nextInt(from.size())));
      if (random.nextInt(3) > 0) {
        b.append(' ');
      }
    }
    return b.toString();
  }

  private static List<String> sentences(String text, char[] chars) {
    List<String> out = new ArrayList<>();
    SentenceSplitter.split(
        text, chars, 0, text.length(), (s, e) -> out.add(s + ":" + text.substring(s, e)));
    return out;
  }

  @Test
  void aThreadsBufferHoldsEachTextsCharsWhateverItHeldBefore() {
    long seed = 20261124L;
    Random random = new Random(seed);
    for (int round = 0; round < 3_000; round++) {
      // Now and then a text longer than the buffer a thread keeps.
      int pieces = round % 500 == 7 ? 400_000 : random.nextInt(random.nextBoolean() ? 40 : 4000);
      String text = randomText(random, pieces);
      char[] chars = TextChars.of(text);
      assertThat(chars.length).isGreaterThanOrEqualTo(text.length());
      assertThat(Arrays.copyOf(chars, text.length()))
          .as("seed %s, round %s", seed, round)
          .isEqualTo(text.toCharArray());
      if (pieces < 4000) {
        assertThat(sentences(text, chars))
            .as("seed %s, round %s: %s", seed, round, text)
            .isEqualTo(sentences(text, text.toCharArray()));
      }
    }
  }

  /**
   * The guess worked out the plain way: the sample's words cut out as strings, their letters
   * counted by script, each word looked up in a set of strings.
   */
  private static String straightforwardGuess(String text) {
    ImmutableSet<String> english =
        ImmutableSet.of(
            "the", "of", "and", "to", "a", "in", "is", "that", "for", "on", "with", "was", "as",
            "by", "it", "he", "she", "said", "are", "be", "at", "from", "has", "have", "his", "her",
            "not", "this", "which", "will", "would", "an", "its", "were", "they", "or", "but", "we",
            "had", "been", "their", "who", "also", "there", "our", "can", "if", "than", "about",
            "after");
    String sample = text.substring(0, Math.min(text.length(), 50_000));
    List<String> words = new ArrayList<>();
    int at = 0;
    while (at < sample.length()) {
      int end = at;
      if (isLetter(sample.charAt(at))) {
        do {
          end++;
        } while (end < sample.length()
            && (isLetter(sample.charAt(end)) || sample.charAt(end) == '\''));
        words.add(sample.substring(at, end));
      }
      at = Math.max(end, at + 1);
    }
    int[] counts = new int[4]; // letters, Latin, Cyrillic, Ukrainian or Belarusian
    for (String word : words) {
      word.chars().filter(c -> c != '\'').forEach(c -> count(counts, (char) c));
    }
    long englishWords =
        words.stream()
            .filter(w -> w.chars().allMatch(c -> c < 0x80 && c != '\''))
            .filter(w -> english.contains(w.toLowerCase(Locale.ROOT)))
            .count();
    if (counts[0] == 0) {
      return "und";
    }
    if (2 * counts[2] >= counts[0]) {
      return counts[3] * 100 > counts[2] ? "und" : "ru";
    }
    return 2 * counts[1] >= counts[0] && 5 * englishWords >= words.size() ? "en" : "und";
  }

  private static void count(int[] counts, char c) {
    counts[0]++;
    if (c < '\u0250') {
      counts[1]++;
    } else if (c >= '\u0400' && c <= '\u04FF') {
      counts[2]++;
      counts[3] += "іїєґўІЇЄҐЎ".indexOf(c) >= 0 ? 1 : 0;
    }
  }

  private static boolean isLetter(char c) {
    return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
  }

  @Test
  void theLanguageGuessReadingEachCharOnceAnswersAsTheStraightforwardOne() {
    long seed = 20261125L;
    Random random = new Random(seed);
    int[] answers = new int[3];
    for (int round = 0; round < 20_000; round++) {
      int pieces = round % 1000 == 3 ? 30_000 : random.nextInt(60);
      String text = randomText(random, pieces, random.nextInt(11));
      String expected = straightforwardGuess(text);
      answers[expected.equals("en") ? 0 : expected.equals("ru") ? 1 : 2]++;
      assertThat(LanguageGuess.guess(TextChars.of(text), text.length()))
          .as("seed %s: %s", seed, text)
          .isEqualTo(expected);
    }
    assertThat(Arrays.stream(answers).min().getAsInt())
        .as("seed %s: en, ru, und %s", seed, Arrays.toString(answers))
        .isGreaterThan(100);
  }
}
