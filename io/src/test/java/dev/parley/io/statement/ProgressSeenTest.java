package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Progress a side sees as possible on a thing is its openness to discuss it; progress it does not
 * see is no act at all.
 */
class ProgressSeenTest {
  private static List<String> actsOn(String... paragraphs) {
    return InventedCases.FISHERIES.actsOn(paragraphs);
  }

  @Test
  void progressSeenOnAnItemIsAnOpennessToDiscussIt() {
    assertThat(actsOn("Norvania sees progress on the herring quota."))
        .containsExactly("NV discuss [catch-quota]");
    assertThat(actsOn("Ostland said it saw real progress on the catch quota."))
        .containsExactly("OS discuss [catch-quota]");
    assertThat(actsOn("Ostland sees room for agreement on the herring quota."))
        .containsExactly("OS discuss [catch-quota]");
  }

  @Test
  void progressToldAsPossibleIsToo() {
    assertThat(actsOn("Ostland said progress could be made on the catch quota."))
        .containsExactly("OS discuss [catch-quota]");
    assertThat(
            actsOn(
                "Norvania says progress is possible in several areas: the herring quota and the"
                    + " inspection of trawlers."))
        .containsExactly("NV discuss [catch-quota]");
  }

  @Test
  void agreementToldAsPossibleIsToo() {
    assertThat(actsOn("Ostland says agreement is possible on the herring quota."))
        .containsExactly("OS discuss [catch-quota]");
    assertThat(actsOn("Norvania said a compromise could be possible on the catch quota."))
        .containsExactly("NV discuss [catch-quota]");
    assertThat(actsOn("Ostland says no agreement is possible on the herring quota.")).isEmpty();
    assertThat(actsOn("Norvania said a deal was not possible on the catch quota.")).isEmpty();
  }

  @Test
  void progressNotSeenIsNoAct() {
    assertThat(actsOn("Norvania sees no progress on the herring quota.")).isEmpty();
    assertThat(actsOn("Ostland did not see any progress on the catch quota.")).isEmpty();
    assertThat(actsOn("Norvania said there was little room for agreement on the herring quota."))
        .isEmpty();
  }

  @Test
  void progressMadeIsNoAppraisal() {
    assertThat(actsOn("Norvania made progress on the herring quota last year.")).isEmpty();
    assertThat(actsOn("The inspectors saw the herring quota fall by a third.")).isEmpty();
  }
}
