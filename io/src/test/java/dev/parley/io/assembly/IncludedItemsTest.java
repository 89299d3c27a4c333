package dev.parley.io.assembly;

import static dev.parley.io.assembly.RecordAssemblerTest.reading;
import static dev.parley.io.assembly.RecordAssemblerTest.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parley.analysis.AddresseePosition;
import dev.parley.analysis.Reason;
import dev.parley.analysis.UnmetDemands;
import dev.parley.communication.Communication;
import dev.parley.communication.EntryKind;
import dev.parley.communication.Stance;
import dev.parley.communication.StanceKind;
import dev.parley.evidence.SourceKind;
import dev.parley.io.article.Article;
import dev.parley.io.article.ArticleReader;
import dev.parley.io.lexicon.CaseLexicon;
import dev.parley.io.lexicon.CompiledLexicon;
import dev.parley.io.lexicon.GenericLexicon;
import dev.parley.io.statement.Act;
import dev.parley.io.statement.ArticleStatements;
import dev.parley.record.NegotiationRecord;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a stance on an item says of the items it includes, on invented trade talks: Kestria demands
 * that Lorvania lift its steel tariff; Lorvania's reply offers tariff talks, which include that
 * tariff, and a trade deal would include the tariff talks.
 */
class IncludedItemsTest {
  private static final String LEXICON =
      """
      [party KE]
      name = Kestria
      kind = state
      [party LO]
      name = Lorvania
      kind = state
      [item steel-tariff]
      text = Lorvania lifts its tariff on Kestrian steel
      acting = LO
      phrases = steel tariff
      [item tariff-talks]
      text = The sides negotiate tariffs, including the tariff on steel
      acting = KE | LO
      phrases = tariff talks
      includes = steel-tariff
      [item trade-deal]
      text = The sides sign a trade agreement that settles their tariffs
      acting = KE | LO
      phrases = trade deal
      includes = tariff-talks
      [package ke-demands]
      title = Kestria's demands
      linkage = separable
      members = steel-tariff
      [package lo-offer]
      title = Lorvania's offer
      linkage = separable
      members = tariff-talks
      [document ke-letter]
      title = Kestria's letter on steel
      kind = letter
      date = 2025-05-02
      author = KE
      addressees = LO
      package = ke-demands
      [document lo-reply]
      title = Lorvania's reply
      kind = reply
      date = 2025-05-20
      author = LO
      addressees = KE
      answers = ke-letter
      package = lo-offer
      offers = tariff-talks
      """;

  private static final CompiledLexicon COMPILED =
      CompiledLexicon.of(
          GenericLexicon.bundled(), CaseLexicon.read("trade.lexicon", new StringReader(LEXICON)));

  private static final String TEXT =
      """
      Steel dispute

      Lorvania is ready to hold tariff talks.
      Lorvania offered a trade deal.
      Lorvania accepted the tariff talks.
      Lorvania rejected the tariff talks.
      Lorvania rejected the steel tariff outright.
      Lorvania demanded a trade deal.
      """;

  private static final String READY = "Lorvania is ready to hold tariff talks.";

  @Test
  void opennessToDiscussAnItemIsOpennessToDiscussWhatItIncludes() {
    Article article = article("2025-05-10");
    Assembly assembly =
        assemble(reading(article, statement(article, 0, "LO", Act.DISCUSS, "tariff-talks")));

    Communication remarks = assembly.record().communication("remarks-lo-2025-05-10");
    assertThat(remarks.answers()).containsExactly("ke-letter");
    assertThat(remarks.stances())
        .extracting(Stance::item, Stance::kind, Stance::via)
        .containsExactly(
            tuple("steel-tariff", StanceKind.OPEN_TO_DISCUSS, Optional.of("tariff-talks")));
    assertThat(remarks.stances().get(0).evidence())
        .extracting(e -> e.quote())
        .containsExactly(READY);
    assertThat(assembly.setAside()).isEmpty();

    AddresseePosition lorvania = positionOnSteel(assembly.record(), LocalDate.of(2025, 5, 10));
    assertThat(lorvania.reason()).isEqualTo(Reason.OPEN_TO_DISCUSS);
    assertThat(lorvania.via()).containsExactly("tariff-talks");
  }

