package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A word set's test behind the census answers as the set's own test of the whole text. The tests
 * run in name order: the census tells apart only the first sets made, and the randomised test's
 * sets must be among them, before the test that makes more sets than it tells apart.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class WordSetCensusTest {
  private static final long SEED = 20261124L;

  /** Letters whose lower case is ASCII, is not, or is two chars (U+0130), and word breaks. */
  private static final String ALPHABET = "abdeiknorstABDEIKNORST -'\u212a\u0130\u00e9\u2019";

  @Test
  void gatedTestsAnswerAsTheSetsOwnForRandomTextsAndSets() {
    Random random = new Random(SEED);
    List<List<String>> words = new ArrayList<>();
    List<FoldedWords> sets = new ArrayList<>();
    for (int n = 0; n < 12; n++) {
      List<String> set = new ArrayList<>();
      for (int k = 1 + random.nextInt(4); k > 0; k--) {
        set.add(randomWord(random));
      }
      words.add(set);
      sets.add(new FoldedWords(set));
    }
    int passed = 0;
    for (int n = 0; n < 20_000; n++) {
      String text = randomText(random, words);
      int start = random.nextInt(text.length() + 1);
      int end = start + random.nextInt(text.length() - start + 1);
      long census = WordSetCensus.read(text, start, end);
      for (FoldedWords set : sets) {
        String what = String.format("seed %s, text %s [%s, %s)", SEED, text, start, end);
        boolean folded = set.inAsciiFolded(text, start, end);
        boolean lower = set.inLowerCase(text.substring(start, end));
        assertThat(set.inAsciiFolded(census, 0, text, start, end)).as(what).isEqualTo(folded);
        assertThat(set.inLowerCase(census, 0, text, start, end)).as(what).isEqualTo(lower);
        passed += folded ? 0 : 1;
      }
    }
    // Most texts hold no word of a given set: the comparison covers both answers.
    assertThat(passed).isGreaterThan(100_000);
  }

  @Test
  void aTextHoldingNoKeyOfASetCannotHoldIt() {
    FoldedWords vetoes = new FoldedWords(List.of("veto", "vetoed"));
    String text = "The council voted, and nobody blocked it.";
    assertThat(folded(vetoes, text)).isFalse();
    assertThat(lower(vetoes, text)).isFalse();
  }

  @Test
  void aKeyWithoutItsWordIsReadAndRefused() {
    FoldedWords vetoes = new FoldedWords(List.of("vetoed"));
    assertThat(folded(vetoes, "A VETO was cast.")).isFalse();
    assertThat(folded(vetoes, "They VETOED it.")).isTrue();
  }

  @Test
  void aSetMadeAfterTheReadingIsReadItself() {
    String text = "They will abstain.";
    long census = WordSetCensus.read(text, 0, text.length());
    FoldedWords later = new FoldedWords(List.of("abstain"));
    assertThat(later.inAsciiFolded(census, 0, text, 0, text.length())).isTrue();
  }

  @Test
  void theKelvinSignIsReadInTheFullLowerCaseOnly() {
    FoldedWords kinds = new FoldedWords(List.of("kind"));
    assertThat(folded(kinds, "\u212aIND words")).isFalse();
    assertThat(lower(kinds, "\u212aIND words")).isTrue();
  }

  @Test
  void setsBeyondWhatTheCensusTellsApartAreStillFound() {
    List<FoldedWords> many = new ArrayList<>();
    for (int n = 0; n < 80; n++) {
      many.add(new FoldedWords(List.of("word" + (char) ('a' + n % 26) + n)));
    }
    String text = "One wordb79 and wordc2.";
    long census = WordSetCensus.read(text, 0, text.length());
    for (FoldedWords set : many) {
      assertThat(set.inAsciiFolded(census, 0, text, 0, text.length()))
          .isEqualTo(set.inAsciiFolded(text, 0, text.length()));
    }
    assertThat(many.get(79).inAsciiFolded(census, 0, text, 0, text.length())).isTrue();
  }

  /** The set's ASCII-folded test of the whole text, behind the census. */
  private static boolean folded(FoldedWords set, String text) {
    return set.inAsciiFolded(WordSetCensus.read(text, 0, text.length()), 0, text, 0, text.length());
  }

  /** The set's lower-case test of the whole text, behind the census. */
  private static boolean lower(FoldedWords set, String text) {
    return set.inLowerCase(WordSetCensus.read(text, 0, text.length()), 0, text, 0, text.length());
  }

  private static String randomWord(Random random) {
    StringBuilder word = new StringBuilder();
    for (int k = 4 + random.nextInt(4); k > 0; k--) {
      char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
      word.append(c < 128 ? Character.toLowerCase(c) : 'a');
    }
    return word.toString();
  }

  private static String randomText(Random random, List<List<String>> words) {
    int length = random.nextInt(30);
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      if (random.nextInt(6) == 0) {
        // A word of some set, or most of one, in mixed case: matches and near misses.
        List<String> set = words.get(random.nextInt(words.size()));
        String word = set.get(random.nextInt(set.size()));
        for (int k = random.nextInt(2); k < word.length() - random.nextInt(2); k++) {
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
