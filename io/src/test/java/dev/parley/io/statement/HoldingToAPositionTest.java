package dev.parley.io.statement;

import static dev.parley.io.statement.TestArticles.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Reaffirming, upholding or standing by a position holds to one's own item: a rejection of what it
 * stands against, which needs an item and is no act when negated.
 */
class HoldingToAPositionTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 6, 12);

  private static ArticleStatements read(String... paragraphs) {
    FakeKnowledge k = FakeKnowledge.standard();
    k.act(
        "reject",
        "reaffirmed",
        "upholds",
        "remains committed to",
        "stands by",
        "decision stands",
        "have the right to",
        "has the right to",
        "guarantee the");
    k.item("open-door", "open-door policy", "right to join NATO", "right to choose their path");
    k.add(Cue.Kind.ROLE, "ministry", "administration");
    k.item("sovereignty", "sovereignty of Ukraine");
    return TestArticles.read(k, PUBLISHED, paragraphs);
  }

  @Test
  void reaffirmingAnItemHoldsToIt() {
    Statement s = only(read("Stoltenberg reaffirmed Ukraine's right to join NATO."));
    assertThat(s.speakerActor()).contains("stoltenberg");
    assertThat(s.act()).isEqualTo(Act.REJECT);
    assertThat(s.items()).containsExactly("open-door");
    assertThat(s.rule()).endsWith("+holding");

    assertThat(only(read("NATO remains committed to its open-door policy.")).items())
        .containsExactly("open-door");
    assertThat(only(read("Blinken said Washington stands by the open-door policy.")).act())
        .isEqualTo(Act.REJECT);
  }

  @Test
  void assertingARightTheItemGivesHoldsToIt() {
    Statement s =
        only(read("\"All nations have the right to choose their path,\" Stoltenberg said."));
    assertThat(s.speakerActor()).contains("stoltenberg");
    assertThat(s.act()).isEqualTo(Act.REJECT);
    assertThat(s.items()).containsExactly("open-door");

    assertThat(read("Lavrov said Russia has the right to defend itself.").statements()).isEmpty();
    assertThat(read("Lavrov said Kyiv does not have the right to choose their path.").statements())
        .isEmpty();
  }

  @Test
  void policiesThatGuaranteeAnItemHoldToIt() {
    Statement s =
        only(read("\"We have policies that guarantee the sovereignty of Ukraine,\" Blinken said."));
    assertThat(s.speakerActor()).contains("blinken");
    assertThat(s.act()).isEqualTo(Act.REJECT);
    assertThat(s.items()).containsExactly("sovereignty");

    assertThat(read("Blinken would never guarantee the sovereignty of Ukraine.").statements())
        .isEmpty();
    assertThat(read("Lavrov wants guarantees for the sovereignty of Ukraine.").statements())
        .isEmpty();
  }

  @Test
  void holdingToNothingTheRecordKnowsIsNoStatement() {
    assertThat(read("Stoltenberg reaffirmed his commitment to dialogue.").statements()).isEmpty();
    assertThat(read("NATO upholds its values.").statements()).isEmpty();
  }

  @Test
  void aNegatedHoldingTakesNoPosition() {
    assertThat(read("Blinken never reaffirmed the open-door policy.").statements()).isEmpty();
  }

  @Test
  void otherRejectionsNeedNoItem() {
    Statement s = only(read("Stoltenberg said the decision stands."));
    assertThat(s.act()).isEqualTo(Act.REJECT);
    assertThat(s.items()).isEmpty();
  }

  @Test
  void aRoleOwnedByAPersonSpeaksForThePersonsParty() {
    Statement s =
        only(
            read(
                "Lavrov spoke on Monday. Blinken's administration reaffirmed the open-door"
                    + " policy."));
    assertThat(s.speakerParty()).contains("US");
  }
}
