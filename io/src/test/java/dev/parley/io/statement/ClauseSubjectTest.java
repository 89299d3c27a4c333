package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An act verb in a relative or complement clause is its own subject's act, not the sentence's. */
class ClauseSubjectTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 2, 15);

  private static List<Statement> read(String sentence) {
    return TestArticles.bundledStatements(PUBLISHED, sentence);
  }

  @Test
  void aRelativeClauseWithoutThatIsItsSubjectsAct() {
    assertThat(read("NATO pressed ahead with a plan Russia has rejected."))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.speakerParty()).contains("RU");
              assertThat(s.act()).isEqualTo(Act.REJECT);
              assertThat(s.addressees()).contains("NATO");
            });
  }

  @Test
  void aRelativeClauseWithThatIsItsSubjectsAct() {
    assertThat(read("Blinken defended the offer that Russia turned down."))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.speakerParty()).contains("RU");
              assertThat(s.act()).isEqualTo(Act.REJECT);
            });
  }

  @Test
  void theMainVerbStaysWithTheSentencesSubject() {
    assertThat(read("Russia rejected a plan NATO has proposed."))
        .extracting(s -> s.speakerParty().orElseThrow() + " " + s.act().id())
        .containsExactly("RU reject", "NATO propose");
  }

  @Test
  void aSecondSubjectJoinedByAndIsNoClauseSubject() {
    assertThat(read("NATO and Russia will meet in Brussels on Wednesday."))
        .extracting(s -> s.speakerParty().orElseThrow())
        .containsExactlyInAnyOrder("NATO", "RU");
  }

  @Test
  void aSubjectInsideAConditionHasMadeNoAct() {
    assertThat(read("NATO would talk if Russia accepted the proposal."))
        .extracting(s -> s.speakerParty().orElseThrow())
        .doesNotContain("RU");
  }

  @Test
  void aModalAfterANameIsItsVerbNotTheObjectOfTheNounBefore() {
    assertThat(read("Blinken said after the meeting that Russia must withdraw troops."))
        .extracting(s -> s.speakerParty().orElseThrow() + " " + s.act().id())
        .containsExactly("US demand");
  }

  @Test
  void aNameAfterAnOpeningPhraseIsTheSubject() {
    assertThat(read("After meeting Lavrov, Blinken rejected the offer."))
        .extracting(s -> s.speakerParty().orElseThrow() + " " + s.act().id())
        .containsExactly("US reject");
    assertThat(read("Blinken, Stoltenberg and Lavrov met in Geneva."))
        .extracting(s -> s.speakerParty().orElseThrow())
        .as("a list that goes on: each name of it meets, none is an opening phrase's")
        .containsExactlyInAnyOrder("US", "NATO", "RU");
  }

  @Test
  void aRelativePronounSubjectIsThePartyItFollows() {
    assertThat(read("Lavrov criticised the United States, which has rejected the proposal."))
        .extracting(s -> s.speakerParty().orElseThrow() + " " + s.act().id())
        .containsExactly("US reject");
    assertThat(read("Blinken praised Lavrov, who agreed to the proposal."))
        .extracting(s -> s.speakerParty().orElseThrow() + " " + s.act().id())
        .containsExactly("RU accept");
  }

  @Test
  void aNegatedRelativeClauseIsTheSpeakersComplaint() {
    assertThat(read("Lavrov criticised the United States, which has not responded."))
        .extracting(s -> s.speakerParty().orElseThrow())
        .containsExactly("RU");
  }

  @Test
  void resistingATextIsRejectingIt() {
    assertThat(
            InventedCases.TRUCE.acts(
                "Velmar accepted a truce, a concession the insurgents had resisted for months."))
        .containsExactlyInAnyOrder("VL accept", "CLF reject");
    assertThat(InventedCases.TRUCE.acts("The insurgents resisted the Velmari truce plan."))
        .containsExactly("CLF reject");
  }
}
