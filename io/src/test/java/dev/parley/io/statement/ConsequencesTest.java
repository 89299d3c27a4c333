package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A consequence after a connective of condition, or pressure kept up until, is a threat. */
class ConsequencesTest {
  private static List<String> actsOn(String... paragraphs) {
    return HospitalStrike.actsOn(paragraphs);
  }

  @Test
  void pressureKeptUpUntilTheOtherSideActsIsAThreat() {
    assertThat(
            actsOn(
                "Carter said the union will keep up the strike until Mercy Hospital offers a pay"
                    + " rise."))
        .containsExactly("NU threaten [pay-rise]");
    assertThat(
            actsOn("The union vowed to continue the strike until the hospitals agree to a raise."))
        .containsExactly("NU threaten [pay-rise]");
  }

  @Test
  void aConsequenceAfterAConnectiveIsAThreat() {
    assertThat(
            actsOn(
                "Carter said Mercy Hospital must offer a pay rise, failing which the union will"
                    + " strike again."))
        .containsExactly("NU demand [pay-rise]", "NU threaten []");
    assertThat(actsOn("Carter said otherwise the union would be forced to strike over the raise."))
        .containsExactly("NU threaten [pay-rise]");
  }

  @Test
  void noConditionOrNoFutureIsNoThreat() {
    assertThat(actsOn("Carter said the union will keep up the strike.")).isEmpty();
    assertThat(actsOn("The union kept up the strike until Mercy Hospital offered a pay rise."))
        .doesNotContain("NU threaten [pay-rise]");
    assertThat(actsOn("Carter said the talks had otherwise gone well.")).isEmpty();
  }
}
