package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Background sentences: an expected or scheduled act is no act, and a sentence whose subject is a
 * thing, with no one reporting, does not lend its act word to the last speaker.
 */
class ForecastsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2021, 1, 27);

  private static ArticleStatements read(String... sentences) {
    return TestArticles.read(FakeKnowledge.standard(), PUBLISHED, String.join(" ", sentences));
  }

  @Test
  void anExpectedOrScheduledActIsNoAct() {
    String said = "Lavrov said Moscow rejected the demand to withdraw troops.";
    assertThat(read(said, "Russia is expected to agree to the offer on sanctions.").statements())
        .hasSize(1);
    assertThat(
            read(said, "The parliament is due to reject the proposal on Wednesday.").statements())
        .hasSize(1);
    assertThat(read(said, "Moscow is widely expected to reject the offer.").statements())
        .hasSize(1);
    assertThat(read(said, "Moscow is scheduled to begin talks with Kyiv on Monday.").statements())
        .hasSize(1);
  }

  @Test
  void expectingToActIsStillAnAct() {
    assertThat(read("Russia expects to reject the offer.").statements()).hasSize(1);
  }

  @Test
  void aThingAsSubjectLendsNoActToTheLastSpeaker() {
    ArticleStatements result =
        read(
            "Lavrov said Moscow rejected the demand to withdraw troops.",
            "The treaty, agreed in 2010, is the last of its kind.");
    assertThat(result.statements()).hasSize(1);
  }

  @Test
  void aPronounStillRefersToTheLastSpeaker() {
    ArticleStatements result =
        read(
            "Lavrov said Moscow rejected the demand to withdraw troops.",
            "He also rejected the offer on sanctions.");
    assertThat(result.statements()).hasSize(2);
    assertThat(result.statements().get(1).speakerActor()).contains("lavrov");
  }
}
