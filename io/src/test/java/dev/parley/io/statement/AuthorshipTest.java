package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A text told with its authors ("the plan drafted by Washington") is their proposal. */
class AuthorshipTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 9);

  private static List<String> acts(String... paragraphs) {
    return TestArticles.acts(FakeKnowledge.standard(), PUBLISHED, paragraphs);
  }

  @Test
  void eachAuthorNamedAfterByProposesTheText() {
    assertThat(acts("Kyiv accepted the plan drafted by Washington and NATO on sanctions."))
        .containsExactly("UA accept", "US propose", "NATO propose");
    assertThat(acts("Kyiv studied the draft put forward by Moscow on sanctions."))
        .containsExactly("RU propose");
  }

  @Test
  void noAuthorshipWithoutAKnownAuthorOrAText() {
    assertThat(acts("Kyiv accepted the plan drafted by experts on sanctions."))
        .containsExactly("UA accept");
    assertThat(acts("Kyiv was surprised by the sanctions prepared by Washington."))
        .doesNotContain("US propose");
  }

  @Test
  void aTextWhoseMakerIsTheSubjectOfARelativeClauseIsTheMakersProposal() {
    assertThat(
            InventedCases.TRUCE.acts(
                "The insurgents said the offer Velmar had put on the table on Friday was no"
                    + " basis for a truce."))
        .contains("VL propose", "CLF reject");
    assertThat(
            InventedCases.TRUCE.acts(
                "Tarsia said the demands the insurgents made on Sunday blocked a truce."))
        .contains("CLF demand");
  }

  @Test
  void aRelativeClauseThatAnswersOrPutsTheTextElsewhereNamesNoMaker() {
    assertThat(InventedCases.TRUCE.acts("Tarsia said the offer Velmar rejected was a truce."))
        .doesNotContain("VL propose");
    assertThat(InventedCases.TRUCE.acts("Tarsia said the truce plan Velmar put to a vote failed."))
        .doesNotContain("VL propose");
  }
}
