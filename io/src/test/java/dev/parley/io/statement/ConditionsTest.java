package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.io.article.Article;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Acts inside a fronted condition are what another act depends on, not acts of their own. */
class ConditionsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 9);

  private static ArticleStatements read(String sentence) {
    Article article = TestArticles.of(PUBLISHED, sentence);
    return StatementExtractor.of(FakeKnowledge.standard()).extract(article);
  }

  @Test
  void anActInAFrontedConditionIsNoAct() {
    ArticleStatements result =
        read("If Washington rejects the offer, Moscow will be forced to respond, Lavrov warned.");
    assertThat(result.statements()).isNotEmpty();
    assertThat(result.statements()).noneMatch(s -> s.act() == Act.REJECT);
    assertThat(result.statements()).allMatch(Statement::conditional);
  }

  @Test
  void aConditionWithoutACommaIsNotDelimited() {
    ArticleStatements result =
        read("Lavrov said Moscow would agree if Washington withdrew troops.");
    assertThat(result.statements()).anyMatch(s -> s.act() == Act.ACCEPT && s.conditional());
  }

  @Test
  void theOnlyActOfASentenceStaysEvenInACondition() {
    ArticleStatements result = read("If Moscow rejected the plan, Lavrov did not say so.");
    assertThat(result.statements()).anyMatch(s -> s.act() == Act.REJECT);
  }

  @Test
  void conditionsRunFromTheWordToTheComma() {
    String text = "In the absence of talks, Moscow will respond; unless it agrees, too.";
    assertThat(Grammar.conditions(Tokens.of(text, 0, text.length())))
        .hasSize(2)
        .allMatch(span -> text.charAt(span[1]) == ',' || text.charAt(span[1]) == ';');
  }
}
