package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Talks told as scheduled or going on are the sides' discussion, dated when told. */
class ScheduledTalksTest {
  private static final String OFFER = "Mercy Hospital offered the union a pay rise on Monday. ";

  private static List<String> acts(String... paragraphs) {
    return HospitalStrike.read(paragraphs).stream()
        .map(s -> s.sentence() + " " + s.speakerParty().orElse("?") + " " + s.act().id())
        .toList();
  }

  @Test
  void scheduledTalksAreEachSidesDiscussion() {
    for (String sentence :
        List.of(
            "Further talks are scheduled for Thursday.",
            "Talks between the union and Mercy Hospital will resume on Thursday.",
            "Another round of talks is pencilled in for next week.")) {
      assertThat(acts(OFFER + sentence))
          .as(sentence)
          .containsExactly("0 MH propose", "1 MH discuss", "1 NU discuss");
    }
  }

  @Test
  void theScheduledDayIsNotTheActsDate() {
    List<Statement> read =
        HospitalStrike.read(OFFER + "Talks will resume on Thursday at the hospital.");
    assertThat(read).hasSize(3);
    assertThat(read.get(1).date()).isEqualTo(read.get(0).date());
  }

  @Test
  void otherThingsScheduledOrTalksToldOfAreNoDiscussion() {
    assertThat(acts(OFFER + "The strike is scheduled for Thursday."))
        .containsExactly("0 MH propose");
    assertThat(acts(OFFER + "The talks had been difficult.")).containsExactly("0 MH propose");
    assertThat(acts(OFFER + "Carter said the talks were scheduled badly."))
        .doesNotContain("1 MH discuss");
  }
}
