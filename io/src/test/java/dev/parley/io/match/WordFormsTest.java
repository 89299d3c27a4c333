package dev.parley.io.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The word-form memo must never change what a word normalises to, whatever met it before. */
class WordFormsTest {
  private static final long SEED = 20261123L;

  @Test
  void aRememberedWordHasTheFormsOfAFreshOne() {
    String text = "They demanded guarantees; Moscow demanded them again.";
    WordForms.Form first = WordForms.of(text, 5, 13);
    WordForms.Form again = WordForms.of(text, 33, 41);

    assertThat(first.text()).isEqualTo("demanded");
    assertThat(again.text()).isEqualTo("demanded");
    assertThat(again.normalised()).isEqualTo(Tokenizer.normalise("demanded"));
  }

  @Test
  void wordsSharingASlotDisplaceEachOtherWithoutMixingUp() {
    // Far more distinct words than slots: every slot is overwritten many times.
    Random random = new Random(SEED);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 4 * WordForms.SLOTS; i++) {
      words.add(randomWord(random));
    }
    for (int round = 0; round < 2; round++) {
      for (String w : words) {
        WordForms.Form form = WordForms.of(w, 0, w.length());
        assertThat(form.text()).isEqualTo(w);
        assertThat(form.normalised()).isEqualTo(Tokenizer.normalise(w));
      }
    }
  }

  @Test
  void longWordsAreNormalisedWithoutBeingRemembered() {
    String w = "Internationalisationalisations".substring(0, WordForms.MAX_LENGTH + 3);
    assertThat(WordForms.of(w, 0, w.length()).normalised()).isEqualTo(Tokenizer.normalise(w));
  }

  @Test
  void threadsSharingTheMemoGetTheTokensOneThreadGets() throws Exception {
    Random random = new Random(SEED);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      text.append(randomWord(random)).append(random.nextInt(8) == 0 ? ". " : " ");
    }
    String s = text.toString();
    List<Token> expected = Tokenizer.tokenize(s);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Token>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(pool.submit(() -> Tokenizer.tokenize(s)));
      }
      for (Future<List<Token>> run : runs) {
        assertThat(run.get(1, TimeUnit.MINUTES)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A word of 1 to 12 letters, capitalised now and then, with an inflection now and then. */
  private static String randomWord(Random random) {
    StringBuilder b = new StringBuilder();
    int length = 1 + random.nextInt(12);
    for (int i = 0; i < length; i++) {
      b.append((char) ('a' + random.nextInt(26)));
    }
    if (random.nextInt(4) == 0) {
      b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
    }
    String[] endings = {"", "", "s", "ed", "ing", "ies"};
    return b + endings[random.nextInt(endings.length)];
  }
}
