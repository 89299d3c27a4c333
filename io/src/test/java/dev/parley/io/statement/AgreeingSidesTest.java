package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A third party announcing that the sides agreed: the acceptance is the sides', named or meant by a
 * group word ("the parties", "both sides"), not the announcer's, unless the announcer is one of
 * them.
 */
class AgreeingSidesTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 1, 12);

  private static List<String> read(String... paragraphs) {
    return TestArticles.bundledActs(PUBLISHED, paragraphs);
  }

  @Test
  void aGroupWordOfTheSidesStandsForThePartiesTheSentenceNames() {
    assertThat(
            read(
                "Borrell announced that the parties agreed on the security guarantees for Russia"
                    + " and Ukraine."))
        .containsExactlyInAnyOrder("RU accept", "UA accept");
  }

  @Test
  void withoutNamesTheSidesAreThoseOfTheArticlesStatements() {
    assertThat(
            read(
                "Lavrov said Russia rejected the American proposal. Blinken said Washington"
                    + " rejects the Russian demands.",
                "Borrell said on Friday that both sides accepted the plan."))
        .containsExactly("RU reject", "US reject", "RU accept", "US accept");
  }

  @Test
  void theAnnouncerWhoseSideIsOneOfThemKeepsItsAcceptance() {
    List<String> read = read("Lavrov said the two sides agreed on the draft with Washington.");
    assertThat(read).containsExactlyInAnyOrder("RU accept", "US accept");
  }

  @Test
  void twoNamesJoinedByAndBeforeTheVerbAreTheSides() {
    assertThat(read("Russia and Ukraine have agreed to a ceasefire, the EU announced on Monday."))
        .containsExactlyInAnyOrder("RU accept", "UA accept");
  }

  @Test
  void aGroupAskedOrOwningIsNoSubject() {
    assertThat(read("Borrell urged the parties to accept the plan of Russia and Ukraine."))
        .doesNotContain("RU accept", "UA accept");
    assertThat(read("Borrell said he accepted the parties' plan on Russia and Ukraine."))
        .containsExactly("EU accept");
  }

  @Test
  void aGroupWordThatIsItselfTheSubjectStandsForTheTwoPartiesThatHaveActed() {
    // Ukraine is only spoken of, and Kyiv names where the sides met.
    assertThat(
            read(
                "Lavrov said Russia rejected the American proposal on Ukraine.",
                "Blinken said Washington rejects the Russian demands on Ukraine.",
                "The two governments agreed on the plan in Kyiv on Friday."))
        .containsExactly("RU reject", "US reject", "RU accept", "US accept");
  }

  @Test
  void aPartyOftenSpokenToComesAfterOneThatSpoke() {
    assertThat(
            read(
                "Lavrov said Moscow rejected the plan for Ukraine.",
                "Lavrov said Russia would discuss Ukraine with Washington.",
                "Blinken said the United States accepted the proposal.",
                "Both governments agreed on the plan."))
        .endsWith("RU accept", "US accept");
  }

  @Test
  void aGroupWordWithNoTwoSidesKnownMakesNoStatement() {
    assertThat(read("The two leaders agreed on the plan in Geneva.")).isEmpty();
  }

  @Test
  void aSideNamedWithItsAbbreviationOrADescriptiveNameIsOneMemberOfThePair() {
    assertThat(
            InventedCases.TRUCE.acts(
                "The Coastal Liberation Front (CLF) and Velmar signed a truce on Sunday, Tarsia"
                    + " announced."))
        .containsExactlyInAnyOrder("CLF accept", "VL accept");
    assertThat(
            InventedCases.TRUCE.acts(
                "Velmar and the insurgents Coastal Liberation Front have agreed to a truce."))
        .containsExactlyInAnyOrder("CLF accept", "VL accept");
  }

  @Test
  void aNameJoinedToSomethingThatIsNoPartyActsAlone() {
    assertThat(
            InventedCases.TRUCE.acts(
                "Velmar and the truce monitors signed the ceasefire on Sunday, Tarsia announced."))
        .doesNotContain("CLF accept");
    assertThat(
            InventedCases.TRUCE.acts(
                "Tarsia urged Velmar and the Coastal Liberation Front (CLF) to sign the truce."))
        .doesNotContain("CLF accept", "VL accept");
  }

  @Test
  void aSideNamedAsTheFirstsOwnOrADayBeforeTheVerbStillMakesAPair() {
    assertThat(
            InventedCases.TRUCE.acts(
                "Velmar and its armed opposition on Sunday signed a truce, Tarsia said."))
        .containsExactlyInAnyOrder("VL accept", "CLF accept");
    assertThat(
            InventedCases.TRUCE.acts(
                "Velmar and its allies on Sunday signed a truce with Tarsia's backing."))
        .as("its allies are no party")
        .containsExactly("VL accept");
  }
}
