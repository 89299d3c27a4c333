package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * One's own measure given up is a concession offered: withdrawing, dropping, shelving or scrapping
 * one's bill, lawsuit or tariffs, putting them on hold, or not going ahead with them.
 */
class OwnMeasuresGivenUpTest {
  /** Karvia, whose steel tariffs and border bill Lutheria opposes, published 2 April 2025. */
  private static final InventedCase STEEL =
      InventedCase.publishedOn(LocalDate.of(2025, 4, 2))
          .state("KV", "Karvia", "Karvian | Karvians")
          .state("LU", "Lutheria", "Lutherian | Lutherians")
          .item("steel-tariffs", "Karvia taxes Lutherian steel", "KV", "steel tariffs")
          .item("border-bill", "Karvia passes the border bill", "KV", "border bill")
          .build("steel.lexicon");

  @Test
  void givingUpOnesOwnMeasureIsAConcession() {
    assertThat(STEEL.actsOn("Karvia said it would withdraw its border bill."))
        .containsExactly("KV propose [border-bill]");
    assertThat(STEEL.actsOn("Karvia shelved the steel tariffs on Monday."))
        .containsExactly("KV propose [steel-tariffs]");
    assertThat(STEEL.actsOn("Karvia has put its steel tariffs on hold."))
        .containsExactly("KV propose [steel-tariffs]");
  }

  @Test
  void notGoingAheadWithOnesOwnMeasureIsAConcessionNotARefusal() {
    assertThat(STEEL.actsOn("Karvia said it will not proceed with the border bill."))
        .containsExactly("KV propose [border-bill]");
    assertThat(STEEL.actsOn("Karvia said it would not impose the steel tariffs."))
        .containsExactly("KV propose [steel-tariffs]");
  }

  @Test
  void aNegatedConcessionOrAnotherThingDroppedIsNone() {
    assertThat(STEEL.actsOn("Karvia did not drop its border bill."))
        .containsExactly("KV reject [border-bill]");
    assertThat(STEEL.actsOn("Karvia dropped its objections to the border bill."))
        .containsExactly("KV accept [border-bill]");
    assertThat(STEEL.actsOn("Karvia said the bridge was put on hold.")).isEmpty();
  }
}
