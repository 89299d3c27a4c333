package dev.parley.io.statement;

import static dev.parley.io.statement.InventedCases.TRADE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * One's own measure given up is a concession offered: withdrawing, dropping, shelving or scrapping
 * one's bill, lawsuit or tariffs, putting them on hold, or not going ahead with them.
 */
class OwnMeasuresGivenUpTest {
  @Test
  void givingUpOnesOwnMeasureIsAConcession() {
    assertThat(TRADE.actsOn("Karvia said it would withdraw its border bill."))
        .containsExactly("KV propose [border-bill]");
    assertThat(TRADE.actsOn("Karvia shelved the steel tariffs on Monday."))
        .containsExactly("KV propose [steel-tariffs]");
    assertThat(TRADE.actsOn("Karvia has put its steel tariffs on hold."))
        .containsExactly("KV propose [steel-tariffs]");
  }

  @Test
  void notGoingAheadWithOnesOwnMeasureIsAConcessionNotARefusal() {
    assertThat(TRADE.actsOn("Karvia said it will not proceed with the border bill."))
        .containsExactly("KV propose [border-bill]");
    assertThat(TRADE.actsOn("Karvia said it would not impose the steel tariffs."))
        .containsExactly("KV propose [steel-tariffs]");
  }

  @Test
  void aNegatedConcessionOrAnotherThingDroppedIsNone() {
    assertThat(TRADE.actsOn("Karvia did not drop its border bill."))
        .containsExactly("KV reject [border-bill]");
    assertThat(TRADE.actsOn("Karvia dropped its objections to the border bill."))
        .containsExactly("KV accept [border-bill]");
    assertThat(TRADE.actsOn("Karvia said the bridge was put on hold.")).isEmpty();
  }
}
