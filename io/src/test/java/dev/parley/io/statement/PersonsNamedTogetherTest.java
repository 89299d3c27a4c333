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
 * A plural subject of persons outside quotes ("they", "the leaders", "the two men") that agrees or
 * discusses stands for the persons or parties last named together before it.
 */
class PersonsNamedTogetherTest {
  /** Two states over fishing quotas, each with a leader, and a port whose mayor hosts them. */
  private static final CompiledLexicon LEXICON =
      CompiledLexicon.of(
          GenericLexicon.bundled(),
          CaseLexicon.read(
              "fishing-quotas.lexicon",
              new StringReader(
                  String.join(
                      "\n",
                      "[party NO]",
                      "name = Republic of Norland",
                      "kind = state",
                      "names = Norland",
                      "",
                      "[party SK]",
                      "name = Kingdom of Skarva",
                      "kind = state",
                      "names = Skarva",
                      "",
                      "[actor halvorsen]",
                      "name = Ingrid Halvorsen",
                      "party = NO",
                      "role = head-of-government",
                      "names = Prime Minister Halvorsen | Halvorsen",
                      "",
                      "[actor brel]",
                      "name = Tomas Brel",
                      "party = SK",
                      "role = head-of-state",
                      "names = King Tomas Brel | Brel",
                      "",
                      "[item quota]",
                      "text = A shared cod quota in the northern banks",
                      "acting = NO | SK",
                      "phrases = cod quota | shared quota",
                      ""))));

  private static List<String> acts(String... paragraphs) {
    return StatementExtractor.of(LEXICON)
        .extract(TestArticles.of(LocalDate.of(2025, 2, 11), paragraphs))
        .statements()
        .stream()
        .map(s -> s.speakerParty().orElse("?") + " " + s.act().id())
        .toList();
  }

  private static final String MET = "Halvorsen and Brel met in the port of Vard on Monday.";

  @Test
  void theyAfterTwoLeadersWhoSpokeIsEachOfTheirSides() {
    assertThat(
            acts(
                "Prime Minister Halvorsen spoke with King Tomas Brel on Monday evening.",
                "They agreed to a shared cod quota for the winter."))
        .endsWith("NO accept", "SK accept");
  }

  @Test
  void aPluralNounOfPersonsIsEachOfTheirSides() {
    assertThat(
            acts(
                MET
                    + " The two men agreed to a shared cod quota. The leaders also discussed the"
                    + " quota's checks."))
        .endsWith("NO accept", "SK accept", "NO discuss", "SK discuss");
  }

  @Test
  void theyAfterAPluralThingOrGroupOfOneSideIsNotTheTwo() {
    assertThat(
            acts(
                "Halvorsen and Brel opened the talks on Monday.",
                "They agreed to a shared cod quota."))
        .doesNotContain("NO accept")
        .containsOnlyOnce("SK accept");
    assertThat(
            acts(
                "Halvorsen and Brel visited the trawler crews in Vard.",
                "They agreed to a shared cod quota."))
        .doesNotContain("NO accept")
        .containsOnlyOnce("SK accept");
  }

  @Test
  void onlyAJointActIsBoth() {
    assertThat(acts(MET, "They rejected a shared cod quota.")).endsWith("NO reject");
  }

  @Test
  void onePartyNamedBesideSomeoneOfNoPartyIsNoPair() {
    assertThat(acts("Halvorsen met the mayor of Vard on Monday.", "They agreed to a cod quota."))
        .containsExactly("NO discuss", "NO accept");
  }

  @Test
  void insideQuotesTheyIsTheSpeakersWord() {
    assertThat(acts(MET, "\"They agreed to a shared cod quota,\" Halvorsen told reporters."))
        .containsExactly("NO discuss", "SK discuss", "NO accept");
  }
}
