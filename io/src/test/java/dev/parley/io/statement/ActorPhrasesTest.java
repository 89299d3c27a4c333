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
}
