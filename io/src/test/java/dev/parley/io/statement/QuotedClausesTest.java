package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Another side's act inside a clause of a quote is that side's: in "\"... while Moscow refuses to
 * withdraw troops,\" Blinken said" the refusal is Russia's.
 */
class QuotedClausesTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 3, 6);

  private static List<String> read(String... paragraphs) {
    return TestArticles.read(FakeKnowledge.standard(), PUBLISHED, paragraphs).statements().stream()
        .map(s -> s.speakerParty().orElse("?") + " " + s.act().id())
        .toList();
  }

  @Test
  void aKnownSideOpeningAClauseInAQuoteDoesItsAct() {
    assertThat(
            read(
                "\"Our offer stands on the table while Moscow rejects every idea,\" Blinken"
                    + " said."))
        .containsExactly("RU reject");
    assertThat(read("\"We are ready, but the alliance has rejected every idea,\" Lavrov said."))
        .containsExactly("NATO reject");
  }

  @Test
  void aSideInsideAnObjectOrTheSpeakersOwnSideLeavesTheActToTheSpeaker() {
    assertThat(read("\"We rejected the Russian proposal,\" Blinken said."))
        .containsExactly("US reject");
    assertThat(read("\"We stay calm while Washington rejects their demands,\" Blinken said."))
        .as("the speaker's own side")
        .containsExactly("US reject");
    assertThat(read("\"We will talk if Moscow rejected nothing,\" Blinken said."))
        .doesNotContain("RU reject");
    assertThat(read("\"Calm is needed, and Kyiv must reject provocations,\" Lavrov said."))
        .as("what a side must do is asked of it")
        .doesNotContain("UA reject");
  }

  @Test
  void aPartyRefusingInsideTheQuoteDoesTheActItRefuses() {
    assertThat(
            InventedCases.TRUCE.acts(
                "\"Velmar is refusing to sign the truce,\" the insurgents said."))
        .containsExactly("VL reject");
    assertThat(
            InventedCases.TRUCE.acts("\"We are refusing to sign the truce,\" the insurgents said."))
        .containsExactly("CLF reject");
  }
}
