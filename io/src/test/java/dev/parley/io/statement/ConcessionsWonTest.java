package dev.parley.io.statement;

import static dev.parley.io.statement.InventedCases.TRADE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What one side secured or will receive is the other side's acceptance of that item. */
class ConcessionsWonTest {
  @Test
  void whatASideSecuredIsTheOtherSidesAcceptance() {
    assertThat(TRADE.actsOn("Karvia said it had secured a tariff exemption for its carmakers."))
        .contains("LU accept [exemption]");
    assertThat(
            TRADE.actsOn("Under the deal, Karvia will receive a full exemption from the tariffs."))
        .contains("LU accept [exemption]");
  }

  @Test
  void anAimAFailureOrAnAnswerReceivedIsNoConcession() {
    assertThat(TRADE.actsOn("Karvia wants to secure a tariff exemption."))
        .doesNotContain("LU accept [exemption]");
    assertThat(TRADE.actsOn("Karvia has not obtained a tariff exemption."))
        .doesNotContain("LU accept [exemption]");
    assertThat(TRADE.actsOn("Karvia received a response on the tariff exemption."))
        .doesNotContain("LU accept [exemption]");
    assertThat(TRADE.actsOn("Karvia has received written assurances on the tariff exemption."))
        .doesNotContain("LU accept [exemption]");
    assertThat(TRADE.actsOn("Lutheria secured a tariff exemption.")).isEmpty();
  }
}
