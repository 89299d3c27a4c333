package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.io.article.Article;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Who acts when the sentence names the act's agent in other ways than as its subject: receiving
 * ("received Moscow's reply"), verbs whose object judges ("did not suit Washington"), act nouns
 * with their owner ("NATO's refusal"), passives, and the speaker a later "he" refers to.
 */
class ReportedActsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 9);

  private static ArticleStatements read(String... paragraphs) {
    FakeKnowledge k = FakeKnowledge.standard();
    k.act("respond", "reply", "answers");
    k.act("accept", "suit", "signed");
    k.act("reject", "refusal", "rejection");
    k.actor("liu", "CN", "Liu");
    k.party("CN", "China", "Beijing");
    k.add(Cue.Kind.ROLE, "ministry", "government");
    k.add(Cue.Kind.REPORTING, "reporting", "claims");
    Article article = TestArticles.of(PUBLISHED, paragraphs);
    return StatementExtractor.of(k).extract(article);
  }

  private static Statement only(ArticleStatements result) {
    assertThat(result.statements()).hasSize(1);
    return result.statements().get(0);
  }

  @Test
  void theSenderOfWhatIsReceivedResponds() {
    Statement owned = only(read("Kyiv received Moscow's reply on Tuesday."));
    assertThat(owned.speakerParty()).contains("RU");
    assertThat(owned.act()).isEqualTo(Act.RESPOND);
    assertThat(owned.rule()).isEqualTo("sender");

    Statement from = only(read("Kyiv received an answer from Washington on Tuesday."));
    assertThat(from.speakerParty()).contains("US");
    assertThat(from.act()).isEqualTo(Act.RESPOND);
  }

  @Test
  void theRecipientNeverAnswersItselfButMayComplainOfNoAnswer() {
    assertThat(read("Moscow has received an answer, Lavrov said.").statements()).isEmpty();

    Statement complaint = only(read("Lavrov said Moscow had not received answers from NATO."));
    assertThat(complaint.speakerActor()).contains("lavrov");
    assertThat(complaint.act()).isEqualTo(Act.REJECT);
  }

  @Test
  void theObjectOfSuitJudges() {
    Statement s = only(read("Blinken spoke first. The offer did not suit Moscow."));
    assertThat(s.speakerParty()).contains("RU");
    assertThat(s.act()).isEqualTo(Act.REJECT);
    assertThat(s.rule()).startsWith("experiencer-object");
  }

  @Test
  void anOwnedActNounAsAnObjectNamesAThing() {
    assertThat(read("Lavrov criticised NATO's refusal to withdraw troops.").statements()).isEmpty();
  }

  @Test
  void anOwnedActNounAsTheSubjectIsTheOwnersAct() {
    Statement s = only(read("NATO's refusal came on Monday."));
    assertThat(s.speakerParty()).contains("NATO");
    assertThat(s.act()).isEqualTo(Act.REJECT);
  }

  @Test
  void aPartyWordBeforeAnActNounInsideAReportNamesAThing() {
    Statement s = only(read("Lavrov said the US demand was unacceptable."));
    assertThat(s.speakerActor()).contains("lavrov");
    assertThat(s.act()).isEqualTo(Act.REJECT);
  }

  @Test
  void aPassiveActIsItsAgentsOrNobodys() {
    Statement by = only(read("The proposal was rejected by Russia on Monday."));
    assertThat(by.speakerParty()).contains("RU");
    assertThat(by.rule()).isEqualTo("by-agent");

    assertThat(read("Blinken spoke first. The treaty was signed in 1997.").statements()).isEmpty();
  }

  @Test
  void anActNounOpeningItsClauseTakesItsByAgent() {
    Statement s = only(read("The rejection by Russia of the plan angered Kyiv."));
    assertThat(s.speakerParty()).contains("RU");
    assertThat(s.rule()).isEqualTo("by-agent");
  }

  @Test
  void aSourceInASubordinateClauseDoesNotBecomeHe() {
    ArticleStatements r =
        read(
            "Lavrov said Moscow rejects the plan, as the United States claims.",
            "He also demanded the withdrawal of troops.");
    assertThat(r.statements()).hasSize(2);
    assertThat(r.statements().get(1).speakerActor()).contains("lavrov");
  }

  @Test
  void aPossessiveIsNotTheSubjectOfAReportingVerb() {
    ArticleStatements r = read("Lavrov rejected NATO's demand and said talks could go on.");
    assertThat(r.statements()).allSatisfy(s -> assertThat(s.speakerActor()).contains("lavrov"));
  }

  @Test
  void aCapitalisedPronounAfterANameIsPartOfIt() {
    Statement s = only(read("Vice Premier Liu He said Beijing rejects the demand."));
    assertThat(s.speakerActor()).contains("liu");
  }

  @Test
  void aRoleOwnedByAPartySpeaksForItEvenFirst() {
    Statement s = only(read("Russia's government rejected the proposal on Monday."));
    assertThat(s.speakerParty()).contains("RU");
    assertThat(s.act()).isEqualTo(Act.REJECT);
  }

  @Test
  void aPartyAndItsActorInOneSentenceMakeOneStatement() {
    Statement s =
        only(read("The Foreign Ministry rejected the plan, and Moscow's rejection was firm."));
    assertThat(s.speakerActor()).contains("mfa");
  }

  @Test
  void theActNounAfterSaidIsTheSubjectOfWhatIsSaid() {
    // "said the proposal ..." reports a clause about the proposal; "stressed the refusal" is an
    // act.
    assertThat(read("Beijing said the proposal from Washington came late.").statements()).isEmpty();
    Statement s = only(read("Beijing stressed the rejection of the plan."));
    assertThat(s.act()).isEqualTo(Act.REJECT);
  }

  @Test
  void talksWithOnesOwnSideAreNoNegotiation() {
    assertThat(read("Blinken discussed with American senators the reply.").statements())
        .noneMatch(st -> st.act() == Act.DISCUSS);
    Statement s = only(read("Blinken discussed with Lavrov the situation in Geneva."));
    assertThat(s.act()).isEqualTo(Act.DISCUSS);
    assertThat(s.speakerActor()).contains("blinken");
  }

  @Test
  void aCallOnBothSidesIncludingOnesOwnProposesAJointMeasure() {
    Statement joint = only(read("Stoltenberg called on Moscow and NATO to reopen their offices."));
    assertThat(joint.act()).isEqualTo(Act.PROPOSE);
    assertThat(joint.speakerActor()).contains("stoltenberg");

    Statement demand = only(read("Stoltenberg called on Moscow and Kyiv to reopen their offices."));
    assertThat(demand.act()).isEqualTo(Act.DEMAND);
  }
}
