package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which items an act is about: those of its own clause, not all the sentence names. */
class ItemScopeTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 9);

  private static List<Statement> read(String sentence) {
    return StatementExtractor.of(FakeKnowledge.standard())
        .extract(TestArticles.of(PUBLISHED, sentence))
        .statements();
  }

  private static List<String> itemsOf(List<Statement> statements, Act act) {
    return statements.stream().filter(s -> s.act() == act).findFirst().orElseThrow().items();
  }

  @Test
  void eachActOfTwoClausesTakesTheItemsOfItsOwn() {
    List<Statement> found =
        read("Moscow is ready to discuss sanctions, but the expansion of NATO is unacceptable.");
    assertThat(itemsOf(found, Act.DISCUSS)).containsExactly("sanctions");
    assertThat(itemsOf(found, Act.REJECT)).containsExactly("nato-no-expansion");
  }

  @Test
  void anItemBeforeAReportingVerbBelongsToAnotherClause() {
    List<Statement> found =
        read("Washington rejected the withdrawal of troops and said it was ready to discuss.");
    assertThat(itemsOf(found, Act.REJECT)).containsExactly("troop-withdrawal");
    assertThat(itemsOf(found, Act.DISCUSS)).isEmpty();
  }

  @Test
  void theSubjectOfAnActWithNoObjectIsItsItem() {
    List<Statement> found = read("The expansion of NATO is unacceptable, Lavrov said.");
    assertThat(itemsOf(found, Act.REJECT)).containsExactly("nato-no-expansion");
  }

  @Test
  void aVerdictThatAnIssueIsClosedIsOnTheIssueItsSubjectNames() {
    assertThat(
            InventedCases.TRADE.actsOn(
                "\u201cOur mills compete fairly,\u201d the Karvian ministry said, stressing that"
                    + " the question of the border bill is \u201cclosed.\u201d"))
        .containsExactly("KV reject [border-bill]");
    assertThat(
            InventedCases.TRADE.actsOn(
                "Lutheria said on Monday that the tariff exemption is not up for negotiation."))
        .containsExactly("LU reject [exemption]");
  }

  @Test
  void aPurposeClauseSaysWhyNotWhat() {
    List<Statement> found =
        read("In order to lift sanctions, Moscow demanded the withdrawal of troops.");
    assertThat(itemsOf(found, Act.DEMAND)).containsExactly("troop-withdrawal");
  }

  @Test
  void aListOfItemsAfterTheOnlyActStaysWhole() {
    List<Statement> found =
        read(
            "Moscow demanded the withdrawal of troops, an end to sanctions and no NATO expansion.");
    assertThat(itemsOf(found, Act.DEMAND))
        .containsExactly("troop-withdrawal", "sanctions", "nato-no-expansion");
  }
}
