package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.io.article.Article;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The extractor's rules on sentences written for the purpose, with a small hand lexicon. */
class StatementExtractorTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 9);
  private final StatementExtractor extractor = StatementExtractor.of(FakeKnowledge.standard());

  private ArticleStatements read(String... paragraphs) {
    Article article = TestArticles.of(PUBLISHED, paragraphs);
    return extractor.extract(article);
  }

  private Statement only(ArticleStatements result) {
    assertThat(result.statements()).hasSize(1);
    return result.statements().get(0);
  }

  @Test
  void subjectOfReportingVerbSpeaks() {
    Statement s =
        only(read("Russian Foreign Minister Sergei Lavrov said Moscow rejects NATO expansion."));
    assertThat(s.speakerActor()).contains("lavrov");
    assertThat(s.speakerParty()).contains("RU");
    assertThat(s.act()).isEqualTo(Act.REJECT);
    assertThat(s.items()).containsExactly("nato-no-expansion");
    assertThat(s.speech()).isEqualTo(Speech.REPORTED);
    assertThat(s.rule()).startsWith("reporting-subject");
    assertThat(s.cues()).contains("act:reject", "reporting:said", "actor:lavrov");
  }

  @Test
  void quoteAttributedAfterIsDirectAndNegationTurnsAgreementIntoRejection() {
    Statement s = only(read("\u201CWe cannot agree with this,\u201D Lavrov stressed."));
    assertThat(s.act()).isEqualTo(Act.REJECT);
    assertThat(s.speech()).isEqualTo(Speech.DIRECT);
    assertThat(s.speakerActor()).contains("lavrov");
    assertThat(s.rule()).contains("quote-attribution").contains("negation");
  }

  @Test
  void quoteSpanningSentencesTakesTheAttributionThatClosesIt() {
    ArticleStatements r =
        read("\u201CWe reject this demand. It is unacceptable,\u201D Blinken said.");
    assertThat(r.statements()).hasSize(2);
    assertThat(r.statements())
        .allSatisfy(
            s -> {
              assertThat(s.speakerActor()).contains("blinken");
              assertThat(s.act()).isEqualTo(Act.REJECT);
              assertThat(s.speech()).isEqualTo(Speech.DIRECT);
            });
  }

  @Test
  void pronounRefersToTheLastNamedSpeaker() {
    ArticleStatements r =
        read(
            "Jens Stoltenberg spoke in Brussels on Friday. He said the alliance rejected the demand.");
    Statement s = only(r);
    assertThat(s.speakerActor()).contains("stoltenberg");
    assertThat(s.speakerParty()).contains("NATO");
    assertThat(s.rule()).contains("anaphora");
  }

  @Test
  void accordingToNamesTheSpeaker() {
    Statement s = only(read("According to Stoltenberg, the alliance proposed a hotline."));
    assertThat(s.speakerActor()).contains("stoltenberg");
    assertThat(s.act()).isEqualTo(Act.PROPOSE);
    assertThat(s.rule()).startsWith("according-to");
  }

  @Test
  void actNounThatIsTheObjectOfAPhraseIsNoAct() {
    Statement s =
        only(read("The United States received Russia's response to Washington's proposal."));
    assertThat(s.act()).isEqualTo(Act.RESPOND);
    assertThat(s.speakerParty()).contains("RU");
    assertThat(s.addressees()).containsExactly("US");
    assertThat(s.rule()).startsWith("sender");
  }

  @Test
  void actNounObjectOfAnActVerbIsNoSecondAct() {
    Statement s = only(read("Moscow rejected the proposal."));
    assertThat(s.act()).isEqualTo(Act.REJECT);
  }

  @Test
  void unknownCommentatorMakesNoStatement() {
    ArticleStatements r =
        read("Analyst Mukhin said Russia rejects NATO expansion. He added that talks are useless.");
    assertThat(r.statements()).isEmpty();
    assertThat(r.count(SentenceClass.CONTEXT)).isEqualTo(1);
  }

  @Test
  void rejectingAccusationsIsADenial() {
    Statement s = only(read("Moscow rejects any accusations of preparing an attack."));
    assertThat(s.act()).isEqualTo(Act.DENY);
  }

  @Test
  void refusingToWithdrawIsARejectionOfTheWithdrawal() {
    Statement s = only(read("The Kremlin is refusing to withdraw troops from the border."));
    assertThat(s.act()).isEqualTo(Act.REJECT);
    assertThat(s.items()).containsExactly("troop-withdrawal");
    assertThat(s.speakerParty()).contains("RU");
  }

  @Test
  void modalityAndConditionsMakeTheActConditional() {
    Statement s =
        only(read("Washington would be ready to discuss sanctions if Moscow stops the buildup."));
    assertThat(s.act()).isEqualTo(Act.DISCUSS);
    assertThat(s.conditional()).isTrue();
    assertThat(s.speakerParty()).contains("US");
  }

  @Test
  void plainStatementIsNotConditional() {
    Statement s = only(read("Washington urged Moscow to withdraw troops."));
    assertThat(s.act()).isEqualTo(Act.DEMAND);
    assertThat(s.conditional()).isFalse();
    assertThat(s.addressees()).containsExactly("RU");
  }

  @Test
  void dateComesFromSentenceThenParagraphThenPublication() {
    ArticleStatements r =
        read(
            "On January 12, Moscow demanded guarantees. Washington rejected the demand.",
            "Kyiv rejected the demands too.");
    List<Statement> s = r.statements();
    assertThat(s).hasSize(3);
    assertThat(s.get(0).date()).contains(LocalDate.of(2023, 1, 12));
    assertThat(s.get(0).dateBasis()).isEqualTo(DateBasis.SENTENCE);
    assertThat(s.get(1).date()).contains(LocalDate.of(2023, 1, 12));
    assertThat(s.get(1).dateBasis()).isEqualTo(DateBasis.PARAGRAPH);
    assertThat(s.get(2).date()).contains(PUBLISHED);
    assertThat(s.get(2).dateBasis()).isEqualTo(DateBasis.PUBLICATION);
  }

  @Test
  void noPublicationDateLeavesUndatedStatementsUndated() {
    ArticleStatements r = extractor.extract(TestArticles.of(null, "Moscow rejected the demand."));
    assertThat(only(r).date()).isEmpty();
    assertThat(only(r).dateBasis()).isEqualTo(DateBasis.NONE);
  }

  @Test
  void everySentenceIsClassified() {
    ArticleStatements r =
        read(
            "Moscow rejected the demand. The weather in Brussels was cold. NATO met in Brussels."
                + " \u041C\u043E\u0441\u043A\u0432\u0430 \u043E\u0442\u043A\u0430\u0437\u0430\u043B\u0430\u0441\u044C.");
    assertThat(r.sentences())
        .extracting(SentenceRecord::sentenceClass)
        .containsExactly(
            SentenceClass.STATEMENT,
            SentenceClass.UNRECOGNISED,
            SentenceClass.CONTEXT,
            SentenceClass.UNRECOGNISED);
    assertThat(r.sentences()).allSatisfy(s -> assertThat(s.reason()).isNotBlank());
    assertThat(r.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(4);
  }

  @Test
  void quoteIsTheExactArticleText() {
    ArticleStatements r = read("Some context here. Moscow rejected the demand.");
    Statement s = only(r);
    assertThat(r.article().text().substring(s.start(), s.end())).isEqualTo(s.quote());
    assertThat(s.quote()).isEqualTo("Moscow rejected the demand.");
    assertThat(s.sentence()).isEqualTo(1);
  }

  @Test
  void sameActBySameSpeakerInOneSentenceIsOneStatement() {
    Statement s = only(read("Moscow rejected the demand and rejected NATO expansion."));
    assertThat(s.items()).containsExactly("nato-no-expansion");
    assertThat(s.cues()).contains("act:reject");
  }

  @Test
  void actsHaveEventCodes() {
    assertThat(Act.DEMAND.cameo()).isEqualTo("10");
    assertThat(Act.REJECT.plover()).isEqualTo("REJECT");
    assertThat(Act.THREATEN.cameo()).isEqualTo("13");
    assertThat(Act.fromId("Reject")).contains(Act.REJECT);
    assertThat(Act.fromId("haggle")).isEqualTo(Optional.empty());
  }

  private ArticleStatements readWith(FakeKnowledge knowledge, String... paragraphs) {
    return StatementExtractor.of(knowledge).extract(TestArticles.of(PUBLISHED, paragraphs));
  }

  private static ArticleStatements readBundled(String... paragraphs) {
    return StatementExtractor.of(Corpus.lexicon()).extract(TestArticles.of(PUBLISHED, paragraphs));
  }

  @Test
  void actNounOwnedByAnotherPartyAfterAnActVerbIsItsObject() {
    Statement s = only(read("Washington rejected Moscow's key demands on Friday."));
    assertThat(s.act()).isEqualTo(Act.REJECT);
    assertThat(s.speakerParty()).contains("US");
  }

  @Test
  void actNounWithModifiersAfterADeterminerNamesAThing() {
    ArticleStatements r = read("Kyiv studied the American response for a week.");
    assertThat(r.statements()).isEmpty();
    assertThat(r.sentences().get(0).sentenceClass()).isEqualTo(SentenceClass.CONTEXT);
  }

  @Test
  void prepositionWithWordsBetweenDoesNotGovernAVerb() {
    Statement s = only(read("Washington on Friday rejected the demand."));
    assertThat(s.act()).isEqualTo(Act.REJECT);
    assertThat(s.speakerParty()).contains("US");
  }

  @Test
  void datelineNamesNoSpeaker() {
    Statement s = only(read("MOSCOW, March 9 (Reuters) - Blinken rejected the demand."));
    assertThat(s.speakerActor()).contains("blinken");
    Statement t = only(read("(CNN) Ukraine rejected the demand."));
    assertThat(t.speakerParty()).contains("UA");
    // A release's dateline abbreviates its month with a dot.
    Statement u = only(read("MOSCOW, Aug. 22, 2024 /PRNewswire/ - Blinken rejected the demand."));
    assertThat(u.speakerActor()).contains("blinken");
  }

  @Test
  void titledPersonTheLexiconDoesNotKnowSpeaksForTheTitlesParty() {
    FakeKnowledge k = FakeKnowledge.standard();
    k.add(Cue.Kind.ROLE, "legislator", "senator");
    k.add(Cue.Kind.ROLE, "ambassador", "envoy");
    Statement s =
        only(readWith(k, "American Senator Tom Harlow said Washington rejects the demand."));
    assertThat(s.speakerParty()).contains("US");
    assertThat(s.speakerActor()).isEmpty();
    assertThat(s.rule()).contains("titled-source");
    Statement t =
        only(readWith(k, "The envoy of Russia to the alliance Ivan Orlov said Moscow rejects it."));
    assertThat(t.speakerParty()).contains("RU");
    assertThat(readWith(k, "Senator Tom Harlow said Washington rejects the demand.").statements())
        .isEmpty();
  }

  @Test
  void dateAttachedToAnotherEventDoesNotDateTheAct() {
    Statement s = only(read("Lavrov on March 3 rejected the proposal published on February 20."));
    assertThat(s.date()).contains(LocalDate.of(2023, 3, 3));
    Statement t = only(read("Lavrov rejected the proposal published on February 20."));
    assertThat(t.date()).contains(PUBLISHED);
    assertThat(t.dateBasis()).isEqualTo(DateBasis.PUBLICATION);
  }

  @Test
  void hopeAndExpectationAddressedToTheOtherSideAreUnconditionalDemands() {
    for (String sentence :
        List.of(
            "Washington expressed hope that Moscow will choose diplomacy.",
            "Lavrov said Moscow expects a concrete answer from NATO.",
            "Blinken urged Moscow to pull back its troops.")) {
      List<Statement> found = readBundled(sentence).statements();
      assertThat(found).as(sentence).extracting(Statement::act).containsExactly(Act.DEMAND);
      assertThat(found.get(0).conditional()).as(sentence).isFalse();
    }
  }

  @Test
  void firmnessAndWarningsOfMeasuresAreRejectionsAndThreats() {
    assertThat(readBundled("Stoltenberg said the decision stands.").statements())
        .extracting(Statement::act)
        .containsExactly(Act.REJECT);
    assertThat(
            readBundled("Blinken said Washington will not allow Moscow to veto it.").statements())
        .extracting(Statement::act)
        .contains(Act.REJECT);
    assertThat(readBundled("Lavrov said Russia would take the necessary measures.").statements())
        .extracting(Statement::act)
        .containsExactly(Act.THREATEN);
  }

  @Test
  void eachActOfASentenceOfSeveralRestsOnItsOwnClause() {
    ArticleStatements r = read("Moscow rejected the demand, but it offered a hotline instead.");
    assertThat(r.statements()).extracting(Statement::act).containsExactly(Act.REJECT, Act.PROPOSE);
    Statement reject = r.statements().get(0);
    Statement propose = r.statements().get(1);
    assertThat(reject.quote()).isEqualTo("Moscow rejected the demand");
    assertThat(propose.quote()).isEqualTo("but it offered a hotline instead.");
    for (Statement s : r.statements()) {
      assertThat(r.article().text().substring(s.start(), s.end())).isEqualTo(s.quote());
    }
    assertThat(only(read("Moscow rejected the demand, firmly.")).quote())
        .isEqualTo("Moscow rejected the demand, firmly.");
  }

  @Test
  void compoundSubjectOfTwoPartiesGivesEachAStatement() {
    ArticleStatements r = read("Blinken and Lavrov discussed the withdrawal of troops on Friday.");
    assertThat(r.statements())
        .extracting(s -> s.speakerActor().orElse("?"))
        .containsExactly("blinken", "lavrov");
    assertThat(r.statements()).allSatisfy(s -> assertThat(s.act()).isEqualTo(Act.DISCUSS));
  }

  @Test
  void titleRightBeforeANameIsPartOfTheName() {
    FakeKnowledge k = FakeKnowledge.standard();
    k.add(Cue.Kind.ROLE, "minister", "secretary of state");
    Statement s =
        only(
            readWith(
                k, "Lavrov spoke first. Secretary of State Antony Blinken rejected the demand."));
    assertThat(s.speakerActor()).contains("blinken");
  }

  @Test
  void unknownNameGovernedByAPrepositionIsNoSource() {
    Statement s = only(read("Lavrov in an interview to Izvestia said Moscow rejects the demand."));
    assertThat(s.speakerActor()).contains("lavrov");
  }
}
