package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A visit to another side, told by its travel, is a meeting: the one who travels and the side
 * visited each discuss, addressed to the other.
 */
class VisitsTest {
  private static List<String> read(String... paragraphs) {
    return MeetingPartnersTest.read(paragraphs);
  }

  @Test
  void aVisitToAnotherSideIsAMeetingOfBoth() {
    assertThat(read("Quill visited Velmar on Saturday."))
        .containsExactly("quill discuss [VL]", "VL discuss [TS]");
    assertThat(read("Quill flew on to Velmar, where Varga accepted the truce."))
        .contains("quill discuss [VL]", "VL discuss [TS]", "varga accept [TS]");
  }

  @Test
  void travelForTalksWithASideIsAMeetingWithIt() {
    assertThat(read("Brenn arrived in the port on Thursday for talks with Varga."))
        .containsExactly("brenn discuss [VL]", "varga discuss [CLF]");
    assertThat(read("Brenn travelled to the coast for a meeting with the Velmari government."))
        .containsExactly("brenn discuss [VL]", "VL discuss [CLF]");
  }

  @Test
  void aVisitNotMadeRefusesTheTalks() {
    assertThat(read("Brenn did not travel to Velmar.")).containsExactly("brenn reject [VL]");
  }

  @Test
  void goingHomeAimsNounsAndPeopleSentAreNoVisit() {
    assertThat(read("Varga returned to Velmar after the summit.")).as("going home").isEmpty();
    assertThat(read("Quill plans to visit Velmar.")).as("an aim").isEmpty();
    assertThat(read("Her visit to Velmar was short.")).as("a noun").isEmpty();
    assertThat(read("Quill flew to the Velmari capital for a summit of donors."))
        .as("a name that modifies another place")
        .isEmpty();
    assertThat(read("For every Tarsian returned to Velmar, the insurgents free a prisoner."))
        .as("people sent back")
        .noneMatch(s -> s.contains("discuss"));
  }
}
