package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Expected" with the generic lexicon: what others foresee of a subject ("is expected to meet") is
 * no act of it, while a party expecting something of another is its demand.
 */
class ExpectedActsTest {
  private static final InventedCase FISHERIES = InventedCases.FISHERIES;

  private static List<String> acts(String sentence) {
    return FISHERIES.acts(sentence);
  }

  @Test
  void whatOthersForeseeOfASubjectIsNoDemandOfIt() {
    assertThat(acts("Norvania is expected to meet Ostland on the herring quota next week."))
        .doesNotContain("NV demand");
    assertThat(acts("The Ostlandic fleet is now widely expected to fish the catch quota."))
        .isEmpty();
  }

  @Test
  void aPartyExpectingSomethingOfAnotherDemandsIt() {
    assertThat(acts("Norvania expected Ostland to cut the herring quota.")).contains("NV demand");
    assertThat(acts("Norvania expects Ostland to respect the catch quota.")).contains("NV demand");
  }
}
