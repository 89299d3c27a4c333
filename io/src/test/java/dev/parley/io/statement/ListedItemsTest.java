package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list after a lead-in that ends with a colon: each entry naming an item is the lead-in's act on
 * it, and the lead-in is on all the items of its entries.
 */
class ListedItemsTest {
  private static List<String> actsOn(String... paragraphs) {
    return HospitalStrike.actsOn(paragraphs);
  }

  @Test
  void numberedEntriesAreTheLeadInsActOnTheirItems() {
    assertThat(
            actsOn(
                "The union is asking for:",
                "1. A pay rise of five percent. Nurses have had no raise since 2019.",
                "2. Fixed staffing ratios on every ward."))
        .containsExactly(
            "NU demand [pay-rise, staffing-ratio]",
            "NU demand [pay-rise]",
            "NU demand [staffing-ratio]");
  }

  @Test
  void bulletsLettersAndShortHeadingsAreEntriesToo() {
    assertThat(actsOn("Mercy Hospital rejected:", "- a wage increase", "- staffing ratios"))
        .containsExactly(
            "MH reject [pay-rise, staffing-ratio]",
            "MH reject [pay-rise]",
            "MH reject [staffing-ratio]");
    assertThat(actsOn("The union demanded:", "a) A pay rise.", "b) Staffing ratios."))
        .hasSize(3)
        .contains("NU demand [staffing-ratio]");
    assertThat(actsOn("The union is asking for:", "A pay rise", "Fixed staffing ratios"))
        .containsExactly(
            "NU demand [pay-rise, staffing-ratio]",
            "NU demand [pay-rise]",
            "NU demand [staffing-ratio]");
  }

  @Test
  void theListEndsAtTheFirstParagraphThatIsNoEntry() {
    assertThat(
            actsOn(
                "The union is asking for:",
                "1. A pay rise.",
                "The strike began on Monday at both hospitals and has closed four wards so far.",
                "Staffing ratios"))
        .containsExactly("NU demand [pay-rise]", "NU demand [pay-rise]");
  }

  @Test
  void noListWithoutAnActOrAColonAtTheParagraphsEnd() {
    assertThat(actsOn("Carter told reporters:", "1. A pay rise.", "2. Staffing ratios.")).isEmpty();
    assertThat(actsOn("The union is asking for: a pay rise.", "2. Staffing ratios."))
        .containsExactly("NU demand [pay-rise]");
  }

  @Test
  void actWordsInAListAfterAColonAreWhatTheActLists() {
    assertThat(
            actsOn(
                "The union demanded three things: a pay rise, talks on staffing ratios and more"
                    + " nurses."))
        .containsExactly("NU demand [pay-rise, staffing-ratio]");
    assertThat(actsOn("The union demanded a pay rise: it will discuss staffing ratios later."))
        .contains("NU discuss [staffing-ratio]");
  }
}
