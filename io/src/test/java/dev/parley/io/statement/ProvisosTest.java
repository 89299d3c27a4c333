package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A deal said to be possible only if the other side acts demands that act. */
class ProvisosTest {
  private static List<String> actsOn(String... paragraphs) {
    return HospitalStrike.actsOn(paragraphs);
  }

  @Test
  void onlyIfIsADemand() {
    assertThat(
            actsOn("Carter said the deal can only be signed if Mercy Hospital offers a pay rise."))
        .containsExactly("NU demand [pay-rise]");
    assertThat(
            actsOn(
                "Carter said there can be no settlement until Mercy Hospital agrees to a pay"
                    + " rise."))
        .containsExactly("NU demand [pay-rise]");
  }

  @Test
  void aPlainConditionOrNoItemIsNoDemand() {
    assertThat(actsOn("Carter said the union would sign if Mercy Hospital agreed."))
        .doesNotContain("NU demand []");
    assertThat(actsOn("Carter said the deal can only be signed if the nurses vote for it."))
        .isEmpty();
  }
}
