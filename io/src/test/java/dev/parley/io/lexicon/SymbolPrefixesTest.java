package dev.parley.io.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.io.match.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A word is ruled out only when it cannot normalise to any of the forms. */
class SymbolPrefixesTest {
  private static final String[] ENDINGS = {
    "", "s", "es", "ies", "ied", "ed", "ing", "e", "ss", "sses", "xes", "ches", "eed", "'s", ".",
    "y"
  };

  @Test
  void aRuledOutWordNormalisesToNoForm() {
    Random random = new Random(20221217);
    for (int round = 0; round < 200; round++) {
      Set<String> forms = new TreeSet<>();
      for (int i = 0; i < 1 + random.nextInt(40); i++) {
        forms.add(Tokenizer.normalise(word(random)));
      }
      SymbolPrefixes prefixes = new SymbolPrefixes(forms);
      List<String> words = new ArrayList<>();
      for (String f : forms) {
        for (String ending : ENDINGS) {
          words.add(f + ending);
          words.add(f.substring(0, f.length() - 1) + ending);
        }
      }
      for (int i = 0; i < 400; i++) {
        words.add(word(random));
      }
      for (String w : words) {
        if (!w.isEmpty() && prefixes.rulesOut(w, 0, w.length())) {
          assertThat(forms).as("forms of %s", w).doesNotContain(Tokenizer.normalise(w));
        }
      }
    }
  }

  @Test
  void rulesOutWordsThatBeginAsNoForm() {
    SymbolPrefixes prefixes = new SymbolPrefixes(List.of("demand", "us", "ax", "a"));

    assertThat(prefixes.rulesOut("zebra", 0, 5)).isTrue();
    assertThat(prefixes.rulesOut("dog", 0, 3)).isTrue();
    assertThat(prefixes.rulesOut("Demanded", 0, 8)).isFalse();
    assertThat(prefixes.rulesOut("US", 0, 2)).isFalse();
    assertThat(prefixes.rulesOut("axes", 0, 4)).isFalse();
    assertThat(prefixes.rulesOut("a", 0, 1)).isFalse();
    assertThat(prefixes.rulesOut("Zürich", 0, 6)).isFalse();
  }

  private static String word(Random random) {
    String letters = "abcdeiosuyxzABCDSUXY0123456789";
    StringBuilder b = new StringBuilder();
    int n = 1 + random.nextInt(8);
    for (int i = 0; i < n; i++) {
      b.append(letters.charAt(random.nextInt(letters.length())));
    }
    return b.toString();
  }
}
