package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A proposal noun that ends the object of a rejection, after nouns that name what it is about ("the
 * pay rise proposal"), is the thing rejected and no proposal of its own; a proposal told by its own
 * verb after the rejection stays one.
 */
class RejectedProposalNounsTest {
  private static List<String> acts(String... paragraphs) {
    return HospitalStrike.acts(paragraphs);
  }

  @Test
  void aProposalNounAfterNounsOfItsThingIsWhatIsRejected() {
    assertThat(acts("The union rejected the pay rise proposal on Monday."))
        .containsExactly("NU reject");
    assertThat(acts("Mercy Hospital turned down the union's wage increase proposal."))
        .containsExactly("MH reject");
  }

  @Test
  void aProposalOfItsOwnClauseAfterTheRejectionStaysAProposal() {
    assertThat(acts("Mercy Hospital rejected the staffing ratios and offered a pay rise."))
        .containsExactly("MH reject", "MH propose");
  }
}
