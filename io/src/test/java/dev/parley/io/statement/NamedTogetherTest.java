package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.io.lexicon.CaseLexicon;
import dev.parley.io.lexicon.CompiledLexicon;
import dev.parley.io.lexicon.GenericLexicon;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sides named by a plural common noun the lexicon does not list ("the companies", "both railways"):
 * the parties last named together, when they act alike and their kind fits the noun.
 */
class NamedTogetherTest {
  /** Two freight railways and the drivers' union, with a government that mediates. */
  private static final CompiledLexicon LEXICON =
      CompiledLexicon.of(
          GenericLexicon.bundled(),
          CaseLexicon.read(
              "freight-lockout.lexicon",
              new StringReader(
                  String.join(
                      "\n",
                      "[party DU]",
                      "name = Drivers Union",
                      "kind = union",
                      "names = Drivers Union | the union",
                      "",
                      "[party NR]",
                      "name = Northline Rail",
                      "kind = organisation",
                      "names = Northline Rail | Northline",
                      "",
                      "[party CF]",
                      "name = Coastal Freight",
                      "kind = organisation",
                      "names = Coastal Freight",
                      "",
                      "[party TA]",
                      "name = Republic of Tarsia",
                      "kind = state",
                      "names = Tarsia | the government",
                      "",
                      "[item lockout]",
                      "text = A lockout of the drivers",
                      "acting = NR | CF",
                      "phrases = lockout",
                      "",
                      "[item wage-freeze]",
                      "text = A freeze of drivers' wages",
                      "acting = NR | CF | DU",
                      "phrases = wage freeze",
                      "",
                      "[item arbitration]",
                      "text = Binding arbitration of the contract",
                      "acting = NR | CF | DU | TA",
                      "phrases = binding arbitration | arbitration",
                      ""))));

  private static List<String> acts(String... paragraphs) {
    return StatementExtractor.of(LEXICON)
        .extract(TestArticles.of(LocalDate.of(2024, 3, 4), paragraphs))
        .statements()
        .stream()
        .map(s -> s.speakerParty().orElse("?") + " " + s.act().id())
        .toList();
  }

  private static final String NAMED =
      "Northline and Coastal Freight want a wage freeze, the union said on Friday.";

  @Test
  void aPluralOfFirmsStandsForTheFirmsLastNamedTogether() {
    assertThat(acts(NAMED, "The companies issued lockout notices on Sunday."))
        .endsWith("NR threaten", "CF threaten");
    assertThat(acts(NAMED, "Both railways had proposed binding arbitration."))
        .endsWith("NR propose", "CF propose");
  }

  @Test
  void partiesNamedTogetherInTheSameSentenceCount() {
    assertThat(
            acts(
                "Northline Rail and Coastal Freight met the union for a week, but the carriers"
                    + " rejected binding arbitration on Monday."))
        .contains("NR reject", "CF reject");
  }

  @Test
  void partiesOfOtherSidesNamedTogetherAreNoAntecedent() {
    // The union and a railway act alike on nothing the case names alone.
    assertThat(
            acts(
                "The union and Northline met on Friday.",
                "The companies rejected binding arbitration."))
        .doesNotContain("CF reject");
  }

  @Test
  void aNounOfStatesNeedsStates() {
    assertThat(acts(NAMED, "The governments rejected binding arbitration."))
        .doesNotContain("NR reject", "CF reject");
  }

  @Test
  void withNoPartiesNamedTogetherTheGroupIsNoOne() {
    assertThat(acts("The companies issued lockout notices on Sunday.")).isEmpty();
  }
}
