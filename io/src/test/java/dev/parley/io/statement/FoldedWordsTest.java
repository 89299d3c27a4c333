package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cheap word tests answer as a lower-case copy's {@code contains} would. */
class FoldedWordsTest {
  private static final long SEED = 20261123L;

  private static final List<String> WORDS =
      ImmutableList.of("kine", "skin", "a-ki", "right to", "this", "one-sided", "sided");

  /** Letters whose lower case is ASCII, is not, or is two chars (U+0130). */
  private static final String ALPHABET = "aAiIkKnNsS -\u212a\u0130\u0307\u03a3\u00e9odeghrtE";

  private final FoldedWords words = new FoldedWords(WORDS);

  @Test
  void answersAsTheLowerCaseCopyForRandomTexts() {
    Random random = new Random(SEED);
    for (int n = 0; n < 20_000; n++) {
      String text = randomText(random);
      String lower = text.toLowerCase(Locale.ROOT);
      boolean expected = WORDS.stream().anyMatch(lower::contains);
      assertThat(words.inLowerCase(text)).as("seed %s, text %s", SEED, text).isEqualTo(expected);
      int start = random.nextInt(text.length() + 1);
      int end = start + random.nextInt(text.length() - start + 1);
      String asciiLower = Ascii.toLowerCase(text.substring(start, end));
      assertThat(words.inAsciiFolded(text, start, end))
          .as("seed %s, text %s [%s, %s)", SEED, text, start, end)
          .isEqualTo(WORDS.stream().anyMatch(asciiLower::contains));
    }
  }

  @Test
  void kelvinSignIsAnAsciiKOnlyInTheFullLowerCase() {
    assertThat(words.inLowerCase("S\u212aIN")).isTrue();
    assertThat(words.inAsciiFolded("S\u212aIN", 0, 4)).isFalse();
  }

  @Test
  void dottedCapitalIIsNoIBeforeAnotherLetter() {
    assertThat(words.inLowerCase("K\u0130NE")).isFalse();
    assertThat(words.inLowerCase("\u0130")).isFalse();
    assertThat(words.inLowerCase("th\u0130s")).isFalse();
    assertThat(words.inLowerCase("A-K\u0130")).isTrue();
  }

  @Test
  void findsWordsInsideLongerWords() {
    assertThat(words.inAsciiFolded("The ONE-SIDEDNESS of it", 0, 23)).isTrue();
    assertThat(words.inAsciiFolded("The ONE-SIDEDNESS of it", 9, 23)).isFalse();
    assertThat(words.inAsciiFolded("The ONE-SIDEDNESS of it", 8, 23)).isTrue();
  }

  @Test
  void refusesWordsItCannotFold() {
    assertThatThrownBy(() -> new FoldedWords(List.of("Kine")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FoldedWords(List.of("kin")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String randomText(Random random) {
    int length = random.nextInt(14);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      if (random.nextInt(8) == 0) {
        // A word, or most of one, in mixed case: near misses and matches as well as noise.
        String word = WORDS.get(random.nextInt(WORDS.size()));
        for (int k = random.nextInt(2); k < word.length(); k++) {
          char c = word.charAt(k);
          text.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
        }
      } else {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
    }
    return text.toString();
  }
}
