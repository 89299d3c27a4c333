package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Act nouns that name an act made earlier ("the topic was Russian proposals") rather than report a
 * new one, read with the bundled lexicons; and the places where the same nouns stay acts.
 */
class ActReferencesTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 9);

  private static List<Statement> read(String sentence) {
    return TestArticles.bundledStatements(PUBLISHED, sentence);
  }

  @Test
  void anActNounAfterACopulaNamesAnEarlierAct() {
    assertThat(read("The council met on Friday, the topic of which was Russian proposals."))
        .noneMatch(s -> s.act() == Act.PROPOSE);
    assertThat(read("Blinken spoke on Friday. These are not formal proposals.")).isEmpty();
  }

  @Test
  void anExistentialThereKeepsAMissingActAnAct() {
    assertThat(read("There was no response from Washington, Lavrov said."))
        .extracting(Statement::act)
        .containsExactly(Act.REJECT);
  }

  @Test
  void aPartyAdjectiveBeforeAnActNounInAReportedClauseNamesAThing() {
    assertThat(read("Lavrov said that Russian proposals must be read as a whole."))
        .noneMatch(s -> s.act() == Act.PROPOSE);
  }

  @Test
  void aPartyNameBeforeAnActVerbIsItsSubject() {
    assertThat(read("Moscow demands guarantees from NATO."))
        .extracting(Statement::act)
        .containsExactly(Act.DEMAND);
  }

  @Test
  void anActNounMadeOrReceivedStaysAnAct() {
    assertThat(read("Washington received the Russian response on Thursday."))
        .extracting(Statement::act)
        .containsExactly(Act.RESPOND);
    assertThat(read("Lavrov presented Russian proposals on Friday."))
        .extracting(Statement::act)
        .containsExactly(Act.PROPOSE);
  }
}
