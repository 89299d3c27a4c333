package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Speaking or meeting with the other side is talking with it; speaking to the press is not. */
class ConversationsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 2, 15);

  @Test
  void speakingWithACounterpartIsDiscussion() {
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "Lavrov said he had spoken with Blinken on Tuesday."))
        .extracting(Statement::act)
        .contains(Act.DISCUSS);
    assertThat(
            TestArticles.bundledStatements(PUBLISHED, "Blinken will speak with Lavrov on Friday."))
        .extracting(Statement::act)
        .contains(Act.DISCUSS);
  }

  @Test
  void speakingToReportersIsNoDiscussion() {
    assertThat(TestArticles.bundledStatements(PUBLISHED, "Lavrov spoke to reporters in Moscow."))
        .extracting(Statement::act)
        .doesNotContain(Act.DISCUSS);
  }

  @Test
  void aCallOrMeetingHeldWithTheOtherSideIsDiscussionOfBothWithEachOther() {
    for (String sentence :
        List.of(
            "Blinken held a phone call with Lavrov on Tuesday.",
            "Blinken spoke by phone with Lavrov on Tuesday.",
            "Lavrov ended a meeting with Blinken in Geneva.",
            "Blinken had a telephone conversation with Lavrov.")) {
      assertThat(TestArticles.bundledStatements(PUBLISHED, sentence))
          .as(sentence)
          .hasSize(2)
          .allSatisfy(
              s -> {
                assertThat(s.act()).isEqualTo(Act.DISCUSS);
                assertThat(s.addressees())
                    .containsExactly(s.speakerParty().orElseThrow().equals("US") ? "RU" : "US");
              })
          .extracting(s -> s.speakerParty().orElseThrow())
          .containsExactlyInAnyOrder("US", "RU");
    }
  }

  @Test
  void theItemsNamedInTheCallAreItsItems() {
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "Blinken spoke by phone with Lavrov on Tuesday about NATO expansion."))
        .hasSize(2)
        .allSatisfy(s -> assertThat(s.items()).containsExactly("nato-no-expansion"));
  }

  @Test
  void bothNamesOfACompoundSubjectMeetEvenWithATitle() {
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED,
                "Blinken and Foreign Minister Sergei Lavrov ended a meeting in Geneva on Friday."))
        .extracting(s -> s.speakerParty().orElseThrow() + " " + s.act().id())
        .containsExactlyInAnyOrder("US discuss", "RU discuss");
  }

  @Test
  void aMeetingOrCallWithOnesOwnSideIsNoNegotiation() {
    assertThat(TestArticles.bundledStatements(PUBLISHED, "Lavrov spoke by phone with Putin."))
        .isEmpty();
    assertThat(TestArticles.bundledStatements(PUBLISHED, "Lavrov held a meeting with Putin."))
        .isEmpty();
  }

  @Test
  void aMeetingThatIsOnlyTalkedAboutIsNoAct() {
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "The meeting with Lavrov ended without results."))
        .isEmpty();
  }

  @Test
  void beingInTalksWithTheOtherSideIsDiscussion() {
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "Russia is in talks with the United States on arms control."))
        .extracting(s -> s.speakerParty().orElseThrow() + " " + s.act().id() + " " + s.addressees())
        .containsExactly("RU discuss [US]", "US discuss [RU]");
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "Lavrov pointed to the lack of progress in talks with the US."))
        .extracting(Statement::act)
        .doesNotContain(Act.DISCUSS);
  }
}
