package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pressure told with no act word: a lockout, notice of one or of a strike, protests announced, a
 * motion of no confidence and legal action weighed threaten; a countersuit and a vote against a
 * deal reject. What happens to someone, or a lockout only named, is no act.
 */
class PressuresTest {
  private static List<String> acts(String... paragraphs) {
    return HospitalStrike.acts(paragraphs);
  }

  @Test
  void aLockoutOrANoticeOfOneIsAThreat() {
    assertThat(acts("Mercy Hospital locked out 400 nurses on Friday."))
        .containsExactly("MH threaten");
    assertThat(acts("Lakeside Hospital issued lockout notices to the union on Monday."))
        .containsExactly("LH threaten");
    assertThat(acts("The Nurses Union served a 72-hour strike notice on Mercy Hospital."))
        .containsExactly("NU threaten");
  }

  @Test
  void protestsOrAMotionOfNoConfidenceAnnouncedAreAThreat() {
    assertThat(acts("Carter announced new protests.")).containsExactly("NU threaten");
    assertThat(acts("The Nurses Union tabled a motion of no confidence in the board."))
        .containsExactly("NU threaten");
  }

  @Test
  void legalActionWeighedIsAThreat() {
    assertThat(acts("The union is weighing all its options, including a court challenge."))
        .containsExactly("NU threaten");
    assertThat(
            acts(
                "Carter rejected the plan.",
                "The Nurses Union is considering legal action against Mercy Hospital."))
        .containsExactly("NU reject", "NU threaten");
    assertThat(acts("The Nurses Union is reviewing all of its options."))
        .containsExactly("NU threaten");
    assertThat(acts("The Nurses Union is reviewing its options.")).isEmpty();
  }

  @Test
  void aCountersuitOrAVoteAgainstADealRejects() {
    assertThat(acts("Mercy Hospital countersued.")).containsExactly("MH reject");
    assertThat(acts("Carter said the union will vote at its congress against the agreement."))
        .containsExactly("NU reject");
    assertThat(acts("Carter said the union voted for the agreement.")).doesNotContain("NU reject");
  }

  @Test
  void aLockoutWithItsObjectBeforeTheParticleIsAThreat() {
    assertThat(acts("Lakeside Hospital had locked the nurses out on Friday."))
        .containsExactly("LH threaten");
    assertThat(acts("Mercy Hospital locked its night staff out after the vote."))
        .containsExactly("MH threaten");
    assertThat(acts("Mercy Hospital said the nurses were locked out of the meeting.")).isEmpty();
  }

  @Test
  void aStrikeAllowedByAVoteIsAThreat() {
    assertThat(acts("The Nurses Union voted to authorise a strike at Mercy Hospital."))
        .containsExactly("NU threaten");
    assertThat(acts("The Nurses Union voted overwhelmingly for a rolling strike."))
        .containsExactly("NU threaten");
    assertThat(acts("The Nurses Union voted to approve the agreement."))
        .containsExactly("NU accept");
    assertThat(acts("The Nurses Union voted to elect a new board.")).isEmpty();
  }

  @Test
  void legalActionBroughtIsAThreat() {
    assertThat(acts("The Nurses Union filed a lawsuit against Mercy Hospital on Monday."))
        .containsExactly("NU threaten");
    assertThat(acts("Lakeside Hospital launched a court challenge to the strike."))
        .containsExactly("LH threaten");
    assertThat(acts("Carter said the union would take Mercy Hospital to court."))
        .containsExactly("NU threaten");
    assertThat(acts("Carter said the union was taken to task by members.")).isEmpty();
  }

  @Test
  void whatHappensToSomeoneOrALockoutNamedIsNoAct() {
    assertThat(acts("The Nurses Union said 400 nurses were locked out.")).isEmpty();
    assertThat(acts("Mercy Hospital said the nurses were locked out of the meeting.")).isEmpty();
    assertThat(acts("Mercy Hospital said the lockout notices expired.")).isEmpty();
  }
}
