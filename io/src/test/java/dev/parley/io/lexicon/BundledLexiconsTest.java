package dev.parley.io.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.agenda.Linkage;
import dev.parley.party.ActorRole;
import dev.parley.party.PartyKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BundledLexiconsTest {
  @Test
  void everyBundledPatternIsTriedOnlyWhereOneOfItsStartsStands() {
    // A pattern whose starts cannot be derived is run over every char of every sentence: one such
    // pattern halves the pipeline's speed. Write it so that it opens with literal alternatives and
    // asserts nothing on the text's ends.
    GenericLexicon generic = GenericLexicon.bundled();
    Stream.concat(
            generic.acts().stream().map(ActEntry::pattern),
            generic.cues().stream().map(CueEntry::pattern))
        .flatMap(java.util.Optional::stream)
        .forEach(p -> assertThat(PatternStarts.of(p)).as(p).isPresent());
  }

  @Test
  void genericLexiconLoadsWithStatesOrganisationsAndActs() {
    GenericLexicon g = GenericLexicon.bundled();
    assertThat(g.parties().stream().filter(p -> p.kind() == PartyKind.STATE).count())
        .isGreaterThanOrEqualTo(60);
    assertThat(g.parties())
        .extracting(PartyEntry::id)
        .contains("UN", "NATO", "EU", "OSCE", "IAEA", "WTO", "AU-ORG", "ASEAN", "G7", "G20", "COE");
    assertThat(g.acts())
        .extracting(ActEntry::id)
        .contains(
            "demand", "propose", "accept", "reject", "discuss", "threaten", "deny", "respond");
    assertThat(g.cues()).extracting(CueEntry::kind).contains(MatchKind.NEGATION, MatchKind.ROLE);
    assertThat(g.cues().stream().filter(c -> c.kind() == MatchKind.ROLE).count())
        .isEqualTo(ActorRole.values().length);
  }

  @Test
  void everyBundledCaseLoadsAndIsListed() throws IOException {
    assertThat(CaseLexicon.bundledNames()).contains("security-guarantees-2021");
    for (String name : CaseLexicon.bundledNames()) {
      CaseLexicon c = CaseLexicon.bundled(name);
      assertThat(c.name()).isEqualTo(name);
      CompiledLexicon.of(GenericLexicon.bundled(), c);
    }
    Path folder = Path.of("src/main/resources/dev/parley/io/cases");
    try (Stream<Path> files = Files.list(folder)) {
      List<String> onDisk =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".lexicon"))
              .map(n -> n.substring(0, n.length() - ".lexicon".length()))
              .toList();
      assertThat(CaseLexicon.bundledNames()).containsExactlyInAnyOrderElementsOf(onDisk);
    }
  }

  @Test
  void securityGuaranteesCaseHasItsPackageAndDocuments() {
    CaseLexicon c = CaseLexicon.bundled("security-guarantees-2021");
    assertThat(c.packageEntry("ru-security-guarantees").orElseThrow().linkage())
        .isEqualTo(Linkage.INDIVISIBLE);
    assertThat(c.documents())
        .extracting(DocumentEntry::id)
        .contains(
            "ru-draft-us",
            "ru-draft-nato",
            "us-response",
            "nato-response",
            "eu-reply",
            "ru-reply-us");
    assertThat(c.actors()).hasSizeGreaterThanOrEqualTo(20);
  }

  @Test
  void unknownBundledCaseIsABadArgument() {
    assertThatThrownBy(() -> CaseLexicon.bundled("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("security-guarantees-2021");
  }
}
