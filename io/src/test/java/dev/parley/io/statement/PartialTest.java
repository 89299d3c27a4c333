package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Acceptances that take only part of their object. */
class PartialTest {
  private static Statement only(String sentence) {
    FakeKnowledge k = FakeKnowledge.standard();
    k.act("accept", "agreed to", "accepted");
    ArticleStatements r =
        StatementExtractor.of(k).extract(TestArticles.of(LocalDate.of(2023, 3, 9), sentence));
    assertThat(r.statements()).hasSize(1);
    return r.statements().get(0);
  }

  @Test
  void somePartsOrElementsOfAnObjectArePartial() {
    assertThat(only("Russia agreed to some of the American ideas on Monday.").partial()).isTrue();
    assertThat(only("Washington accepted parts of the Russian draft.").partial()).isTrue();
    assertThat(only("Moscow partly accepted the offer.").partial()).isTrue();
    assertThat(only("Moscow accepted the offer in part.").partial()).isTrue();
  }

  @Test
  void aWholeObjectOrAnotherActIsNotPartial() {
    Statement whole = only("Russia agreed to the American plan on Monday.");
    assertThat(whole.act()).isEqualTo(Act.ACCEPT);
    assertThat(whole.partial()).isFalse();
    assertThat(only("Moscow rejected some of the ideas.").partial()).isFalse();
    // "of" after a word that takes no part of anything.
    assertThat(only("Russia accepted the terms of the deal.").partial()).isFalse();
  }
}
