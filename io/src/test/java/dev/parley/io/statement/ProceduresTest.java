package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Putting off, cancelling or suspending a meeting is no act on what it would discuss. */
class ProceduresTest {
  private static List<String> acts(String... paragraphs) {
    return HospitalStrike.acts(paragraphs);
  }

  @Test
  void postponingOrCancellingTalksIsNoDiscussion() {
    assertThat(acts("Mercy Hospital postponed talks with the union until Monday.")).isEmpty();
    assertThat(acts("Mercy Hospital called off negotiations with the union.")).isEmpty();
    assertThat(acts("Mercy Hospital adjourned negotiations on the pay rise.")).isEmpty();
    assertThat(acts("The union suspended talks in protest at the staffing ratios.")).isEmpty();
    assertThat(acts("Mercy Hospital put off its meeting with the union.")).isEmpty();
  }

  @Test
  void talksHeldOrRejectedStayActs() {
    assertThat(acts("Mercy Hospital held talks with the union on Monday."))
        .containsExactly("MH discuss", "NU discuss");
    assertThat(acts("Mercy Hospital said it would negotiate with the union after a delay."))
        .containsExactly("MH discuss");
    assertThat(acts("Mercy Hospital suspended the deal on staffing ratios."))
        .containsExactly("MH reject");
  }
}
