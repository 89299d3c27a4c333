package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A need of the speaker's side told of an item the other side acts on is a demand. */
class NeedsTest {
  private static final InventedCase RIVERS = InventedCases.RIVERS;

  @Test
  void whatTheSpeakersSideNeedsIsDemanded() {
    assertThat(RIVERS.actsOn("\"We need a fair water quota,\" Marovia said."))
        .containsExactly("MV demand [water-quota]");
    assertThat(RIVERS.actsOn("Marovia said its farmers need a bigger water quota.")).isEmpty();
    assertThat(
            RIVERS.actsOn(
                "\"We need a guarantee that the water quota will hold,\" Marovia's envoy said."))
        .containsExactly("MV demand [water-quota]");
  }

  @Test
  void aThingsNeedANeedToActOrANegatedNeedIsNoDemand() {
    assertThat(RIVERS.actsOn("The talks on the water quota need more time.")).isEmpty();
    assertThat(RIVERS.actsOn("\"We do not need a water quota,\" Marovia said.")).isEmpty();
    assertThat(RIVERS.actsOn("\"We need more time,\" Marovia said.")).isEmpty();
  }
}
