package dev.parley.io.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parley.analysis.AddresseePosition;
import dev.parley.analysis.OfferState;
import dev.parley.analysis.OpenOffers;
import dev.parley.analysis.Reason;
import dev.parley.analysis.UnmetDemands;
import dev.parley.communication.Communication;
import dev.parley.communication.CommunicationKind;
import dev.parley.communication.EntryKind;
import dev.parley.communication.Stance;
import dev.parley.communication.StanceKind;
import dev.parley.evidence.Quotation;
import dev.parley.io.article.Article;
import dev.parley.io.article.ArticleReader;
import dev.parley.io.article.DatePrecision;
import dev.parley.io.lexicon.CaseLexicon;
import dev.parley.io.lexicon.CompiledLexicon;
import dev.parley.io.lexicon.GenericLexicon;
import dev.parley.io.statement.Act;
import dev.parley.io.statement.ArticleStatements;
import dev.parley.io.statement.DateBasis;
import dev.parley.io.statement.SentenceClass;
import dev.parley.io.statement.SentenceRecord;
import dev.parley.io.statement.Speech;
import dev.parley.io.statement.Statement;
import dev.parley.record.NegotiationRecord;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The assembler on a small negotiation between two invented states, Aldmark and Brenland, with
 * statements built by hand so that each test pins one placement rule.
 */
class RecordAssemblerTest {
  private static final String LEXICON =
      """
      [party AL]
      name = Aldmark
      kind = state
      [party BR]
      name = Brenland
      kind = state
      [actor al-minister]
      name = Ola Aldsen
      party = AL
      role = minister
      [actor pundit]
      name = Per Pundit
      party = BR
      role = expert
      [item quota]
      text = Brenland cuts its catch quota
      acting = BR
      phrases = catch quota
      [item patrols]
      text = Aldmark ends its naval patrols
      acting = AL
      phrases = naval patrols
      [item joint-survey]
      text = Both sides fund a joint stock survey
      acting = AL | BR
      phrases = joint survey
      [item levy]
      text = Brenland drops its port levy
      acting = BR
      phrases = port levy
      [item open-waters]
      text = Brenland's boats keep fishing where they always have
      acting = BR
      phrases = open waters
      opposes = quota
      [package br-terms]
      title = Brenland's terms
      linkage = separable
      members = open-waters
      [package al-offer]
      title = Aldmark's fisheries package
      linkage = indivisible
      members = quota | patrols | joint-survey
      [document al-note]
      title = Aldmark's note on fisheries
      kind = letter
      date = 2024-03-01
      author = AL
      addressees = BR
      package = al-offer
      names = Aldmark's note
      [document br-reply]
      title = Brenland's reply
      kind = reply
      date = 2024-03-10
      author = BR
      addressees = AL
      answers = al-note
      names = Brenland's reply
      [document br-counter]
      title = Brenland's counter-offer
      kind = reply
      date = 2024-03-15
      author = BR
      addressees = AL
      answers = al-note
      package = br-terms
      """;

  private static final CompiledLexicon COMPILED =
      CompiledLexicon.of(
          GenericLexicon.bundled(),
          CaseLexicon.read("grey-sea.lexicon", new StringReader(LEXICON)));

  private static final String TEXT =
      """
      Fisheries talks stall

      Brenland rejected the catch quota on Sunday.
      Brenland said it accepts the catch quota.
      Aldmark insisted again on the catch quota.
      Aldmark demanded that Brenland drop its port levy.
      Brenland dismissed Aldmark's note as unserious.
      A commentator said Brenland should reject the joint survey.
      Aldmark warned of consequences.
      Brenland turned down the proposals again.
      In the absence of Aldmark's readiness to leave the open waters alone, Brenland will act.
      Aldmark's answer did not satisfy Brenland.
      The answer Aldmark sent on March 1 did not satisfy Brenland either.
      Brenland rejected calls for a catch quota.
      Aldmark sees progress on ending its naval patrols.
      Brenland agreed to discuss the joint survey set out in Aldmark's note.
      """;

