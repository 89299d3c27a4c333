package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Negation carried by the subject: "no British minister could accept that" rejects. */
class NegativeSubjectsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 9);

  private static List<String> acts(String... paragraphs) {
    return TestArticles.acts(FakeKnowledge.standard(), PUBLISHED, paragraphs);
  }

  @Test
  void aNegativeSubjectOfManyWordsNegatesItsVerb() {
    assertThat(acts("Lavrov said that no Russian foreign minister could agree to NATO expansion."))
        .containsExactly("RU reject");
    assertThat(acts("Lavrov said no one in the Russian delegation would agree to NATO expansion."))
        .containsExactly("RU reject");
  }

  @Test
  void aNegativeWordWithAVerbOfItsOwnBeforeTheActLeavesIt() {
    assertThat(
            acts(
                "No date for the talks was set and Moscow accepted the withdrawal of troops,"
                    + " Lavrov said."))
        .containsExactly("RU accept");
    assertThat(
            acts("Lavrov said he saw no reason why Washington should not agree to the sanctions."))
        .doesNotContain("US accept");
  }
}
