package dev.parley.io.statement;

import static dev.parley.io.statement.HospitalStrike.actsOn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Talks put off until the other side acts are refused for now, and the condition is asked. */
class TalksPutOffUntilTest {
  @Test
  void talksPutOffUntilTheOtherSideActsRefuseThemAndAskForTheCondition() {
    assertThat(
            actsOn(
                "The union suspended negotiations with Mercy until Lakeside agrees to the staffing"
                    + " ratios."))
        .containsExactly("NU reject []", "NU demand [staffing-ratio]");
  }

  @Test
  void aForumsCalendarOrTalksNotPutOffAreNoRefusal() {
    assertThat(actsOn("The union postponed talks with Mercy Hospital until Monday.")).isEmpty();
    assertThat(actsOn("The union did not postpone the talks until Mercy offered a pay rise."))
        .doesNotContain("NU reject []", "NU demand [pay-rise]");
  }
}
