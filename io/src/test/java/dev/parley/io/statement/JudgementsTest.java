package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.io.article.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Judgements by naming: "called the offer one-sided". */
class JudgementsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 9);

  private static ArticleStatements read(String... paragraphs) {
    Article article = TestArticles.of(PUBLISHED, paragraphs);
    return StatementExtractor.of(FakeKnowledge.standard()).extract(article);
  }

  private static List<Judgements.Judgement> judged(String text) {
    return Judgements.find(Tokens.of(text, 0, text.length()));
  }

  @Test
  void callingTheOtherSidesOfferOneSidedRejectsIt() {
    ArticleStatements result = read("Moscow called the American proposal one-sided and unfair.");
    assertThat(result.statements()).hasSize(1);
    Statement s = result.statements().get(0);
    assertThat(s.speakerParty()).contains("RU");
    assertThat(s.act()).isEqualTo(Act.REJECT);
  }

  @Test
  void describingAsNeedsAs() {
    Statement s = read("Lavrov described the response as disrespectful.").statements().get(0);
    assertThat(s.speakerActor()).contains("lavrov");
    assertThat(s.act()).isEqualTo(Act.REJECT);
    assertThat(judged("Lavrov described the response.")).isEmpty();
  }

  @Test
  void aPositiveOrAbsentEvaluationIsNoJudgement() {
    assertThat(judged("Blinken called the talks useful and frank.")).isEmpty();
    assertThat(judged("a set of obligations called the principle of indivisibility.")).isEmpty();
  }

  @Test
  void callingOnIsADemandNotAJudgement() {
    assertThat(judged("Blinken called on Moscow to drop its unfair demands.")).isEmpty();
  }

  @Test
  void aPassiveHasNoJudgeInTheSubject() {
    assertThat(judged("The offer was considered insufficient.")).isEmpty();
  }

  @Test
  void theEvaluationMustBeInTheSameClause() {
    assertThat(judged("Lavrov called Blinken, who said the delay was disappointing.")).isEmpty();
  }

  @Test
  void findingTheOtherSidesAssurancesEnoughAcceptsThem() {
    for (String sentence :
        List.of(
            "Russia regards the American assurances as adequate.",
            "Moscow considered the offer sufficient.",
            "Lavrov described the response as satisfactory.")) {
      assertThat(read(sentence).statements())
          .as(sentence)
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.speakerParty()).contains("RU");
                assertThat(s.act()).isEqualTo(Act.ACCEPT);
              });
    }
  }

  @Test
  void notFindingItEnoughRejectsIt() {
    assertThat(read("Moscow did not consider the offer sufficient.").statements())
        .singleElement()
        .satisfies(s -> assertThat(s.act()).isEqualTo(Act.REJECT));
  }

  @Test
  void praiseOfTalksAcceptsNothing() {
    assertThat(judged("Lavrov called the talks useful and constructive.")).isEmpty();
  }

  @Test
  void labellingADealABetrayalOrQualifyingItAsAStepNamesTheJudgesStance() {
    assertThat(
            InventedCases.TRUCE.acts(
                "The Coastal Liberation Front termed the Velmari ceasefire plan a betrayal."))
        .containsExactly("CLF reject");
    assertThat(
            InventedCases.TRUCE.acts(
                "Tarsia qualified the truce deal as \"a big step towards peace\"."))
        .containsExactly("TS accept");
    assertThat(InventedCases.TRUCE.acts("Velmar characterised the insurgents' offer as a mistake."))
        .containsExactly("VL reject");
  }

  @Test
  void aStepNamedWithNoSizeOrDirectionOrATermForTalksIsNoJudgement() {
    assertThat(judged("Tarsia called the truce deal a step.")).isEmpty();
    assertThat(judged("Tarsia called the truce deal a step back.")).isEmpty();
    assertThat(judged("Velmar termed the talks a big step towards peace.")).isEmpty();
    assertThat(judged("Velmar qualified for the final round as a big step.")).isEmpty();
    assertThat(judged("The offer was termed a betrayal.")).isEmpty();
  }
}
