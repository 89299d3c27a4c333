package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A compound subject of known speakers: each member does the act, whether the second comes after a
 * role in apposition ("X and his counterpart, Y, rejected") or the first is "he" ("He and Y told
 * reporters").
 */
class CompoundSubjectsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 3, 6);

  private static List<String> read(String... paragraphs) {
    return TestArticles.read(FakeKnowledge.standard(), PUBLISHED, paragraphs).statements().stream()
        .map(s -> s.speakerActor().orElse(s.speakerParty().orElse("?")) + " " + s.act().id())
        .toList();
  }

  @Test
  void aSecondNameAfterARoleInAppositionActsToo() {
    assertThat(read("Lavrov and his American counterpart, Antony Blinken, rejected the plan."))
        .containsExactlyInAnyOrder("lavrov reject", "blinken reject");
    assertThat(read("Stoltenberg and the Russian envoy, Sergei Lavrov, denied the report."))
        .containsExactlyInAnyOrder("stoltenberg deny", "lavrov deny");
  }

  @Test
  void heJoinedBeforeANameIsTheLastSpeakerActingToo() {
    assertThat(
            read(
                "Lavrov arrived in Geneva on Monday. He and Blinken told reporters that they"
                    + " rejected the withdrawal of troops."))
        .containsExactlyInAnyOrder("lavrov reject", "blinken reject");
    assertThat(read("On Monday, Lavrov and Blinken rejected the plan."))
        .containsExactlyInAnyOrder("lavrov reject", "blinken reject");
  }

  @Test
  void anObjectOrANameAfterTheVerbIsNoSubject() {
    assertThat(
            read(
                "Lavrov arrived in Geneva on Monday. Stoltenberg said he and Blinken rejected"
                    + " the plan."))
        .as("\"he\" after a reporting verb is the person named before it")
        .containsExactlyInAnyOrder("stoltenberg reject", "blinken reject");
    assertThat(
            read(
                "Lavrov rejected the plan and his American counterpart, Antony Blinken, left"
                    + " Geneva."))
        .containsExactly("lavrov reject");
    assertThat(read("Lavrov and his deputy, a veteran of such talks, rejected the plan."))
        .containsExactly("lavrov reject");
  }

  @Test
  void aFirstNameOpenedByTheOrSpelledOutActsWithTheSpeaker() {
    assertThat(
            InventedCases.TRUCE.acts(
                "The Republic of Velmar and the Coastal Liberation Front announced on Sunday that"
                    + " they had agreed to a truce."))
        .containsExactlyInAnyOrder("VL accept", "CLF accept");
    assertThat(
            InventedCases.TRUCE.acts(
                "Tarsia said it had met the Republic of Velmar and the Coastal Liberation Front"
                    + " announced that they rejected the truce."))
        .as("a name after a verb is its object")
        .doesNotContain("VL reject");
  }
}