  @Test
  void aDocumentWithAPackagePutsForwardDemandsAndTheAuthorsOwnItemsAsOffers() {
    NegotiationRecord record = assemble(List.of()).record();
    Communication note = record.communication("al-note");

    assertThat(note.proposedPackage()).contains("al-offer");
    assertThat(note.entry("quota").orElseThrow().kind()).isEqualTo(EntryKind.DEMAND);
    assertThat(note.entry("patrols").orElseThrow().kind()).isEqualTo(EntryKind.OFFER);
    assertThat(note.entry("joint-survey").orElseThrow().kind())
        .as("an item both sides act on is demanded of the other side")
        .isEqualTo(EntryKind.DEMAND);
    assertThat(note.entry("quota").orElseThrow().evidence().get(0).source().id())
        .isEqualTo("lexicon:grey-sea");
  }

  @Test
  void aRejectionBecomesAStanceInTheSpeakersDocumentOfThatDayAnsweringTheProposal() {
    Article article = article("a1", "2024-03-10");
    Assembly assembly =
        assemble(List.of(reading(article, statement(article, 0, "BR", Act.REJECT, "quota"))));

    Communication reply = assembly.record().communication("br-reply");
    assertThat(reply.answers()).containsExactly("al-note");
    assertThat(reply.stancesOn("quota"))
        .extracting(Stance::kind)
        .containsExactly(StanceKind.REJECTED);
    assertThat(reply.stancesOn("quota").get(0).evidence().get(0).quote())
        .isEqualTo("Brenland rejected the catch quota on Sunday.");
    assertThat(reply.addressees()).containsExactly("AL");
  }

  @Test
  void aDocumentPuttingForwardAnOpposedItemCountersTheProposalItAnswers() {
    Communication counter = assemble(List.of()).record().communication("br-counter");

    assertThat(counter.stancesOn("quota")).hasSize(1);
    Stance stance = counter.stancesOn("quota").get(0);
    assertThat(stance.kind()).isEqualTo(StanceKind.COUNTER_PROPOSED);
    assertThat(stance.counterItem()).contains("open-waters");
  }

