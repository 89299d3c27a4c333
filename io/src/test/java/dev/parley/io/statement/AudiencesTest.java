package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A meeting the speaker told or addressed is where the speaker spoke, not a discussion. */
class AudiencesTest {
  private static List<String> acts(String... paragraphs) {
    return HospitalStrike.acts(paragraphs);
  }

  @Test
  void aMeetingToldIsNoDiscussion() {
    assertThat(acts("Carter told the meeting that the strike would go on.")).isEmpty();
    assertThat(acts("Carter told a meeting of nurses that the strike would go on.")).isEmpty();
    assertThat(acts("Carter, addressing the closing session of the talks, praised the nurses."))
        .isEmpty();
  }

  @Test
  void theActOfWhatWasToldStays() {
    assertThat(acts("Carter told the weekly meeting that the union rejected the offer."))
        .containsExactly("NU reject");
  }

  @Test
  void aMeetingHeldStaysADiscussion() {
    assertThat(acts("Carter met Mercy Hospital on Monday."))
        .containsExactly("NU discuss", "MH discuss");
    assertThat(acts("Carter told reporters that the union held talks with Mercy Hospital."))
        .containsExactly("NU discuss", "MH discuss");
  }
}
