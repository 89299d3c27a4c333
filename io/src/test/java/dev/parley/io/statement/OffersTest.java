package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Offers told with no act word: a readiness after "be" ("had been willing to lift sanctions") and a
 * promise with its clause ("promised him it would withdraw troops"), each its subject's proposal.
 */
class OffersTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 9);

  private static List<Statement> read(String... paragraphs) {
    return TestArticles.read(FakeKnowledge.standard(), PUBLISHED, paragraphs).statements();
  }

  private static List<String> acts(String... paragraphs) {
    return TestArticles.acts(FakeKnowledge.standard(), PUBLISHED, paragraphs);
  }

  @Test
  void aReadinessToDoSomethingIsTheSubjectsOffer() {
    List<Statement> found = read("Lavrov said Washington had been ready to lift the sanctions.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).speakerParty()).contains("US");
    assertThat(found.get(0).act()).isEqualTo(Act.PROPOSE);
    assertThat(found.get(0).items()).containsExactly("sanctions");
    assertThat(acts("Moscow is prepared to withdraw troops from the border."))
        .containsExactly("RU propose");
  }

  @Test
  void aPromiseWithItsClauseIsThePromisersOffer() {
    List<Statement> found = read("Blinken said Moscow promised him it would withdraw troops.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).speakerParty()).contains("RU");
    assertThat(found.get(0).act()).isEqualTo(Act.PROPOSE);
  }

  @Test
  void noOfferWithoutAnItemAnInfinitiveOrAClause() {
    assertThat(read("Lavrov said Moscow was willing to wait.")).isEmpty();
    assertThat(read("Lavrov said the Russian side was ready.")).isEmpty();
    assertThat(read("Blinken said the promised withdrawal of troops had not begun.")).isEmpty();
  }

  @Test
  void aReadinessToDoAnActIsThatAct() {
    assertThat(acts("Moscow is ready to discuss the sanctions.")).containsExactly("RU discuss");
    assertThat(acts("Moscow is ready to resume the talks on sanctions."))
        .doesNotContain("RU propose");
  }

  @Test
  void aReadinessToGoBackToTalksNamedAsAnItemIsADiscussion() {
    FakeKnowledge k = FakeKnowledge.standard();
    k.item("return-to-talks", "return to the table");
    assertThat(
            TestArticles.read(k, PUBLISHED, "Moscow was ready to return to the table.")
                .statements()
                .stream()
                .map(s -> s.act())
                .toList())
        .containsExactly(Act.DISCUSS);
  }
}
