package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Talks told as scheduled, going on or held are the sides' discussion, dated when told. */
class ScheduledTalksTest {
  private static final String OFFER = "Mercy Hospital offered the union a pay rise on Monday. ";

  private static List<String> acts(String... paragraphs) {
    return HospitalStrike.read(paragraphs).stream()
        .map(s -> s.sentence() + " " + s.speakerParty().orElse("?") + " " + s.act().id())
        .toList();
  }

  /** Asserts that each sentence, after the offer, is a discussion by each side. */
  private static void assertEachSideDiscusses(String... sentences) {
    for (String sentence : sentences) {
      assertThat(acts(OFFER + sentence))
          .as(sentence)
          .containsExactly("0 MH propose", "1 MH discuss", "1 NU discuss");
    }
  }

  @Test
  void scheduledTalksAreEachSidesDiscussion() {
    assertEachSideDiscusses(
        "Further talks are scheduled for Thursday.",
        "Talks between the union and Mercy Hospital will resume on Thursday.",
        "Another round of talks is pencilled in for next week.");
  }

  @Test
  void talksToldAsHeldAreEachSidesDiscussion() {
    assertEachSideDiscusses(
        "Talks between the union and Mercy Hospital resumed in the city on Friday.",
        "The meeting between Carter and Mercy Hospital began at noon.",
        "The last round of talks was held at a hotel.",
        "The negotiations took place behind closed doors.");
  }

  @Test
  void talksHeadedByTheirPartOrToldAfterThatAreEachSidesDiscussion() {
    assertEachSideDiscusses(
        "It was confirmed that the last round of the negotiations was held at a hotel.",
        "The second cycle of negotiations will be held at the city hall.",
        "The follow-up negotiation will be held between the union and Mercy Hospital next week.",
        "The next round of talks is foreseen for June, according to the mediator.");
  }

  @Test
  void talksToldInThePresentAreEachSidesDiscussion() {
    assertEachSideDiscusses(
        "Talks resume at the city hall this afternoon.",
        "Negotiations between the union and Mercy Hospital begin again in the morning.");
    assertThat(acts(OFFER + "The talks continue to stall over wages."))
        .as("their course, not talks held")
        .containsExactly("0 MH propose");
    assertThat(acts(OFFER + "The strike resumes on Monday.")).containsExactly("0 MH propose");
  }

  @Test
  void theDayTalksWereHeldIsTheActsDate() {
    List<Statement> read =
        HospitalStrike.read(OFFER + "Talks between the union and Mercy resumed on 18 May.");
    assertThat(read).hasSize(3);
    assertThat(read.get(1).date()).contains(java.time.LocalDate.of(2023, 5, 18));
  }

  @Test
  void talksInAClauseOfTimeOrToldForTheirOutcomeAreNoneHeld() {
    assertThat(acts(OFFER + "Since talks began in March, the union has held three strikes."))
        .doesNotContain("1 NU discuss");
    assertThat(acts(OFFER + "The meeting ended without results.")).containsExactly("0 MH propose");
    assertThat(acts(OFFER + "The negotiations lasted four hours.")).containsExactly("0 MH propose");
    assertThat(acts(OFFER + "The strike lasted three days.")).containsExactly("0 MH propose");
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
