package dev.parley.io.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordMemoTest {
  private record Made(String text, int variant, int serial) implements WordMemo.Word {}

  private final List<Made> made = new ArrayList<>();
  private final WordMemo<Made> memo =
      new WordMemo<>(
          8,
          6,
          (word, variant) -> {
            Made m = new Made(word, variant, made.size());
            made.add(m);
            return m;
          });

  @Test
  void aWordMetAgainIsNotMadeAgain() {
    String text = "deal or no deal";
    Made first = memo.of(text, 0, 4, 0);
    Made again = memo.of(text, 11, 15, 0);

    assertThat(again).isSameAs(first);
    assertThat(made).hasSize(1);
  }

  @Test
  void oneWordInTwoVariantsGivesTwoEntries() {
    Made word = memo.of("1990", 0, 4, 0);
    Made number = memo.of("1990", 0, 4, 1);

    assertThat(word.variant()).isZero();
    assertThat(number.variant()).isOne();
    assertThat(memo.of("1990", 0, 4, 0).text()).isEqualTo("1990");
    assertThat(memo.of("1990", 0, 4, 0).variant()).isZero();
  }

  @Test
  void longWordsAreMadeEachTime() {
    memo.of("negotiation", 0, 11, 0);
    memo.of("negotiation", 0, 11, 0);

    assertThat(made).hasSize(2);
  }

  @Test
  void wordsOfAnyTextAreKeyedByTheirChars() {
    StringBuilder builder = new StringBuilder("a talk, a talk");
    assertThat(memo.of(builder, 2, 6, 0).text()).isEqualTo("talk");
    assertThat(memo.of(builder, 10, 14, 0)).isSameAs(memo.of("talk", 0, 4, 0));
  }

  @Test
  void rejectsATableThatIsNotAPowerOfTwo() {
    assertThatThrownBy(() -> new WordMemo<Made>(6, 4, (w, v) -> new Made(w, v, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("6");
  }
}
