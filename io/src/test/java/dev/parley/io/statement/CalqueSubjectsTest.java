package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "In the MFA of Russia said that ...": machine translation's attribution; the body speaks. */
class CalqueSubjectsTest {
  private static List<String> acts(String... paragraphs) {
    return HospitalStrike.acts(paragraphs);
  }

  @Test
  void aBodyAfterAnOpeningInAndRightBeforeTheReportingVerbSpeaks() {
    assertThat(acts("In the Nurses Union said that Mercy Hospital must accept a pay rise."))
        .containsExactly("NU demand");
    assertThat(acts("In Mercy Hospital stated that it rejected the raise."))
        .containsExactly("MH reject");
  }

  @Test
  void aPlaceOrATimeAfterInIsNoSpeaker() {
    assertThat(acts("In Mercy Hospital, Carter rejected the raise.")).containsExactly("NU reject");
    assertThat(acts("Carter said in Mercy Hospital that the union rejected the raise."))
        .containsExactly("NU reject");
    assertThat(acts("In March the union rejected the raise.")).containsExactly("NU reject");
  }
}
