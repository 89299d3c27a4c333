package dev.parley.io.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.analysis.AddresseePosition;
import dev.parley.analysis.DemandStatus;
import dev.parley.analysis.PackageVerdict;
import dev.parley.analysis.PackageVerdicts;
import dev.parley.analysis.Reason;
import dev.parley.analysis.UnmetDemands;
import dev.parley.communication.EntryKind;
import dev.parley.evidence.SourceKind;
import dev.parley.io.InputParseException;
import dev.parley.io.lexicon.CaseLexicon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole reading of the bundled corpus, and what a reader does with bad paths. */
class CorpusReaderTest {
  private static final LocalDate FEB_17 = LocalDate.of(2022, 2, 17);
  private static final CorpusReading BUNDLED =
      CorpusReader.of(CaseLexicon.bundled("security-guarantees-2021")).readBundled();

  @Test
  void everySentenceOfEveryArticleIsAccountedFor() {
    CorpusAccount account = BUNDLED.account();
    assertThat(account.articles()).isEqualTo(5);
    assertThat(account.sentencesByClass().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(account.sentences());
    assertThat(account.statements()).isPositive();
    assertThat(account.statementsSetAside()).isEqualTo(BUNDLED.setAside().size());
  }

  @Test
  void russiasCoreDemandsAreUnmetOnTheDayOfItsReplyWithAReasonPerAddressee() {
    List<DemandStatus> unmet = UnmetDemands.of(BUNDLED.record()).unmetAsOf(FEB_17, "RU");

    assertThat(unmet).extracting(DemandStatus::item).contains("nato-no-expansion");
    for (DemandStatus demand : unmet) {
      assertThat(demand.addressees()).isNotEmpty();
      for (AddresseePosition position : demand.addressees()) {
        assertThat(position.reason()).isNotEqualTo(Reason.ACCEPTED);
        if (position.reason() != Reason.NOT_ADDRESSED) {
          assertThat(position.evidence()).as("evidence of %s", position).isNotEmpty();
        }
      }
    }
  }

  @Test
  void theIndivisiblePackageIsNotMetAndNamesWhatBlocksIt() {
    List<PackageVerdict> verdicts = PackageVerdicts.of(BUNDLED.record()).asOf(FEB_17);

    PackageVerdict nato =
        verdicts.stream()
            .filter(v -> v.itemPackage().equals("ru-nato-agreement"))
            .findFirst()
            .orElseThrow();
    assertThat(nato.met()).isFalse();
    assertThat(nato.blockingMembers()).contains("nato-no-expansion");
  }

  @Test
  void theWestsDemandThatRussiaPullBackIsAnsweredByRussiaWithAQuoteFromAnArticle() {
    List<DemandStatus> us = UnmetDemands.of(BUNDLED.record()).unmetAsOf(FEB_17, "US");
    DemandStatus pullBack =
        us.stream().filter(d -> d.item().equals("ru-deescalate")).findFirst().orElseThrow();
    AddresseePosition russia = pullBack.addressees().get(0);

    assertThat(russia.party()).isEqualTo("RU");
    assertThat(russia.reason()).isEqualTo(Reason.REJECTED);
    assertThat(russia.evidence())
        .anySatisfy(e -> assertThat(e.source().kind()).isEqualTo(SourceKind.ARTICLE));
  }

  @Test
  void natosOffersStandAsOffers() {
    assertThat(BUNDLED.record().communication("nato-response").entries())
        .filteredOn(e -> e.kind() == EntryKind.OFFER)
        .isNotEmpty();
  }

  @Test
  void aFolderStandsForItsArticlesInNameOrder(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("b.txt"),
        "Second\n\nPublished 2022-02-01\n\nRussia rejected the idea on Monday.\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("a.txt"),
        "First\n\nPublished 2022-01-01\n\nNATO said little.\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("notes.md"), "not an article", StandardCharsets.UTF_8);

    CorpusReading reading =
        CorpusReader.of(CaseLexicon.bundled("security-guarantees-2021")).read(List.of(dir));

    assertThat(reading.articles()).extracting(a -> a.article().id()).containsExactly("a", "b");
  }

  @Test
  void aMissingPathOrAnEmptyFolderIsAnErrorThatNamesIt(@TempDir Path dir) {
    CorpusReader reader = CorpusReader.of(CaseLexicon.bundled("security-guarantees-2021"));
    Path missing = dir.resolve("missing");

    assertThatThrownBy(() -> reader.read(List.of(missing)))
        .isInstanceOf(InputParseException.class)
        .hasMessage(missing + ": no such file or folder");
    assertThatThrownBy(() -> reader.read(List.of(dir)))
        .isInstanceOf(InputParseException.class)
        .hasMessage(dir + ": folder holds no articles; expected .txt files");
  }
}
