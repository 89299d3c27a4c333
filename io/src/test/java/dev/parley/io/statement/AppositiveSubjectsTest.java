package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A known name followed by an appositive before its reporting verb ("Lavrov, Russia's top diplomat,
 * said"): the name speaks, not the description nor the last speaker.
 */
class AppositiveSubjectsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 1, 12);

  private static Statement last(String... sentences) {
    ArticleStatements result =
        TestArticles.read(FakeKnowledge.standard(), PUBLISHED, String.join(" ", sentences));
    return result.statements().get(result.statements().size() - 1);
  }

  @Test
  void theNameBeforeAnAppositiveSpeaks() {
    Statement s =
        last(
            "Blinken said Washington rejected the demand to withdraw troops.",
            "Lavrov, the country's chief negotiator, said Moscow rejected the offer.");
    assertThat(s.speakerActor()).contains("lavrov");
    assertThat(s.speakerParty()).contains("RU");
  }

  @Test
  void aParticipleAppositiveLeavesTheNameTheSubject() {
    Statement s =
        last(
            "Blinken said Washington rejected the demand to withdraw troops.",
            "Lavrov, speaking after the talks, said Moscow rejected the offer.");
    assertThat(s.speakerActor()).contains("lavrov");
  }

  @Test
  void aNameGovernedByAPrepositionBeforeACommaIsNoSubject() {
    Statement s =
        last(
            "Blinken said Washington rejected the demand to withdraw troops.",
            "The letter to Lavrov, sent on Monday, said Washington rejected the offer.");
    assertThat(s.speakerActor()).isNotEqualTo(java.util.Optional.of("lavrov"));
  }
}
