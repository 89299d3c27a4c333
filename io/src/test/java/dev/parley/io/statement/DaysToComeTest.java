package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A day still to come, named in a sentence, dates no act told in the sentences after it. */
class DaysToComeTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 9);

  private static List<Statement> read(String... paragraphs) {
    return StatementExtractor.of(FakeKnowledge.standard())
        .extract(TestArticles.of(PUBLISHED, paragraphs))
        .statements();
  }

  @Test
  void aDayAfterPublicationDoesNotDateTheNextAct() {
    List<Statement> found =
        read("The talks are to resume on March 20. Lavrov rejected the American proposal.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).date()).contains(PUBLISHED);
    assertThat(found.get(0).dateBasis()).isEqualTo(DateBasis.PUBLICATION);
  }

  @Test
  void aDayBeforePublicationStillDatesTheNextAct() {
    List<Statement> found =
        read("The talks ended on March 2. Lavrov rejected the American proposal.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).date()).contains(LocalDate.of(2023, 3, 2));
    assertThat(found.get(0).dateBasis()).isEqualTo(DateBasis.PARAGRAPH);
  }
}
