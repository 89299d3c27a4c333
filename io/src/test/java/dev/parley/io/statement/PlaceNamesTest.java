package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A state's name at the end of another place's name ("Northern Ireland", "New Mexico", "South
 * Ostland") names no state, unless the lexicon lists the longer name ("North Korea").
 */
class PlaceNamesTest {
  private static final InventedCase CASE = InventedCases.FISHERIES;

  private static List<Statement> read(String sentence) {
    return StatementExtractor.of(CASE.lexicon())
        .extract(TestArticles.of(CASE.published(), sentence))
        .statements();
  }

  @Test
  void aCompassWordOrNewBeforeAStatesNameMakesAnotherPlace() {
    assertThat(read("Norvania rejected the herring quota at a meeting in Northern Ireland."))
        .singleElement()
        .satisfies(s -> assertThat(s.addressees()).doesNotContain("IE"));
    assertThat(read("Norvania rejected the herring quota on a visit to New Mexico."))
        .singleElement()
        .satisfies(s -> assertThat(s.addressees()).doesNotContain("MX"));
    assertThat(read("The council of South Ostland rejected the herring quota.")).isEmpty();
  }

  @Test
  void aLongerNameTheLexiconListsOrALowerCaseRegionStaysTheState() {
    assertThat(read("North Korea rejected the herring quota."))
        .singleElement()
        .satisfies(s -> assertThat(s.speakerParty()).contains("KP"));
    assertThat(read("In eastern Ostland, Norvania rejected the herring quota."))
        .singleElement()
        .satisfies(s -> assertThat(s.addressees()).contains("OS"));
    assertThat(read("Ostland rejected the herring quota on Monday."))
        .singleElement()
        .satisfies(s -> assertThat(s.speakerParty()).contains("OS"));
  }
}