  @Test
  void refusingToGiveUpOnesOwnItemHoldsToItAndCountersWhatItOpposes() {
    Article article = article("a1", "2024-03-20");
    Assembly assembly =
        assemble(List.of(reading(article, statement(article, 0, "BR", Act.REJECT, "open-waters"))));

    NegotiationRecord record = assembly.record();
    assertThat(record.communication("br-counter").entry("open-waters").orElseThrow().evidence())
        .extracting(e -> e.source().id())
        .contains("a1");
    Communication remarks = record.communication("remarks-br-2024-03-20");
    assertThat(remarks.stancesOn("quota"))
        .extracting(Stance::kind, Stance::counterItem)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                StanceKind.COUNTER_PROPOSED, Optional.of("open-waters")));
    assertThat(remarks.stancesOn("open-waters")).as("no stance on its own item").isEmpty();
  }

  @Test
  void rejectingAnItemWhileHoldingToOnesItemAgainstItIsOneCounterProposal() {
    Article article = article("a1", "2024-03-20");
    Assembly assembly =
        assemble(
            List.of(
                reading(article, statement(article, 0, "BR", Act.REJECT, "quota", "open-waters"))));

    Communication remarks = assembly.record().communication("remarks-br-2024-03-20");
    assertThat(remarks.stancesOn("quota"))
        .as("a rejection and a counter of one item are one refusal, not a contradiction")
        .extracting(Stance::kind)
        .containsExactly(StanceKind.COUNTER_PROPOSED);
    assertThat(remarks.stancesOn("quota").get(0).evidence()).isNotEmpty();
  }

  @Test
  void aStanceOnADayWithNoDocumentGoesIntoThatPartysRemarksOfTheDay() {
    Article article = article("a1", "2024-03-05");
    Assembly assembly =
        assemble(List.of(reading(article, statement(article, 0, "BR", Act.REJECT, "quota"))));

    Communication remarks = assembly.record().communication("remarks-br-2024-03-05");
    assertThat(remarks.kind()).isEqualTo(CommunicationKind.REMARKS);
    assertThat(remarks.answers()).containsExactly("al-note");
    assertThat(remarks.stancesOn("quota")).hasSize(1);
  }

  @Test
  void theSameClaimInTwoArticlesIsOneStanceWithBothPiecesOfEvidence() {
    Article first = article("a1", "2024-03-10");
    Article second = article("a2", "2024-03-10");
    Assembly assembly =
        assemble(
            List.of(
                reading(first, statement(first, 0, "BR", Act.REJECT, "quota")),
                reading(second, statement(second, 0, "BR", Act.REJECT, "quota"))));

    List<Stance> stances = assembly.record().communication("br-reply").stancesOn("quota");
    assertThat(stances).hasSize(1);
    assertThat(stances.get(0).evidence())
        .extracting(e -> e.source().id())
        .containsExactly("a1", "a2");
    assertThat(assembly.conflicts()).isEmpty();
  }

  @Test
  void reportsThatContradictEachOtherAreKeptSideBySideAndNamedAsAConflict() {
    Article article = article("a1", "2024-03-10");
    Assembly assembly =
        assemble(
            List.of(
                reading(
                    article,
                    statement(article, 0, "BR", Act.REJECT, "quota"),
                    statement(article, 1, "BR", Act.ACCEPT, "quota"))));

    assertThat(assembly.record().communication("br-reply").stancesOn("quota"))
        .extracting(Stance::kind)
        .containsExactlyInAnyOrder(StanceKind.REJECTED, StanceKind.ACCEPTED);
    assertThat(assembly.conflicts()).hasSize(1);
    Conflict conflict = assembly.conflicts().get(0);
    assertThat(conflict.party()).isEqualTo("BR");
    assertThat(conflict.item()).isEqualTo("quota");
    assertThat(conflict.stances()).containsExactly(StanceKind.REJECTED, StanceKind.ACCEPTED);
    assertThat(conflict.evidence()).hasSize(2);
  }

  @Test
  void aRestatedDemandAddsEvidenceToTheEarlierProposalInsteadOfANewOne() {
    Article article = article("a1", "2024-03-20");
    Assembly assembly =
        assemble(List.of(reading(article, statement(article, 2, "AL", Act.DEMAND, "quota"))));

    NegotiationRecord record = assembly.record();
    assertThat(record.communications())
        .filteredOn(c -> c.entry("quota").isPresent())
        .extracting(Communication::id)
        .containsExactly("al-note");
    assertThat(record.communication("al-note").entry("quota").orElseThrow().evidence())
        .extracting(e -> e.source().id())
        .containsExactly("lexicon:grey-sea", "a1");
  }

  @Test
  void aDemandOnADayOfTwoDocumentsGoesIntoTheOneAddressedToItsAddressee() {
    String lexicon =
        """
        [party AL]
        name = Aldmark
        kind = state
        [party BR]
        name = Brenland
        kind = state
        [party CR]
        name = Corland
        kind = state
        [item quota]
        text = The catch quota is cut
        acting = BR | CR
        phrases = catch quota
        [package to-br]
        title = Aldmark's terms for Brenland
        linkage = indivisible
        members = quota
        [package to-cr]
        title = Aldmark's terms for Corland
        linkage = indivisible
        members = quota
        [document note-br]
        title = Aldmark's note to Brenland
        kind = letter
        date = 2024-03-01
        author = AL
        addressees = BR
        package = to-br
        [document note-cr]
        title = Aldmark's note to Corland
        kind = letter
        date = 2024-03-01
        author = AL
        addressees = CR
        package = to-cr
        """;
    RecordAssembler assembler =
        RecordAssembler.of(
            CompiledLexicon.of(
                GenericLexicon.bundled(),
                CaseLexicon.read("two-notes.lexicon", new StringReader(lexicon))));
    Article article = article("a1", "2024-03-01");
    Statement toCorland =
        Statement.builder()
            .from(statement(article, 2, "AL", Act.DEMAND, "quota"))
            .addressees(List.of("CR"))
            .build();

    NegotiationRecord record = assembler.assemble(List.of(reading(article, toCorland))).record();

    assertThat(record.communication("note-cr").entry("quota").orElseThrow().evidence())
        .extracting(e -> e.source().id())
        .containsExactly("lexicon:two-notes", "a1");
    assertThat(record.communication("note-br").entry("quota").orElseThrow().evidence())
        .extracting(e -> e.source().id())
        .containsExactly("lexicon:two-notes");
  }

  @Test
  void aNewDemandOnADayWithNoDocumentIsANewProposalAddressedToThoseWhoWouldAct() {
    Article article = article("a1", "2024-03-20");
    Assembly assembly =
        assemble(List.of(reading(article, statement(article, 3, "AL", Act.DEMAND, "levy"))));

    Communication remarks = assembly.record().communication("remarks-al-2024-03-20");
    assertThat(remarks.entry("levy").orElseThrow().kind()).isEqualTo(EntryKind.DEMAND);
    assertThat(remarks.addressees()).containsExactly("BR");
  }

  @Test
  void aRejectionNamingADocumentButNoItemIsAVerdictOnThatDocument() {
    Article article = article("a1", "2024-03-12");
    Statement verdict =
        Statement.builder()
            .from(statement(article, 4, "BR", Act.REJECT))
            .documents(List.of("al-note"))
            .build();
    Assembly assembly = assemble(List.of(reading(article, verdict)));

    Communication remarks = assembly.record().communication("remarks-br-2024-03-12");
    assertThat(remarks.answers()).containsExactly("al-note");
    assertThat(remarks.verdict().orElseThrow().kind()).isEqualTo(StanceKind.REJECTED);
  }

  @Test
  void aProposalDatedOnlyByItsMonthRestatesTheAuthorsDocumentOfThatMonth() {
    Article article = article("a1", "2024-04-02");
    Statement inMarch =
        inMonth(statement(article, 1, "BR", Act.PROPOSE, "open-waters"), 3, DateBasis.SENTENCE);
    Statement onTheFirst =
        Statement.builder().from(inMarch).datePrecision(DatePrecision.DAY).build();

    Assembly byMonth = assemble(List.of(reading(article, inMarch)));
    Assembly byDay = assemble(List.of(reading(article, onTheFirst)));

    assertThat(
            byMonth
                .record()
                .communication("br-counter")
                .entry("open-waters")
                .orElseThrow()
                .evidence())
        .hasSize(2);
    assertThat(byMonth.record().communications())
        .noneMatch(c -> c.id().startsWith("remarks-") && !c.entries().isEmpty());
    assertThat(byDay.record().communications())
        .anyMatch(c -> c.id().startsWith("remarks-br") && c.entry("open-waters").isPresent());
  }

  @Test
  void aRejectionNamingAnAddresseeIsAVerdictOnlyWhenItNamesACommunication() {
    Article article = article("a1", "2024-03-12");
    Statement namesTheNote =
        Statement.builder()
            .from(statement(article, 4, "BR", Act.REJECT))
            .addressees(List.of("AL"))
            .build();
    Statement namesNothing =
        Statement.builder()
            .from(statement(article, 0, "BR", Act.REJECT))
            .addressees(List.of("AL"))
            .build();

    Assembly judged = assemble(List.of(reading(article, namesTheNote)));
    Assembly unclear = assemble(List.of(reading(article, namesNothing)));

    Communication remarks = judged.record().communication("remarks-br-2024-03-12");
    assertThat(remarks.answers()).containsExactly("al-note");
    assertThat(remarks.verdict().orElseThrow().kind()).isEqualTo(StanceKind.REJECTED);
    assertThat(unclear.record().communications()).noneMatch(c -> c.verdict().isPresent());
    assertThat(unclear.setAside())
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("no communication it judges"));
  }

  @Test
  void aVerdictJudgesOnlyTheCommunicationsOfPartiesItsSentenceNamesNotItsOwnDocuments() {
    Article article = article("a1", "2024-03-12");
    Statement inherited =
        Statement.builder()
            .from(statement(article, 7, "BR", Act.REJECT))
            .addressees(List.of("AL"))
            .build();
    Statement ownDocument =
        Statement.builder()
            .from(statement(article, 4, "BR", Act.ACCEPT))
            .documents(List.of("br-reply"))
            .build();

    Assembly assembly = assemble(List.of(reading(article, inherited, ownDocument)));

    assertThat(assembly.record().communications()).noneMatch(c -> c.verdict().isPresent());
    assertThat(assembly.setAside())
        .extracting(SetAside::reason)
        .containsExactlyInAnyOrder(
            "it names no item, and no earlier communication it could judge",
            "it judges only documents of the speaker's own party");
  }

  @Test
  void aVerdictInAReplyJudgesWhatTheOtherSideSentNotTheRefusalTheReplyTellsOf() {
    Article article = article("a1", "2024-03-15");
    // Brenland's counter-offer tells of Aldmark's refusal of the open waters, as a reason: that
    // account is Aldmark's stance answering the counter-offer, on the counter-offer's day.
    Statement toldRefusal = to(statement(article, 8, "AL", Act.REJECT, "open-waters"), "BR");
    Statement verdict = to(statement(article, 9, "BR", Act.REJECT), "AL");

    Assembly assembly = assemble(List.of(reading(article, toldRefusal, verdict)));

    Communication told = assembly.record().communication("remarks-al-2024-03-15");
    assertThat(told.answers()).contains("br-counter");
    Communication counter = assembly.record().communication("br-counter");
    assertThat(counter.judged()).containsExactly("al-note");
  }

  @Test
  void aVerdictWhoseSentenceNamesADayJudgesTheCommunicationOfThatDay() {
    Article article = article("a1", "2024-03-14");
    Statement laterDemand =
        Statement.builder()
            .from(statement(article, 3, "AL", Act.DEMAND, "levy"))
            .date(LocalDate.of(2024, 3, 12))
            .build();
    Statement onTheFirst = to(statement(article, 10, "BR", Act.REJECT), "AL");
    Statement noDay = to(statement(article, 9, "BR", Act.REJECT), "AL");

    Assembly named = assemble(List.of(reading(article, laterDemand, onTheFirst)));
    Assembly unnamed = assemble(List.of(reading(article, laterDemand, noDay)));

    assertThat(named.record().communication("remarks-br-2024-03-14").judged())
        .containsExactly("al-note");
    assertThat(unnamed.record().communication("remarks-br-2024-03-14").judged())
        .containsExactly("remarks-al-2024-03-12");
  }

  @Test
  void aStanceOnAnItemNamedAsTheOtherSidesDemandIsAlsoEvidenceOfThatDemand() {
    Article article = article("a1", "2024-03-12");
    Statement callsRejected = statement(article, 11, "BR", Act.REJECT, "quota");
    Statement itemRejected = statement(article, 0, "BR", Act.REJECT, "quota");

    Assembly asked = assemble(List.of(reading(article, callsRejected)));
    Assembly plain = assemble(List.of(reading(article, itemRejected)));

    assertThat(asked.record().communication("al-note").entry("quota").orElseThrow().evidence())
        .extracting(e -> e.quote())
        .contains("Brenland rejected calls for a catch quota.");
    assertThat(plain.record().communication("al-note").entry("quota").orElseThrow().evidence())
        .hasSize(1);
  }

  @Test
  void aStanceThatNamesTheDocumentPuttingTheItemForwardIsAlsoEvidenceOfIt() {
    Article article = article("a1", "2024-03-12");
    Statement survey = statement(article, 13, "BR", Act.DISCUSS, "joint-survey");

    Assembly named = assemble(List.of(reading(article, naming(survey, "al-note"))));
    Assembly plain = assemble(List.of(reading(article, survey)));

    assertThat(named.record().communication("al-note").entry("joint-survey").orElseThrow())
        .satisfies(e -> assertThat(e.kind()).isEqualTo(EntryKind.DEMAND))
        .satisfies(
            e ->
                assertThat(e.evidence())
                    .extracting(x -> x.quote())
                    .contains(
                        "Brenland agreed to discuss the joint survey set out in Aldmark's note."));
    assertThat(
            plain.record().communication("al-note").entry("joint-survey").orElseThrow().evidence())
        .hasSize(1);
  }

  @Test
  void readinessToDiscussWhatOneHasOfferedRestatesTheOffer() {
    Article article = article("a1", "2024-03-12");
    Statement progressSeen = statement(article, 12, "AL", Act.DISCUSS, "patrols");

    Assembly assembly = assemble(List.of(reading(article, progressSeen)));

    Communication note = assembly.record().communication("al-note");
    assertThat(note.entry("patrols").orElseThrow().kind()).isEqualTo(EntryKind.OFFER);
    assertThat(note.entry("patrols").orElseThrow().evidence())
        .extracting(e -> e.quote())
        .contains("Aldmark sees progress on ending its naval patrols.");
    assertThat(assembly.record().communications()).allMatch(c -> c.stancesOn("patrols").isEmpty());
  }

  @Test
  void anOfferToDiscussADocumentNamingNoItemIsOpennessOnItsOffersAndNoPositionOnItsDemands() {
    Article article = article("a1", "2024-03-12");
    Statement readyToTalk = naming(statement(article, 4, "BR", Act.DISCUSS), "al-note");
    Assembly assembly = assemble(List.of(reading(article, readyToTalk)));

    Communication remarks = assembly.record().communication("remarks-br-2024-03-12");
    assertThat(remarks.answers()).containsExactly("al-note");
    assertThat(remarks.verdict()).isEmpty();
    // Aldmark's note offers to end its patrols and demands the quota and the survey.
    assertThat(remarks.stances())
        .extracting(Stance::item, Stance::kind)
        .containsExactly(tuple("patrols", StanceKind.OPEN_TO_DISCUSS));
  }

  @Test
  void anOfferToDiscussNamingNoItemAndNoDocumentIsSetAside() {
    Article article = article("a1", "2024-03-12");
    Statement readyToTalk = to(statement(article, 0, "BR", Act.DISCUSS), "AL");
    Assembly assembly = assemble(List.of(reading(article, readyToTalk)));

    assertThat(assembly.record().communications()).noneMatch(c -> c.id().startsWith("remarks-"));
    assertThat(assembly.setAside())
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("without naming an item"));
  }

  @Test
  void aReplyFoundWantingButWithRoomToMoveForwardRejectsItsDemandsAndLeavesItsOffersOpen() {
    Article article = article("a1", "2024-03-12");
    // "Brenland was not satisfied with Aldmark's note but saw room to move forward on some issues."
    Statement notSatisfied = naming(statement(article, 4, "BR", Act.REJECT), "al-note");
    Statement roomToMove = naming(statement(article, 4, "BR", Act.DISCUSS), "al-note");
    NegotiationRecord record =
        assemble(List.of(reading(article, notSatisfied, roomToMove))).record();
    LocalDate day = LocalDate.of(2024, 3, 12);

    assertThat(OpenOffers.of(record).asOf(day))
        .singleElement()
        .satisfies(
            offer -> {
              assertThat(offer.item()).isEqualTo("patrols");
              assertThat(offer.state()).isEqualTo(OfferState.OPEN);
            });
    assertThat(UnmetDemands.of(record).unmetAsOf(day))
        .filteredOn(d -> d.item().equals("quota"))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.addressees())
                    .extracting(AddresseePosition::reason)
                    .containsExactly(Reason.REJECTED));
  }

  @Test
  void aStatementDatedByItsParagraphBeforeADocumentItNamesIsPlacedOnTheArticlesDay() {
    Article article = article("a1", "2024-03-12");
    // "In February the talks began. ... Brenland dismissed Aldmark's note as unserious.": the
    // paragraph's February is the talks', not the dismissal of a note of March.
    Statement dismissal =
        inMonth(naming(statement(article, 4, "BR", Act.REJECT), "al-note"), 2, DateBasis.PARAGRAPH);
    Statement toldOfItself =
        Statement.builder().from(dismissal).dateBasis(DateBasis.SENTENCE).build();

    Assembly placed = assemble(List.of(reading(article, dismissal)));
    Assembly ownDate = assemble(List.of(reading(article, toldOfItself)));

    assertThat(placed.record().communication("remarks-br-2024-03-12").judged())
        .containsExactly("al-note");
    assertThat(ownDate.record().communications()).noneMatch(c -> c.verdict().isPresent());
  }

  @Test
  void aThreatOverAnItemTheSpeakerDemandsPressesThatDemand() {
    Article article = article("a1", "2024-03-12");
    Statement threat = statement(article, 6, "AL", Act.THREATEN, "quota");

    Assembly assembly = assemble(List.of(reading(article, threat)));

    assertThat(assembly.record().communication("al-note").entry("quota").orElseThrow().evidence())
        .extracting(e -> e.source().id())
        .containsExactly("lexicon:grey-sea", "a1");
    assertThat(assembly.setAside()).isEmpty();
  }

  @Test
  void aThreatOverTheOtherSidesItemTakesNoPosition() {
    Article article = article("a1", "2024-03-20");
    Statement threat = statement(article, 6, "AL", Act.THREATEN, "open-waters");

    Assembly assembly = assemble(List.of(reading(article, threat)));

    assertThat(assembly.record().communications())
        .noneMatch(c -> c.author().equals("AL") && c.id().startsWith("remarks-"));
    assertThat(assembly.record().communication("br-counter").stancesOn("open-waters")).isEmpty();
    assertThat(assembly.setAside())
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("presses an item the speaker demands"));
  }

  @Test
  void commentatorsThreatsAndUndatedStatementsAreSetAsideWithAReason() {
    Article dated = article("a1", "2024-03-12");
    Article undated = article("a2", null);
    Statement byPundit =
        Statement.builder()
            .from(statement(dated, 5, "BR", Act.REJECT, "joint-survey"))
            .speakerActor("pundit")
            .build();
    Statement threat = statement(dated, 6, "AL", Act.THREATEN);
    Statement noDate =
        Statement.builder()
            .from(statement(undated, 0, "BR", Act.REJECT, "quota"))
            .date(Optional.empty())
            .datePrecision(Optional.empty())
            .dateBasis(DateBasis.NONE)
            .build();

    Assembly assembly =
        assemble(List.of(reading(dated, byPundit, threat), reading(undated, noDate)));

    assertThat(assembly.setAside())
        .extracting(SetAside::reason)
        .containsExactlyInAnyOrder(
            "the speaker is a commentator, who does not speak for a party",
            "a threat takes no position unless it presses an item the speaker demands",
            "no date: neither the sentence, nor the article, nor a document it names gives one");
  }

  @Test
  void anUndatedArticleTakesTheDateOfTheDocumentItNamesMostOften() {
    Article undated = article("a1", null);
    Statement names =
        Statement.builder()
            .from(statement(undated, 0, "BR", Act.REJECT, "quota"))
            .date(Optional.empty())
            .datePrecision(Optional.empty())
            .dateBasis(DateBasis.NONE)
            .documents(List.of("br-reply"))
            .build();

    Assembly assembly = assemble(List.of(reading(undated, names)));

    assertThat(assembly.setAside()).isEmpty();
    assertThat(assembly.record().communication("br-reply").stancesOn("quota")).hasSize(1);
  }

  @Test
  void aPartialAcceptanceIsAPartialStance() {
    Article article = article("a1", "2024-03-10");
    Statement partial =
        Statement.builder()
            .from(statement(article, 0, "BR", Act.ACCEPT, "quota"))
            .partial(true)
            .build();
    Assembly assembly = assemble(List.of(reading(article, partial)));

    assertThat(assembly.record().communication("br-reply").stancesOn("quota"))
        .extracting(Stance::kind)
        .containsExactly(StanceKind.PARTIALLY_ACCEPTED);
  }

  @Test
  void evidenceOfAStatementCitesTheArticleLineAndQuotation() {
    Article article = article("a1", "2024-03-10");
    Assembly assembly =
        assemble(List.of(reading(article, statement(article, 0, "BR", Act.REJECT, "quota"))));

    var evidence = assembly.record().communication("br-reply").stancesOn("quota").get(0).evidence();
    assertThat(evidence.get(0).locator()).contains("line 5, sentence 1");
    assertThat(evidence.get(0).quotation()).isEqualTo(Quotation.REPORTED);
    assertThat(evidence.get(0).start().getAsInt()).isEqualTo(article.sentences().get(0).start());
  }

  private static Assembly assemble(List<ArticleStatements> readings) {
    return RecordAssembler.of(COMPILED).assemble(readings);
  }

  private static Article article(String id, String date) {
    String text = date == null ? TEXT : "Published " + date + "\n\n" + TEXT;
    return ArticleReader.defaults().read(id + ".txt", text.getBytes(StandardCharsets.UTF_8));
  }

  static Statement statement(
      Article article, int sentence, String party, Act act, String... items) {
    var s = article.sentences().get(sentence);
    Optional<LocalDate> date = article.published().date();
    return Statement.builder()
        .articleId(article.id())
        .sentence(sentence)
        .speakerParty(party)
        .speakerText(party)
        .act(act)
        .conditional(false)
        .items(List.of(items))
        .date(date)
        .datePrecision(date.map(d -> DatePrecision.DAY))
        .dateBasis(date.isPresent() ? DateBasis.PUBLICATION : DateBasis.NONE)
        .start(s.start())
        .end(s.end())
        .quote(s.text())
        .speech(Speech.REPORTED)
        .rule("test")
        .build();
  }

  /**
   * The statement, dated only by a month of 2024, that month's date found as {@code basis} says.
   */
  private static Statement inMonth(Statement statement, int month, DateBasis basis) {
    return Statement.builder()
        .from(statement)
        .date(LocalDate.of(2024, month, 1))
        .datePrecision(DatePrecision.MONTH)
        .dateBasis(basis)
        .build();
  }

  /** The statement, told to the given addressees. */
  private static Statement to(Statement statement, String... addressees) {
    return Statement.builder().from(statement).addressees(List.of(addressees)).build();
  }

  /** The statement, naming the given documents of the case. */
  private static Statement naming(Statement statement, String... documents) {
    return Statement.builder().from(statement).documents(List.of(documents)).build();
  }

  static ArticleStatements reading(Article article, Statement... statements) {
    List<SentenceRecord> records = new ArrayList<>();
    for (var sentence : article.sentences()) {
      List<Statement> here =
          List.of(statements).stream().filter(st -> st.sentence() == sentence.index()).toList();
      records.add(
          SentenceRecord.builder()
              .sentence(sentence.index())
              .sentenceClass(here.isEmpty() ? SentenceClass.CONTEXT : SentenceClass.STATEMENT)
              .statements(here)
              .reason("test")
              .build());
    }
    return ArticleStatements.builder().article(article).sentences(records).build();
  }
}
