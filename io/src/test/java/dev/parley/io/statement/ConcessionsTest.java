package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A concession told by what a side gives up or lets go: dropping its own demand or objection,
 * releasing or unfreezing funds, lifting a block or sanctions, each an acceptance; negated, a
 * rejection. The lifting of a thing only named, or a statement released, concedes nothing.
 */
class ConcessionsTest {
  private static List<String> acts(String... paragraphs) {
    return HospitalStrike.acts(paragraphs);
  }

  @Test
  void droppingOnesOwnDemandOrObjectionAccepts() {
    assertThat(acts("Mercy Hospital dropped its demand for longer shifts on Tuesday."))
        .containsExactly("MH accept");
    assertThat(acts("Lakeside Hospital withdrew its objections to the staffing ratios."))
        .containsExactly("LH accept");
    assertThat(acts("The Nurses Union has lifted its veto on weekend rotas."))
        .containsExactly("NU accept");
  }

  @Test
  void releasingFundsOrLiftingABlockAccepts() {
    assertThat(acts("Mercy Hospital released $4 million in back pay for the nurses."))
        .containsExactly("MH accept");
    assertThat(acts("Lakeside Hospital unfroze the funds for the pay rise."))
        .containsExactly("LH accept");
    assertThat(acts("The Nurses Union lifted the blockade of the Mercy Hospital car park."))
        .containsExactly("NU accept");
  }

  @Test
  void aConcessionRefusedIsARejection() {
    assertThat(acts("Mercy Hospital did not drop its demand for longer shifts."))
        .containsExactly("MH reject");
  }

  @Test
  void aLiftingOnlyNamedOrAStatementReleasedIsNoConcession() {
    assertThat(acts("Mercy Hospital released a statement on the talks with the union."))
        .doesNotContain("MH accept");
    assertThat(acts("The lifting of the blockade was discussed by board members.")).isEmpty();
  }
}
