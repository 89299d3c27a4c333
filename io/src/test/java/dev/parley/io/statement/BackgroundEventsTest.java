package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Events told in passing are no acts: a participle saying how a thing came about ("the cap, agreed
 * last year in Oslo,") and a meeting in a clause of time ("since the envoys last met").
 */
class BackgroundEventsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 3, 6);

  private static final FakeKnowledge KNOWLEDGE = knowledge();

  private static FakeKnowledge knowledge() {
    FakeKnowledge k = FakeKnowledge.standard();
    k.act("discuss", "met");
    k.act("accept", "signed");
    return k;
  }

  private static List<String> read(String sentence) {
    return TestArticles.read(KNOWLEDGE, PUBLISHED, sentence).statements().stream()
        .map(s -> s.speakerParty().orElse("?") + " " + s.act().id())
        .toList();
  }

  @Test
  void aParticipleAfterANounAndACommaIsHowTheThingCameAbout() {
    assertThat(
            read(
                "Lavrov said Russia would not weaken the troop ceiling, agreed last year in"
                    + " Vienna."))
        .doesNotContain("RU accept");
    assertThat(read("Blinken will defend the missile cap, signed in 2019 by both capitals."))
        .isEmpty();
  }

  @Test
  void aParticipleThatIsTheSubjectsVerbStillCounts() {
    assertThat(read("Russia, after long talks, agreed on Monday.")).containsExactly("RU accept");
    assertThat(read("Russia, which had resisted the plan, agreed on Monday."))
        .containsExactly("RU accept");
    assertThat(read("Lavrov said the talks were hard, but agreed to the plan."))
        .contains("RU accept");
    assertThat(read("Russia and its envoy, a veteran of such talks, rejected the plan."))
        .containsExactly("RU reject");
  }

  @Test
  void aMeetingInAClauseOfTimeIsNoAct() {
    assertThat(
            read(
                "Lavrov said Washington had offered nothing new since the two delegations last"
                    + " met."))
        .doesNotContain("RU discuss", "US discuss");
    assertThat(read("After Blinken and Lavrov met in Geneva, Russia rejected the plan."))
        .containsExactly("RU reject");
  }

  @Test
  void aMeetingThatIsTheSentencesOwnActCounts() {
    assertThat(read("Since Monday, Lavrov and Blinken have met twice.")).contains("RU discuss");
    assertThat(read("Lavrov met Blinken in Geneva after the summit.")).contains("RU discuss");
  }
}
