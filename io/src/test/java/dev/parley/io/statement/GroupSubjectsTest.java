package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A group of the sides as the subject of an act ("the two sides agreed", "all three parties
 * rejected", "neither side accepted", "both hospitals said they had offered"): each side acts.
 */
class GroupSubjectsTest {
  /** A paragraph in which the union and one hospital have spoken. */
  private static final String TWO_SPOKE =
      "Carter said the union wanted a pay rise. Mercy Hospital said it rejected the staffing"
          + " ratios.";

  private static List<String> acts(String... paragraphs) {
    return HospitalStrike.acts(paragraphs);
  }

  @Test
  void aCountedGroupWordStandsForTheSidesThatHaveSpoken() {
    assertThat(acts(TWO_SPOKE, "The two sides agreed to a pay rise on Monday."))
        .endsWith("NU accept", "MH accept");
    List<String> both = acts(TWO_SPOKE, "Both sides rejected the staffing ratios.");
    assertThat(both).hasSize(4);
    assertThat(both.subList(2, 4)).containsExactlyInAnyOrder("MH reject", "NU reject");
  }

  @Test
  void thePartsOfAMachineTranslationAreTheSides() {
    assertThat(acts(TWO_SPOKE, "The parts agreed to a pay rise on Monday."))
        .endsWith("NU accept", "MH accept");
    assertThat(acts(TWO_SPOKE, "Both parts will meet again in June."))
        .endsWith("NU discuss", "MH discuss");
    assertThat(acts(TWO_SPOKE, "The spare parts of the scanners were discussed at length."))
        .hasSize(2);
  }

  @Test
  void thoseWhoActForNamedSidesAreEachSide() {
    assertThat(acts(TWO_SPOKE, "Negotiators for the union and Mercy Hospital met again on Monday."))
        .endsWith("NU discuss", "MH discuss");
    assertEachOfThreeRejects(
        "The leaders of the union, Mercy and Lakeside rejected the staffing ratios.");
  }

  @Test
  void envoysOfOneSideOrOfAPlaceAreNoGroup() {
    // One meeting, not one for each of two sides.
    assertThat(acts(TWO_SPOKE, "The leaders of the union met on Monday.")).hasSize(3);
    assertThat(acts(TWO_SPOKE, "Negotiators for the union in Kessa and Mercy met on Monday."))
        .hasSize(3);
    assertThat(
            acts(
                TWO_SPOKE,
                "Carter, who leads the negotiators of the union, met Mercy Hospital on Monday."))
        .as("the union's meeting, and Mercy's as the one met")
        .hasSize(4);
  }

  @Test
  void aNumberCountsTheSides() {
    assertEachOfThreeRejects("All three parties rejected the staffing ratios.");
  }

  /** Asserts that the sentence, after all three parties have spoken, is a rejection by each. */
  private static void assertEachOfThreeRejects(String sentence) {
    List<String> read =
        acts(TWO_SPOKE + " Lakeside Hospital said it rejected the raise.", sentence);
    assertThat(read).hasSize(6);
    assertThat(read.subList(3, 6)).containsExactlyInAnyOrder("NU reject", "MH reject", "LH reject");
  }

  @Test
  void neitherSideNegatesTheActOfEach() {
    List<String> neither = acts(TWO_SPOKE, "Neither side accepted the staffing ratios.");
    assertThat(neither).hasSize(4);
    assertThat(neither.subList(2, 4)).containsExactlyInAnyOrder("MH reject", "NU reject");
  }

  @Test
  void thePluralOfAWordEndingThePartiesNamesIsThoseParties() {
    assertThat(
            acts(
                "Carter said the union wanted a pay rise. Mercy Hospital and Lakeside Hospital"
                    + " rejected the staffing ratios.",
                "Both hospitals said they had offered a pay rise."))
        .endsWith("MH propose", "LH propose");
    assertThat(
            acts(
                "Mercy Hospital and Lakeside Hospital met the union.",
                "The hospitals rejected the staffing ratios."))
        .endsWith("MH reject", "LH reject");
  }

  @Test
  void aPluralNamingOnlyOnePartyIsNoGroup() {
    assertThat(acts("Mercy Hospital met the union.", "The hospitals rejected the staffing ratios."))
        .doesNotContain("LH reject", "NU reject");
  }

  @Test
  void aGroupInAConditionAskedOrOwningDoesNotAct() {
    assertThat(acts(TWO_SPOKE, "The raise can be extended if the two sides agree."))
        .containsExactly("NU demand", "MH reject");
    assertThat(acts(TWO_SPOKE, "Carter urged both sides to accept the raise."))
        .containsExactly("NU demand", "MH reject", "NU demand");
    assertThat(acts(TWO_SPOKE, "Carter rejected the two sides' plan for staffing ratios."))
        .containsExactly("NU demand", "MH reject", "NU reject");
  }

  @Test
  void theyAfterAndStandsForAGroupThatIsTheSubjectOfTheClauseBefore() {
    String sides = "Velmar rejected the truce plan. The insurgents rejected the ceasefire.";
    assertThat(
            InventedCases.TRUCE.acts(
                sides
                    + " The two sides affirmed their respect for the coast, and they agreed to a"
                    + " truce."))
        .containsExactlyInAnyOrder("VL reject", "CLF reject", "VL accept", "CLF accept");
  }

  @Test
  void theyAfterAndWithTheGroupAnObjectOrAfterAPrepositionIsNoGroup() {
    String sides = "Velmar rejected the truce plan. The insurgents rejected the ceasefire.";
    assertThat(
            InventedCases.TRUCE.acts(
                sides + " Tarsia hosted the two sides, and they agreed to a truce."))
        .as("\"they\" is read as any pronoun, not as both sides")
        .doesNotContain("VL accept");
    assertThat(
            InventedCases.TRUCE.acts(
                sides + " Talks between the two sides stalled, and they agreed to a truce."))
        .doesNotContain("VL accept");
  }

  @Test
  void aMediatorWhoSpokeBeforeIsNoneOfBothSides() {
    assertThat(
            InventedCases.PORT.actsOn(
                "The dockers and the port met for ten hours with the mediators on Monday."
                    + " Both sides rejected the new contract."))
        .filteredOn(a -> a.contains(" reject "))
        .containsExactlyInAnyOrder("DK reject [contract]", "PA reject [contract]");
  }
}
