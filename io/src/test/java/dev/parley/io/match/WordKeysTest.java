package dev.parley.io.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordKeysTest {
  private final WordKeys keys = new WordKeys(8, 6);

  @Test
  void aWordPutIsFoundAgainAtItsSlot() {
    String text = "deal or no deal";
    int missed = keys.find(text, 0, 4, 0);
    assertThat(missed).isNegative();

    keys.put(-1 - missed, text, 0, 4, 0);

    assertThat(keys.find(text, 11, 15, 0)).isEqualTo(-1 - missed);
    assertThat(keys.find(new StringBuilder(text), 11, 15, 0)).isEqualTo(-1 - missed);
  }

  @Test
  void aWordIsFoundOnlyInTheVariantItWasPutIn() {
    int missed = keys.find("1990", 0, 4, 1);
    keys.put(-1 - missed, "1990", 0, 4, 1);

    assertThat(keys.find("1990", 0, 4, 0)).isNegative();
    assertThat(keys.find("1990", 0, 4, 1)).isEqualTo(-1 - missed);
  }

  @Test
  void anotherWordInTheSameSlotReplacesTheFirst() {
    String first = "talks";
    int slot = -1 - keys.find(first, 0, 5, 0);
    keys.put(slot, first, 0, 5, 0);
    String other = null;
    for (int i = 0; other == null; i++) {
      String candidate = "w" + i;
      if (keys.find(candidate, 0, candidate.length(), 0) == -1 - slot) {
        other = candidate;
      }
    }

    keys.put(slot, other, 0, other.length(), 0);

    assertThat(keys.find(other, 0, other.length(), 0)).isEqualTo(slot);
    assertThat(keys.find(first, 0, 5, 0)).isEqualTo(-1 - slot);
  }

  @Test
  void aPrefixOrAnExtensionOfAWordIsAnotherWord() {
    String text = "talk tal talks";
    keys.put(-1 - keys.find(text, 0, 4, 0), text, 0, 4, 0);

    assertThat(keys.find(text, 5, 8, 0)).isNegative();
    assertThat(keys.find(text, 9, 14, 0)).isNegative();
    assertThat(keys.find(text, 9, 13, 0)).isNotNegative();
  }

  @Test
  void aSlotKeepsItsValueUntilAnotherWordIsPutThere() {
    String text = "truce";
    int slot = -1 - keys.find(text, 0, 5, 0);
    keys.put(slot, text, 0, 5, 0);
    keys.setValue(slot, 41);

    assertThat(keys.value(keys.find(text, 0, 5, 0))).isEqualTo(41);

    keys.put(slot, "ceasefire", 0, 5, 1);

    assertThat(keys.value(slot)).isZero();
  }

  @Test
  void aWordLongerThanTheLimitIsNotKept() {
    assertThat(keys.find("negotiations", 0, 12, 0)).isEqualTo(WordKeys.TOO_LONG);
  }

  @Test
  void aTableOfOneSlotKeepsTheLastWordPutThere() {
    WordKeys one = new WordKeys(1, 6);
    assertThat(one.find("talks", 0, 5, 0)).isEqualTo(-1);
    one.put(0, "talks", 0, 5, 0);
    assertThat(one.find("talks", 0, 5, 0)).isZero();
    assertThat(one.find("truce", 0, 5, 0)).isEqualTo(-1);
  }

  @Test
  void slotsMustBeAPowerOfTwo() {
    assertThat(keys.slots()).isEqualTo(8);
    assertThatThrownBy(() -> new WordKeys(6, 4)).isInstanceOf(IllegalArgumentException.class);
  }
}
