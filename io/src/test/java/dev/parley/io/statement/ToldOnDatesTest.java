package dev.parley.io.statement;

import static dev.parley.io.statement.TestArticles.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An act dated by the next sentence, which tells when it was said ("He stated this on ..."). */
class ToldOnDatesTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 9);

  private static ArticleStatements read(String... paragraphs) {
    return TestArticles.read(FakeKnowledge.standard(), PUBLISHED, paragraphs);
  }

  @Test
  void theNextSentenceTellsWhenItWasSaid() {
    Statement s =
        only(
            read(
                "Stoltenberg rejected the expansion of NATO. He stated this during a press"
                    + " conference on February 15."));
    assertThat(s.date()).contains(LocalDate.of(2023, 2, 15));

    Statement so = only(read("Lavrov rejected the demand. He said so on February 20."));
    assertThat(so.date()).contains(LocalDate.of(2023, 2, 20));
  }

  @Test
  void thisAsADeterminerDatesNothingTold() {
    Statement s =
        only(
            read(
                "Stoltenberg rejected the expansion of NATO. He said this week the summit of"
                    + " February 15 is postponed."));
    assertThat(s.date()).contains(PUBLISHED);
  }

  @Test
  void aSentenceOfTheNextParagraphDoesNotDateIt() {
    Statement s =
        only(
            read(
                "Stoltenberg rejected the expansion of NATO.",
                "He stated this in Brussels on February 15."));
    assertThat(s.date()).contains(PUBLISHED);
  }

  @Test
  void anActDatedInItsOwnSentenceKeepsItsDate() {
    Statement s =
        only(read("On February 2, Lavrov rejected the demand. He said so on February 20."));
    assertThat(s.date()).contains(LocalDate.of(2023, 2, 2));
  }
}
