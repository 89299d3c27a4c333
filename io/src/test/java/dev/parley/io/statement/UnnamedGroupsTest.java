package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A group the sentence opens with but does not name ("Some delegations", "Patient groups") is not
 * the last speaker: its acts have no speaker the record can name.
 */
class UnnamedGroupsTest {
  @Test
  void anUnnamedGroupIsNotTheLastSpeaker() {
    assertThat(
            HospitalStrike.acts(
                "Carter rejected the plan. Some delegations wanted a bigger pay rise."))
        .containsExactly("NU reject");
    assertThat(
            HospitalStrike.acts(
                "Carter rejected the plan. Patient groups that had followed the talks welcomed the"
                    + " proposal."))
        .containsExactly("NU reject");
    assertThat(
            HospitalStrike.acts(
                "Carter rejected the plan.",
                "Business groups and local governments had urged Mercy Hospital to settle."))
        .containsExactly("NU reject");
  }

  @Test
  void aNamedOrDefiniteSubjectStillSpeaks() {
    assertThat(HospitalStrike.acts("Carter rejected the plan. They welcomed the proposal."))
        .containsExactly("NU reject", "NU accept");
    assertThat(HospitalStrike.acts("Nurses Union members welcomed the proposal."))
        .containsExactly("NU accept");
  }
}
