package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An item named in the complement of another item's phrase ("compensation for the port of Vell")
 * says what that item is about: the act is on the other item alone.
 */
class ItemComplementsTest {
  private static final InventedCase HARBOUR =
      InventedCase.publishedOn(LocalDate.of(2024, 6, 3))
          .state("VL", "Velmar", "Velmari")
          .state("TS", "Tarsia", "Tarsian")
          .item("compensation", "Tarsia pays for the damage to Vell", "TS", "compensation")
          .item("vell", "The port of Vell returns to Velmar", "TS", "port of Vell | Vell")
          .build("harbour.lexicon");

  @Test
  void anItemInTheComplementOfAnotherIsWhatItIsAbout() {
    assertThat(HARBOUR.actsOn("Velmar demanded compensation for the port of Vell on Monday."))
        .containsExactly("VL demand [compensation]");
    assertThat(HARBOUR.actsOn("Tarsia rejected any compensation for Vell."))
        .containsExactly("TS reject [compensation]");
  }

  @Test
  void anItemAtWhoseExpenseAnotherIsAskedIsNoItemOfItsOwn() {
    assertThat(HARBOUR.actsOn("Tarsia offered compensation at the expense of the port of Vell."))
        .containsExactly("TS propose [compensation]");
  }

  @Test
  void itemsJoinedOrFartherApartAreEachTheActs() {
    assertThat(HARBOUR.actsOn("Velmar demanded compensation and the port of Vell on Monday."))
        .containsExactly("VL demand [compensation, vell]");
    assertThat(
            HARBOUR.actsOn(
                "Velmar demanded compensation for the damage done over the years to the port of"
                    + " Vell."))
        .containsExactly("VL demand [compensation, vell]");
  }
}
