package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A judgement told with a copula: "said the offer was an insult" rejects the offer, "the deal is a
 * victory" accepts it; the praise or blame of talks, people or things that are no proposal is none.
 */
class CopularJudgementsTest {
  private static List<String> acts(String... paragraphs) {
    return HospitalStrike.acts(paragraphs);
  }

  @Test
  void praiseOfAProposalWithACopulaAcceptsIt() {
    assertThat(acts("Carter said the hospital's latest offer was good news for nurses."))
        .containsExactly("NU accept");
    assertThat(acts("Mercy Hospital considered that the deal is \"a victory for patients\"."))
        .containsExactly("MH accept");
    assertThat(acts("Carter said the agreement could be a breakthrough if it holds."))
        .containsExactly("NU accept");
  }

  @Test
  void blameOfAProposalWithACopulaRejectsIt() {
    assertThat(acts("Carter said the hospital's proposal was an insult to nurses."))
        .containsExactly("NU reject");
    assertThat(acts("Mercy Hospital said the union's demands were \"just not realistic\"."))
        .containsExactly("MH reject");
    assertThat(acts("Carter said the offer was not sufficient.")).containsExactly("NU reject");
  }

  @Test
  void aCopulaWithNoProposalOrNoEvaluationJudgesNothing() {
    assertThat(acts("Carter said the talks were positive.")).isEmpty();
    assertThat(acts("Carter said the nurses were excellent.")).isEmpty();
    assertThat(acts("Carter said the weather in the offer season was fair.")).isEmpty();
    assertThat(acts("Carter said the offer was made on Monday.")).isEmpty();
    assertThat(acts("Carter said that in the offer there is a fair share of work.")).isEmpty();
  }

  @Test
  void pluralDealsOrPlansFoundIrrelevantAreRejected() {
    assertThat(
            InventedCases.TRUCE.acts(
                "Velmar says the insurgents' older truce plans are irrelevant to the talks."))
        // The plans judged are the insurgents' own: their demand on the truce (PossessedProposals).
        .containsExactly("VL reject", "CLF demand");
    assertThat(InventedCases.TRUCE.acts("Velmar says the weather on the coast is irrelevant."))
        .isEmpty();
  }
}
