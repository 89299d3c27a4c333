package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A named person whose title and party stand around the name in one noun phrase speaks as that
 * person: the title with a complement is no reference back, and the party only describes the name.
 */
class ActorPhrasesTest {
  private static final InventedCase CASE = InventedCases.TRUCE_SPEAKERS;

  /** The front's envoy speaks first, so that a title read as a reference back would mean him. */
  private static final String BRENN_FIRST = "Brenn said the insurgents wanted a truce.";

  /** Each statement as "party/actor act" ("party act" when no person is named). */
  private static List<String> speakers(String... paragraphs) {
    return CASE.speakersOn(paragraphs);
  }

  @Test
  void aPartyBeforeALowerCaseTitleAndANameInAppositionDescribesThePerson() {
    assertThat(speakers("The Velmari foreign minister, Ilona Varga, rejected the truce."))
        .containsExactly("VL/varga reject");
  }

  @Test
  void aPartyBeforeALowerCaseTitleRightBeforeTheNameDescribesThePerson() {
    assertThat(speakers("The Velmari minister Ilona Varga turned down the truce."))
        .containsExactly("VL/varga reject");
  }

  @Test
  void aTitleWithAComplementOfItsPartyIsNoReferenceBack() {
    assertThat(
            speakers(
                BRENN_FIRST, "The foreign minister of Velmar, Ilona Varga, rejected the truce."))
        .containsExactly("CLF/brenn demand", "VL/varga reject");
  }

  @Test
  void aTitleWithAComplementOfPlaceBeforeTheNameIsPartOfIt() {
    assertThat(speakers(BRENN_FIRST, "The Velmari envoy in Tarsia Ilona Varga rejected the truce."))
        .containsExactly("CLF/brenn demand", "VL/varga reject");
  }

  @Test
  void aTitledNameAfterAReportingVerbIsItsSubject() {
    assertThat(
            speakers(
                BRENN_FIRST,
                "\"We will never sign it,\" said Foreign Minister of Velmar Ilona Varga."))
        .containsExactly("CLF/brenn demand", "VL/varga reject");
  }

  @Test
  void aPartyBeforeAPlainNounAndTheNameDescribesThePerson() {
    assertThat(speakers("CLF commander Tomas Brenn rejected the truce."))
        .containsExactly("CLF/brenn reject");
  }

  @Test
  void thePersonMetByTitleAndPartyIsTheOtherSideOfTheMeeting() {
    assertThat(speakers("Brenn met the Velmari foreign minister, Ilona Varga, on Monday."))
        .containsExactlyInAnyOrder("CLF/brenn discuss", "VL/varga discuss");
  }

  @Test
  void aVerbBetweenThePartyAndThePersonKeepsThePartyTheSubject() {
    assertThat(speakers("Velmar appointed Varga and rejected the truce."))
        .containsExactly("VL reject");
  }

  @Test
  void aPersonOfAnotherPartyLeavesThePartyTheSubject() {
    assertThat(speakers("The Velmari envoy, Tomas Brenn, rejected the truce."))
        .containsExactly("VL reject");
  }

  @Test
  void theRoleOfAPartyNamesTheOneActorTheLexiconGivesThatRole() {
    assertThat(
            speakers(
                BRENN_FIRST,
                "The Velmari minister again insisted that the insurgents must withdraw."))
        .containsExactly("CLF/brenn demand", "VL/varga demand");
    assertThat(speakers(BRENN_FIRST, "\"We will never sign it,\" said Velmari minister."))
        .containsExactly("CLF/brenn demand", "VL/varga reject");
  }

  @Test
  void anIndefiniteOrPluralRoleNamesNoOne() {
    assertThat(speakers("A Velmari minister insisted that the insurgents must withdraw."))
        .containsExactly("VL demand");
    assertThat(speakers("Velmari ministers insisted that the insurgents must withdraw."))
        .doesNotContain("VL/varga demand");
  }

  @Test
  void aRoleBeforeAnUnknownNameIsThatPerson() {
    assertThat(speakers("Velmari minister Jon Kell insisted that the insurgents must withdraw."))
        .doesNotContain("VL/varga demand");
  }

  @Test
  void aRoleTheLexiconGivesTwoActorsOfThePartyNamesNeither() {
    InventedCase twoMinisters =
        InventedCase.publishedOn(CASE.published())
            .state("VL", "Velmar", "Velmari")
            .state("CLF", "Coastal Liberation Front", "CLF | insurgents")
            .actor("varga", "VL", "minister", "Ilona Varga | Varga")
            .actor("roe", "VL", "minister", "Jana Roe | Roe")
            .item("truce", "The fighting stops for ninety days", "VL", "truce")
            .build("two-ministers.lexicon");
    assertThat(
            twoMinisters.speakersOn(
                "The Velmari minister insisted that the insurgents must withdraw."))
        .containsExactly("VL demand");
  }
}
