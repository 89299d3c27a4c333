package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The other side's refusal told as the reason or the want of a statement, in a clause that opens
 * the sentence: besides the main clause's act, a rejection by the side the clause names.
 */
class ReasonClausesTest {
  @Test
  void aRefusalGivenAsTheReasonIsTheRefusingSidesRejection() {
    assertThat(
            HospitalStrike.acts(
                "Since Mercy Hospital has refused to grant a pay rise, the union called for"
                    + " mediation, Carter said."))
        .containsExactly("MH reject", "NU demand");
    assertThat(
            HospitalStrike.acts(
                "Given Lakeside Hospital's refusal to discuss the pay rise, the union called for"
                    + " mediation, Carter said."))
        .containsExactly("LH reject", "NU demand");
  }

  @Test
  void theWantOfASidesReadinessIsItsRejectionToldAsAFact() {
    List<Statement> read =
        HospitalStrike.read(
            "\"In the absence of the readiness of Mercy Hospital to agree on safe, fixed staffing"
                + " ratios, the union will call for mediation,\" Carter said.");
    Optional<Statement> refusal =
        read.stream().filter(s -> s.speakerParty().equals(Optional.of("MH"))).findFirst();
    assertThat(refusal).isPresent();
    assertThat(refusal.get().act()).isEqualTo(Act.REJECT);
    assertThat(refusal.get().conditional()).isFalse();
    assertThat(refusal.get().items()).containsExactly("staffing-ratio");
    assertThat(refusal.get().addressees()).contains("NU");
  }

  @Test
  void aClauseWithNoSideItemOrRefusalReportsNoRejection() {
    assertThat(
            HospitalStrike.acts(
                "In the absence of a pay rise, the union called for mediation, Carter said."))
        .containsExactly("NU demand");
    assertThat(
            HospitalStrike.acts(
                "Since Mercy Hospital has not yet agreed to the pay rise, the union called for"
                    + " mediation, Carter said."))
        .containsExactly("NU demand");
    assertThat(
            HospitalStrike.acts(
                "Since Mercy Hospital offered a pay rise, the union called off the strike, Carter"
                    + " said."))
        .doesNotContain("MH reject");
  }
}
