package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The tests a sentence's tokens answer without being split. */
class TokensTest {
  private static final List<String> PIECES =
      List.of(
          "got",
          "Got",
          "GOT",
          "go",
          "t",
          "forgot",
          "ago",
          "to",
          "G",
          "o",
          "T",
          "\u212a",
          "\u0130",
          "ſ",
          "é",
          "don't",
          "walk-out",
          " ",
          " ",
          " ",
          ",",
          ".",
          "\u201c",
          "\u00a0");

  @Test
  void aShortWordIsFoundWhateverItsCaseAndNeverMissedInAToken() {
    long seed = 20261124L;
    Random random = new Random(seed);
    for (int round = 0; round < 20_000; round++) {
      String sentence = pieces(random, 12);
      String text = "Lead. " + sentence + " Tail GOT.";
      int start = 6;
      int end = start + sentence.length();
      String word = random.nextBoolean() ? "got" : "to";
      Tokens tokens = Tokens.of(text, start, end);
      boolean held = tokens.mayHoldIgnoringCase(word);
      boolean inAToken = false;
      for (int i = 0; i < tokens.size(); i++) {
        inAToken |= tokens.get(i).lower().contains(word);
      }
      if (inAToken) {
        assertThat(held).as("seed %s: \"%s\" in \"%s\"", seed, word, sentence).isTrue();
      }
      if (sentence.chars().allMatch(c -> c < 128)) {
        assertThat(held)
            .as("seed %s: \"%s\" in \"%s\"", seed, word, sentence)
            .isEqualTo(sentence.toLowerCase(Locale.ROOT).contains(word));
      }
    }
  }

  @Test
  void aShortWordOutsideTheSentenceIsNotFound() {
    String text = "They got it. We left.";
    assertThat(Tokens.of(text, 13, text.length()).mayHoldIgnoringCase("got")).isFalse();
    assertThat(Tokens.of(text, 0, 12).mayHoldIgnoringCase("got")).isTrue();
  }

  @Test
  void theTokenAtAnOffsetIsTheFirstThatEndsAfterIt() {
    long seed = 20261125L;
    Random random = new Random(seed);
    for (int round = 0; round < 5_000; round++) {
      String b = pieces(random, 16);
      String text = "Lead. " + b + " tail";
      int start = 6;
      int end = start + b.length();
      Tokens tokens = Tokens.of(text, start, end);
      for (int offset = start - 1; offset <= end + 1; offset++) {
        int first = 0;
        while (first < tokens.size() && tokens.get(first).end() <= offset) {
          first++;
        }
        assertThat(tokens.indexAt(offset))
            .as("seed %s: offset %s of \"%s\"", seed, offset, b)
            .isEqualTo(first);
        assertThat(tokens.indexBefore(offset)).isEqualTo(first - 1);
      }
    }
  }

  /** Up to {@code most - 1} pieces drawn at random, joined. */
  private static String pieces(Random random, int most) {
    StringBuilder b = new StringBuilder();
    for (int i = random.nextInt(most); i > 0; i--) {
      b.append(PIECES.get(random.nextInt(PIECES.size())));
    }
    return b.toString();
  }
}
