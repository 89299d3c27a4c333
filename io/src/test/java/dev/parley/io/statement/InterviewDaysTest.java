package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The day a transcript's lead says an interview was held dates the answers that name no day of
 * their own.
 */
class InterviewDaysTest {
  private static final InventedCase CASE = InventedCases.TRUCE_SPEAKERS;

  private static List<Statement> read(String... paragraphs) {
    return StatementExtractor.of(CASE.lexicon())
        .extract(TestArticles.of(CASE.published(), paragraphs))
        .statements();
  }

  @Test
  void anAnswerWithNoDayOfItsOwnIsOfTheInterviewsDay() {
    // Published on a Monday; the interview was held on the Friday before.
    List<Statement> found =
        read(
            "We spoke with Velmar's foreign minister, Ilona Varga, by phone on Friday.",
            "Q: Will you sign?",
            "VARGA: We reject the truce in its present form.",
            "Q: And later?",
            "VARGA: On October 1 we rejected the truce too.");
    assertThat(found).hasSize(2);
    assertThat(found.get(0).date()).contains(LocalDate.of(2024, 10, 11));
    assertThat(found.get(0).dateBasis()).isEqualTo(DateBasis.ARTICLE);
    assertThat(found.get(1).date()).contains(LocalDate.of(2024, 10, 1));
  }

  @Test
  void aLeadThatTellsOfNoInterviewLeavesThePublication() {
    List<Statement> found =
        read(
            "Fighting went on near the coast on Friday.",
            "Q: Will you sign?",
            "VARGA: We reject the truce in its present form.",
            "Q: And later?",
            "VARGA: We are ready to discuss it.");
    assertThat(found.get(0).date()).contains(CASE.published());
  }
}
