package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Not leaving talks is going on with them: a discussion, not an acceptance of their items. */
class CarryingOnTest {
  private static List<String> actsOn(String... paragraphs) {
    return HospitalStrike.actsOn(paragraphs);
  }

  @Test
  void notLeavingTheTalksIsADiscussion() {
    assertThat(actsOn("Carter said the union had not walked away from the talks."))
        .containsExactly("NU discuss []");
    assertThat(actsOn("Carter said the union did not pull out of the talks on the raise."))
        .containsExactly("NU discuss [pay-rise]");
  }

  @Test
  void leavingTheTalksAndNotLeavingADealAreAsBefore() {
    assertThat(actsOn("Carter said the union walked out of the talks on the raise."))
        .containsExactly("NU reject [pay-rise]");
    assertThat(
            actsOn("Carter said the union had not walked away from the deal on staffing ratios."))
        .containsExactly("NU accept [staffing-ratio]");
  }
}
