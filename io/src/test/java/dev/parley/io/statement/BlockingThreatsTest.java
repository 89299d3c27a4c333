package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A veto or a block still to come on a condition is a threat ("would veto the deal if the raise was
 * cut"); one already cast, or with no condition, is a rejection ("vetoed the pay rise"). Readiness
 * for talks is an openness to discuss.
 */
class BlockingThreatsTest {
  private static List<String> acts(String... paragraphs) {
    return HospitalStrike.acts(paragraphs);
  }

  @Test
  void aVetoOrABlockToComeIsAThreat() {
    assertThat(acts("Carter said the union would veto the deal if the pay rise was cut."))
        .containsExactly("NU threaten");
    assertThat(acts("Mercy Hospital will block the pay rise as long as the strike goes on."))
        .containsExactly("MH threaten");
  }

  @Test
  void aVetoCastOrWithNoConditionIsARejection() {
    assertThat(acts("Mercy Hospital vetoed the pay rise.")).containsExactly("MH reject");
    assertThat(acts("Mercy Hospital said it would veto the pay rise."))
        .containsExactly("MH reject");
    assertThat(acts("Mercy Hospital blocked the pay rise in March.")).isEmpty();
  }

  @Test
  void readinessForTalksIsAnOpennessToDiscuss() {
    assertThat(acts("Carter said the union was ready for talks on the pay rise."))
        .containsExactly("NU discuss");
    assertThat(acts("Carter said the union was not ready for talks.")).containsExactly("NU reject");
    assertThat(acts("Carter said the union was ready for a long strike over the pay rise."))
        .isEmpty();
  }
}
