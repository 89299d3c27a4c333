package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A decision or a move judged by naming is judged as a proposal is: condemned ("called the decision
 * senseless", "described the move as a stab in the back") it is rejected, praised ("called the
 * decision a victory") accepted. Praise of what is no proposal or decision accepts nothing.
 */
class JudgedDecisionsTest {
  private static List<String> acts(String... paragraphs) {
    return HospitalStrike.acts(paragraphs);
  }

  @Test
  void aDecisionCondemnedByNamingIsRejected() {
    assertThat(acts("Lakeside Hospital called the decision senseless and wrong."))
        .containsExactly("LH reject");
    assertThat(acts("Mercy Hospital described the union's move as a stab in the back."))
        .containsExactly("MH reject");
    assertThat(acts("Carter said the decision was deplorable.")).containsExactly("NU reject");
  }

  @Test
  void aDecisionPraisedByNamingIsAccepted() {
    assertThat(acts("Carter called the decision on Monday a victory for every nurse."))
        .containsExactly("NU accept");
    assertThat(acts("Carter said the move was an important step forward."))
        .containsExactly("NU accept");
  }

  @Test
  void praiseOfWhatIsNoProposalOrDecisionAcceptsNothing() {
    assertThat(acts("Carter called the vote a victory for every nurse.")).isEmpty();
  }
}
