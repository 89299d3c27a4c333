package dev.parley.io.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.io.match.Spans;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Item phrases written in another order or with words between, on invented sentences. */
class LoosePhrasesTest {
  private static final String LEXICON =
      """
      [party NORTH]
      name = Northland
      kind = state

      [party SOUTH]
      name = Southland
      kind = state

      [item fund]
      text = A fund pays for the harbour's repairs
      phrases = repair fund | fund for harbour repairs

      [item spending]
      text = Spending on the fleet is capped
      phrases = cap fleet spending

      [item tolls]
      text = Harbour tolls are cut
      phrases = harbour tolls | toll cuts

      [item fleet]
      text = The fleet stays in port
      phrases = fleet

      [item fleet-talks]
      text = The two navies hold talks on their fleets
      phrases = fleet talks
      """;

  private static CompiledLexicon lexicon;

  @BeforeAll
  static void compile() {
    lexicon =
        CompiledLexicon.of(
            GenericLexicon.bundled(),
            CaseLexicon.read("harbour-talks.lexicon", new StringReader(LEXICON)));
  }

  private static List<String> items(String text) {
    return Spans.longestNonOverlapping(lexicon.match(text, 0, text.length())).stream()
        .filter(m -> m.kind() == MatchKind.ITEM)
        .map(m -> m.entryId() + (m.fuzzy() ? "~" : "") + "=" + m.matchedText())
        .toList();
  }

  @Test
  void findsTheContentWordsInAnotherOrderWithFunctionWordsBetween() {
    // Both phrases of the item fit; either window names the item.
    assertThat(items("Northland wants a fund for the repairs of the harbour."))
        .singleElement()
        .asString()
        .startsWith("fund~=fund for the repairs");
    assertThat(items("Northland wants the harbour's fund for repairs."))
        .containsExactly("fund~=harbour's fund for repairs");
    assertThat(items("They set up the fund for repairs."))
        .containsExactly("fund~=fund for repairs");
    assertThat(items("Southland asked for cuts to the tolls."))
        .containsExactly("tolls~=cuts to the tolls");
  }

  @Test
  void allowsOneOtherContentWord() {
    assertThat(items("Northland will cap its fleet's spending."))
        .containsExactly("spending~=cap its fleet's spending");
    assertThat(items("Northland will cap naval fleet spending."))
        .containsExactly("spending~=cap naval fleet spending");
    assertThat(items("Northland will cap new naval fleet spending."))
        .containsExactly("fleet=fleet");
  }

  @Test
  void aListedPhraseAsWrittenIsNotLoose() {
    assertThat(items("The repair fund is empty.")).containsExactly("fund=repair fund");
    assertThat(items("The harbour tolls rose.")).containsExactly("tolls=harbour tolls");
  }

  @Test
  void doesNotCrossPunctuationOrGoTooFar() {
    assertThat(items("The fund, they said, will not pay for repairs.")).isEmpty();
    assertThat(items("A fund was promised long ago to the towns whose repairs wait.")).isEmpty();
  }

  @Test
  void needsEveryContentWord() {
    assertThat(items("The fund pays for the school.")).isEmpty();
    assertThat(items("Repairs are due.")).isEmpty();
  }

  @Test
  void aPhraseOfOneContentWordIsOnlyMatchedAsWritten() {
    assertThat(items("The fleet of Northland")).containsExactly("fleet=fleet");
  }

  @Test
  void aWindowHoldsNoActCue() {
    // "talk" is an act here, not a word of the item's name as in "fleet talks".
    assertThat(items("Northland is ready to talk about the fleet.")).containsExactly("fleet=fleet");
    assertThat(items("Northland wants fleet talks.")).containsExactly("fleet-talks=fleet talks");
  }

  @Test
  void theSameItemAsWrittenIsNotFoundAgainLoosely() {
    assertThat(items("Southland wants cuts to harbour tolls."))
        .containsExactly("tolls=harbour tolls");
  }

  @Test
  void aWindowMayHoldAnotherItemAsWritten() {
    // "fleet" is an item of its own, inside the window of "cap fleet spending".
    assertThat(items("Northland asked for fleet spending caps."))
        .containsExactly("spending~=fleet spending caps");
  }
}
