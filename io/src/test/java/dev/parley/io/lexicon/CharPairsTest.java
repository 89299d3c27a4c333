package dev.parley.io.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CharPairsTest {
  /** The slots the pairs of next chars of {@code text} set, worked out afresh. */
  private static Set<Integer> slotsIn(String text) {
    Set<Integer> out = new HashSet<>();
    for (int i = 1; i < text.length(); i++) {
      out.add(CharPairs.slot(text.charAt(i - 1), text.charAt(i)));
    }
    return out;
  }

  /** Checks one table read text after text against the slots of each text alone. */
  private static void readsEachTextAlone(CharPairs pairs, long seed, int texts) {
    Random random = new Random(seed);
    String before = "";
    for (int round = 0; round < texts; round++) {
      String raw = RandomTexts.of(random, RandomTexts.PIECES, 10);
      String text = LiteralPrefilter.fold(raw, 0, raw.length());
      pairs.read(text.toCharArray(), text.length());
      Set<Integer> held = slotsIn(text);
      // Strings from this text, from the one before and made up: a table of one text answers
      // for that text alone, whatever it read before.
      for (String s :
          new String[] {
            slice(random, text),
            slice(random, before),
            RandomTexts.of(random, RandomTexts.PIECES, 1)
          }) {
        boolean expected = held.containsAll(slotsIn(s));
        assertThat(pairs.mayHold(CharPairs.slotsOf(s)))
            .as("seed %s: \"%s\" after \"%s\", asked \"%s\"", seed, text, before, s)
            .isEqualTo(expected);
        if (text.contains(s)) {
          assertThat(expected).isTrue();
        }
      }
      before = text;
    }
  }

  private static String slice(Random random, String text) {
    if (text.isEmpty()) {
      return "";
    }
    int from = random.nextInt(text.length());
    return text.substring(from, Math.min(text.length(), from + 1 + random.nextInt(8)));
  }

  @Test
  void aTableReadAgainAnswersForItsLastTextAsItsPairsAloneDo() {
    readsEachTextAlone(new CharPairs(), 20261124L, 20_000);
  }

  @Test
  void aTableWhoseTextNumbersGoRoundForgetsTheTextsBefore() {
    readsEachTextAlone(new CharPairs(-3), 20261125L, 8);
    readsEachTextAlone(new CharPairs(Integer.MAX_VALUE - 2), 20261126L, 8);
  }

  @Test
  void aTextOfOneCharHoldsNoPair() {
    CharPairs pairs = new CharPairs();
    pairs.read("ab".toCharArray(), 2);
    assertThat(pairs.mayHold(CharPairs.slotsOf("ab"))).isTrue();
    pairs.read("b".toCharArray(), 1);
    assertThat(pairs.mayHold(CharPairs.slotsOf("ab"))).isFalse();
    assertThat(pairs.mayHold(CharPairs.slotsOf("b"))).isTrue();
  }
}