  @Test
  void anOfferCarriesThroughEveryItemIncludedOnTheWay() {
    Article article = article("2025-05-10");
    Assembly assembly =
        assemble(reading(article, statement(article, 1, "LO", Act.PROPOSE, "trade-deal")));

    Communication remarks = assembly.record().communication("remarks-lo-2025-05-10");
    assertThat(remarks.entry("trade-deal").orElseThrow().kind()).isEqualTo(EntryKind.OFFER);
    assertThat(remarks.stances())
        .as("the deal includes the talks, which include the tariff; only Kestria asked for that")
        .extracting(Stance::item, Stance::via)
        .containsExactly(tuple("steel-tariff", Optional.of("trade-deal")));
  }

  @Test
  void readinessToDiscussOnesOwnOfferRestatesItAndCarriesToWhatItIncludes() {
    Article article = article("2025-05-20");
    Assembly assembly =
        assemble(reading(article, statement(article, 0, "LO", Act.DISCUSS, "tariff-talks")));

    Communication reply = assembly.record().communication("lo-reply");
    assertThat(reply.entry("tariff-talks").orElseThrow().evidence())
        .extracting(e -> e.quote())
        .contains(READY);
    assertThat(reply.stancesOn("steel-tariff"))
        .extracting(Stance::kind, Stance::via)
        .containsExactly(tuple(StanceKind.OPEN_TO_DISCUSS, Optional.of("tariff-talks")));
  }

  @Test
  void aDocumentsOffersInTheLexiconAloneCarryNothing() {
    Communication reply = assemble().record().communication("lo-reply");

    assertThat(reply.entry("tariff-talks").orElseThrow().kind()).isEqualTo(EntryKind.OFFER);
    assertThat(reply.entry("tariff-talks").orElseThrow().evidence())
        .extracting(e -> e.source().kind())
        .containsExactly(SourceKind.LEXICON);
    assertThat(reply.stancesOn("steel-tariff")).isEmpty();
  }

  @Test
  void acceptancesRejectionsAndDemandsOfTheWholeSayNothingOfWhatItIncludes() {
    Article article = article("2025-05-10");
    Assembly assembly =
        assemble(
            reading(
                article,
                statement(article, 2, "LO", Act.ACCEPT, "tariff-talks"),
                statement(article, 3, "LO", Act.REJECT, "tariff-talks"),
                statement(article, 5, "LO", Act.DEMAND, "trade-deal")));

    assertThat(assembly.record().communications())
        .allMatch(c -> c.stancesOn("steel-tariff").isEmpty());
  }

  @Test
  void aStanceOnTheIncludedItemItselfOutweighsTheCarriedOne() {
    Article article = article("2025-05-10");
    Assembly assembly =
        assemble(
            reading(
                article,
                statement(article, 0, "LO", Act.DISCUSS, "tariff-talks"),
                statement(article, 4, "LO", Act.REJECT, "steel-tariff")));

    Communication remarks = assembly.record().communication("remarks-lo-2025-05-10");
    assertThat(remarks.stancesOn("steel-tariff"))
        .extracting(Stance::kind, Stance::via)
        .containsExactly(tuple(StanceKind.REJECTED, Optional.empty()));
    assertThat(assembly.conflicts()).isEmpty();
    assertThat(positionOnSteel(assembly.record(), LocalDate.of(2025, 5, 10)).via()).isEmpty();
  }

  private static AddresseePosition positionOnSteel(NegotiationRecord record, LocalDate day) {
    return UnmetDemands.of(record).asOf(day).stream()
        .filter(d -> d.item().equals("steel-tariff"))
        .flatMap(d -> d.addressees().stream())
        .filter(a -> a.party().equals("LO"))
        .findFirst()
        .orElseThrow();
  }

  private static Assembly assemble(ArticleStatements... readings) {
    return RecordAssembler.of(COMPILED).assemble(List.of(readings));
  }

  private static Article article(String date) {
    String text = "Published " + date + "\n\n" + TEXT;
    return ArticleReader.defaults().read("a1.txt", text.getBytes(StandardCharsets.UTF_8));
  }
}
