package dev.parley.io.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
  @Test
  void findsOverlappingAndNestedPhrases() {
    PhraseMatcher<String> m =
        PhraseMatcher.<String>builder()
            .add("NATO expansion", "item")
            .add("NATO", "party")
            .add("further NATO expansion", "long-item")
            .add("expansion", "word")
            .build();
    List<Token> tokens = Tokenizer.tokenize("no further NATO expansions");
    List<PhraseMatch<String>> found = m.find(tokens);
    assertThat(found)
        .extracting(PhraseMatch::value)
        .containsExactly("party", "long-item", "item", "word");
    PhraseMatch<String> longest = found.get(1);
    assertThat(longest.firstToken()).isEqualTo(1);
    assertThat(longest.lastToken()).isEqualTo(3);
    assertThat(longest.start()).isEqualTo(3);
    assertThat(longest.end()).isEqualTo(26);
    assertThat(Spans.longestNonOverlapping(found))
        .extracting(PhraseMatch::value)
        .containsExactly("long-item");
  }

  @Test
  void onePhraseMayStandForSeveralValues() {
    PhraseMatcher<String> m =
        PhraseMatcher.<String>builder()
            .add("written response", "us")
            .add("written responses", "nato")
            .build();
    assertThat(m.size()).isEqualTo(1);
    assertThat(m.find(Tokenizer.tokenize("a written response")))
        .extracting(PhraseMatch::value)
        .containsExactly("us", "nato");
  }

  @Test
  void longestNonOverlappingPrefersLongerThenEarlier() {
    PhraseMatcher<String> m =
        PhraseMatcher.<String>builder().add("a b", "ab").add("b c", "bc").add("c d", "cd").build();
    List<PhraseMatch<String>> found = m.find(Tokenizer.tokenize("a b c d"));
    assertThat(Spans.longestNonOverlapping(found))
        .extracting(PhraseMatch::value)
        .containsExactly("ab", "cd");
  }

  /** Seeded: the automaton finds exactly what comparing every phrase at every position finds. */
  @Test
  void agreesWithNaiveSearch() {
    long seed = 20211217L;
    Random random = new Random(seed);
    String[] alphabet = {"a", "b", "c", "d"};
    for (int round = 0; round < 300; round++) {
      List<List<String>> phrases = new ArrayList<>();
      PhraseMatcher.Builder<Integer> b = PhraseMatcher.builder();
      int count = 1 + random.nextInt(12);
      for (int p = 0; p < count; p++) {
        List<String> phrase = new ArrayList<>();
        int len = 1 + random.nextInt(4);
        for (int k = 0; k < len; k++) {
          phrase.add(alphabet[random.nextInt(alphabet.length)]);
        }
        phrases.add(phrase);
        b.add(phrase, p);
      }
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(40);
      for (int k = 0; k < n; k++) {
        text.append(random.nextInt(10) == 0 ? "x" : alphabet[random.nextInt(alphabet.length)]);
        text.append(' ');
      }
      List<Token> tokens = Tokenizer.tokenize(text);
      List<String> expected = new ArrayList<>();
      for (int p = 0; p < phrases.size(); p++) {
        List<String> phrase = phrases.get(p);
        for (int i = 0; i + phrase.size() <= tokens.size(); i++) {
          boolean all = true;
          for (int k = 0; k < phrase.size() && all; k++) {
            all = tokens.get(i + k).normalised().equals(phrase.get(k));
          }
          if (all) {
            expected.add(p + "@" + i + "-" + (i + phrase.size() - 1));
          }
        }
      }
      List<String> actual =
          b.build().find(tokens).stream()
              .map(x -> x.value() + "@" + x.firstToken() + "-" + x.lastToken())
              .toList();
      expected.sort(Comparator.naturalOrder());
      List<String> sortedActual = new ArrayList<>(actual);
      sortedActual.sort(Comparator.naturalOrder());
      assertThat(sortedActual)
          .as("seed %s, round %s, phrases %s, text '%s'", seed, round, phrases, text)
          .isEqualTo(expected);
    }
  }
}
