package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a party says the other should or must do is its demand on the other. */
class ObligationsTest {
  private static List<String> actsOn(String... paragraphs) {
    return HospitalStrike.actsOn(paragraphs);
  }

  @Test
  void theOneObligedIsAskedNotTheSpeaker() {
    assertThat(actsOn("Mercy Hospital must agree to a pay rise, Carter said."))
        .containsExactly("NU demand [pay-rise]");
    assertThat(actsOn("Carter said Mercy Hospital should withdraw the staffing ratios."))
        .containsExactly("NU demand [staffing-ratio]");
  }

  @Test
  void shouldWithNoPartyOrNoItemIsNoDemand() {
    assertThat(actsOn("Carter said the talks should resume soon.")).doesNotContain("NU demand []");
    assertThat(actsOn("Carter said it should withdraw the staffing ratios.")).isEmpty();
    assertThat(actsOn("Carter said Mercy Hospital should listen.")).isEmpty();
  }
}
