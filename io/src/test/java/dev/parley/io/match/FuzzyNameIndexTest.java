package dev.parley.io.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FuzzyNameIndexTest {
  private static final List<String> NAMES =
      List.of(
          "Blinken",
          "Lavrov",
          "Stoltenberg",
          "Zakharova",
          "Peskov",
          "Ryabkov",
          "Grushko",
          "Zelensky",
          "Borrell",
          "Sullivan",
          "Shoigu",
          "Schulz",
          "Scholz",
          "Kuleba",
          "Chizhov",
          "Mogherini",
          "Macron",
          "Merkel",
          "Guterres",
          "Washington",
          "Warsaw",
          "Moscow",
          "Minsk",
          "Zelenskyy",
          "Lawrence",
          "Lavrentiev");

  /** The closest name as the index is specified: every name compared by its distance. */
  private static Optional<String> closest(String word) {
    String w = Tokenizer.fold(word).toLowerCase(Locale.ROOT);
    int best = Integer.MAX_VALUE;
    String found = null;
    boolean ambiguous = false;
    for (String name : NAMES) {
      if (name.toLowerCase(Locale.ROOT).equals(w)) {
        continue;
      }
      int d = NameSimilarity.distance(w, name);
      if (d < 0) {
        continue;
      }
      if (d < best) {
        best = d;
        found = name;
        ambiguous = false;
      } else if (d == best && !name.equals(found)) {
        ambiguous = true;
      }
    }
    return ambiguous ? Optional.empty() : Optional.ofNullable(found);
  }

  private static String garble(String name, Random random) {
    StringBuilder b = new StringBuilder(name);
    int edits = 1 + random.nextInt(4);
    String letters = "aeiouykhcszvwfgtrlnb";
    for (int k = 0; k < edits; k++) {
      int at = 1 + random.nextInt(b.length() - 1);
      char c = letters.charAt(random.nextInt(letters.length()));
      switch (random.nextInt(3)) {
        case 0 -> b.setCharAt(at, c);
        case 1 -> b.insert(at, c);
        default -> {
          if (b.length() > 2) {
            b.deleteCharAt(at);
          }
        }
      }
    }
    return b.toString();
  }

  @Test
  void findsWhatComparingEveryNameFinds() {
    FuzzyNameIndex.Builder<String> builder = FuzzyNameIndex.builder();
    NAMES.forEach(n -> builder.add(n, n));
    FuzzyNameIndex<String> index = builder.build();
    long seed = 7321L;
    Random random = new Random(seed);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 3 * FuzzyNameIndex.CACHE_SIZE; i++) {
      words.add(garble(NAMES.get(random.nextInt(NAMES.size())), random));
    }
    int found = 0;
    for (int pass = 0; pass < 2; pass++) {
      for (String word : words) {
        Optional<String> expected = closest(word);
        assertThat(index.lookup(word)).as("seed %s: %s", seed, word).isEqualTo(expected);
        found += expected.isPresent() ? 1 : 0;
      }
    }
    assertThat(found).as("seed %s", seed).isGreaterThan(words.size() / 4);
  }
}
