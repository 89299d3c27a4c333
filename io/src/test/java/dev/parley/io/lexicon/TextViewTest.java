package dev.parley.io.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextViewTest {
  @Test
  void readsTheStretchItIsSetTo() {
    TextView view = new TextView().of("the union walked away", 10, 21);
    assertThat(view.length()).isEqualTo(11);
    assertThat(view.charAt(0)).isEqualTo('w');
    assertThat(view.subSequence(7, 11).toString()).isEqualTo("away");
    assertThat(view).hasToString("walked away");
  }

  @Test
  void isSetAnewForEachRead() {
    TextView view = new TextView();
    assertThat(view.of("strike on Monday", 0, 6)).hasToString("strike");
    assertThat(view.of("at the table", 7, 12)).hasToString("table");
    assertThat(view.length()).isEqualTo(5);
  }

  @Test
  void refusesAStretchOutsideItsTextAndAnIndexOutsideItself() {
    TextView view = new TextView();
    assertThatThrownBy(() -> view.of("short", 2, 9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[2, 9)")
        .hasMessageContaining("5 chars");
    assertThatThrownBy(() -> view.of("short", 4, 3)).isInstanceOf(IllegalArgumentException.class);
    TextView set = view.of("short", 1, 3);
    assertThatThrownBy(() -> set.charAt(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> set.charAt(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
