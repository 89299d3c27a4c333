package dev.parley.io.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A second negotiation, the 2015 Iran nuclear talks, read end to end from data alone. */
class SecondCaseTest {
  private static CompiledLexicon lexicon;

  @BeforeAll
  static void load() throws Exception {
    try (Reader r =
        new InputStreamReader(
            SecondCaseTest.class.getResourceAsStream(
                "/dev/parley/io/cases/iran-nuclear-2015.lexicon"),
            StandardCharsets.UTF_8)) {
      lexicon =
          CompiledLexicon.of(
              GenericLexicon.bundled(), CaseLexicon.read("iran-nuclear-2015.lexicon", r));
    }
  }

  private static List<LexiconMatch> match(String text) {
    return lexicon.match(text, 0, text.length());
  }

  @Test
  void readsAStatementAboutEnrichment() {
    String text =
        "Iranian Foreign Minister Mohammad Javad Zarif insisted on Tuesday that Tehran would"
            + " keep enriching uranium, but said it was ready to discuss the number of"
            + " centrifuges with the six powers.";
    assertThat(match(text))
        .extracting(LexiconMatch::kind, LexiconMatch::entryId)
        .contains(
            tuple(MatchKind.ACTOR, "zarif"),
            tuple(MatchKind.ACT, "demand"),
            tuple(MatchKind.PARTY, "IR"),
            tuple(MatchKind.ITEM, "enrichment-cap"),
            tuple(MatchKind.ACT, "discuss"),
            tuple(MatchKind.ITEM, "centrifuge-limits"),
            tuple(MatchKind.PARTY, "P5-1"));
  }

  @Test
  void readsARejectionWithGarbledNames() {
    String text =
        "Kery rejected Iran's demand for immediate sanctions relief, while Mogerini said the"
            + " IAEA must verify the 3.67 percent limit at Fordo.";
    List<LexiconMatch> m = match(text);
    assertThat(m)
        .extracting(LexiconMatch::kind, LexiconMatch::entryId, LexiconMatch::fuzzy)
        .contains(
            tuple(MatchKind.ACT, "reject", false),
            tuple(MatchKind.ITEM, "sanctions-relief", false),
            tuple(MatchKind.ACTOR, "mogherini", true),
            tuple(MatchKind.PARTY, "IAEA", false),
            tuple(MatchKind.ITEM, "enrichment-cap", false),
            tuple(MatchKind.ITEM, "fordow-conversion", false));
  }

  @Test
  void namesTheDocumentsAndResolvesGenericParties() {
    String text =
        "The nuclear deal reached in Vienna built on the Lausanne framework; Washington and"
            + " Beijing welcomed the JCPOA.";
    assertThat(match(text))
        .extracting(LexiconMatch::kind, LexiconMatch::entryId)
        .contains(
            tuple(MatchKind.DOCUMENT, "jcpoa-text"),
            tuple(MatchKind.DOCUMENT, "lausanne-framework"),
            tuple(MatchKind.PARTY, "US"),
            tuple(MatchKind.PARTY, "CN"),
            tuple(MatchKind.ACT, "accept"));
    assertThat(lexicon.caseLexicon().packageEntry("jcpoa").orElseThrow().linkage())
        .isEqualTo(Linkage.INDIVISIBLE);
  }
}
