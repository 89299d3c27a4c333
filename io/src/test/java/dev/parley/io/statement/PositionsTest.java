package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Positions told with a copula: "is for", "is in favour of" accept an item; "is against" rejects.
 */
class PositionsTest {
  private static List<String> actsOn(String... paragraphs) {
    return HospitalStrike.actsOn(paragraphs);
  }

  @Test
  void forAndInFavourOfAnItemAcceptIt() {
    assertThat(actsOn("The union is for a pay rise.")).containsExactly("NU accept [pay-rise]");
    assertThat(actsOn("The union is in favour of staffing ratios."))
        .containsExactly("NU accept [staffing-ratio]");
    assertThat(actsOn("The union remains in favor of a wage increase."))
        .containsExactly("NU accept [pay-rise]");
  }

  @Test
  void againstAnItemRejectsItAndANegationTurnsIt() {
    assertThat(actsOn("Mercy Hospital was firmly against the raise."))
        .containsExactly("MH reject [pay-rise]");
    assertThat(actsOn("Mercy Hospital is not against the raise."))
        .containsExactly("MH accept [pay-rise]");
  }

  @Test
  void noPositionWithoutACopulaOrAnItem() {
    assertThat(actsOn("The union voted for the raise.")).isEmpty();
    assertThat(actsOn("Carter said the nurses were against the clock.")).isEmpty();
    assertThat(actsOn("The union was in talks for a raise."))
        .doesNotContain("NU accept [pay-rise]");
    assertThat(actsOn("Mercy Hospital is known for its staffing ratios.")).isEmpty();
  }
}
