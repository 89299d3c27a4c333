package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Praise by naming accepts a proposal: "called the offer good news", "described the deal as
 * historic"; praise of talks or people accepts nothing.
 */
class PraiseJudgementsTest {
  private static List<String> acts(String... paragraphs) {
    return HospitalStrike.acts(paragraphs);
  }

  @Test
  void praiseOfAProposalByNamingAcceptsIt() {
    assertThat(acts("Carter called the hospital's offer good news.")).containsExactly("NU accept");
    assertThat(acts("Mercy Hospital described the union's proposal as a step forward."))
        .containsExactly("MH accept");
    assertThat(acts("Carter considered the deal on the raise fair.")).containsExactly("NU accept");
  }

  @Test
  void praiseOfTalksOrPeopleAcceptsNothing() {
    assertThat(acts("Carter called the nurses excellent.")).isEmpty();
    assertThat(acts("Carter described the mood as positive.")).isEmpty();
    assertThat(acts("Carter called the offer an insult.")).containsExactly("NU reject");
  }
}
