package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Acts told in the everyday words of a spoken account: walking away, saying no, having got a deal,
 * striking, putting one's name to a text, being at the table and raising an issue with someone.
 */
class EverydayActPhrasesTest {
  private static final InventedCase PORT = InventedCases.PORT;

  @Test
  void walkingAwayWithNothingAfterItLeavesTheTalks() {
    assertThat(PORT.acts("The dockers said the port walked away.")).containsExactly("PA reject");
    assertThat(PORT.acts("The dockers said the port walked away, and the strike began."))
        .containsExactly("PA reject");
  }

  @Test
  void walkingAwayWithSomethingOrForATimeIsNoRefusal() {
    assertThat(PORT.acts("The dockers walked away with a new contract.")).isEmpty();
    assertThat(PORT.acts("The port said it would walk away for six months.")).isEmpty();
  }

  @Test
  void notWalkingAwayGoesOnTalking() {
    assertThat(PORT.acts("The dockers said they had never walked away."))
        .containsExactly("DK discuss");
  }

  @Test
  void sayingNoToAThingRejectsIt() {
    assertThat(PORT.actsOn("The dockers said no to the new contract."))
        .containsExactly("DK reject [contract]");
    assertThat(PORT.actsOn("The dockers did not say no to the new contract."))
        .containsExactly("DK accept [contract]");
  }

  @Test
  void havingGotADealAcceptsIt() {
    assertThat(PORT.actsOn("The dockers said they had got a deal on the new contract."))
        .containsExactly("DK accept [contract]");
  }

  @Test
  void strikingToComeOrBegunThreatens() {
    assertThat(PORT.acts("The dockers said they will strike on Monday."))
        .containsExactly("DK threaten");
    assertThat(PORT.acts("\"If the port says no again, we strike,\" the dockers said."))
        .contains("DK threaten");
    assertThat(PORT.acts("The dockers went on strike over the new contract."))
        .containsExactly("DK threaten");
    assertThat(PORT.acts("The dockers walked off the job at dawn.")).containsExactly("DK threaten");
  }

  @Test
  void strikingADealOrNotStrikingIsNoThreat() {
    assertThat(PORT.acts("The dockers said they will strike a deal with the port."))
        .doesNotContain("DK threaten");
    assertThat(PORT.acts("The dockers said they would not strike.")).isEmpty();
  }

  @Test
  void puttingOnesNameToATextAcceptsItAndNotDoingSoRejects() {
    assertThat(PORT.actsOn("The port said it would put its name to the new contract."))
        .containsExactly("PA accept [contract]");
    assertThat(PORT.actsOn("The port said it could not put its name to the new contract."))
        .containsExactly("PA reject [contract]");
  }

  @Test
  void beingOrStayingAtTheTableDiscusses() {
    assertThat(PORT.acts("The dockers said they will be at the table on Monday."))
        .containsExactly("DK discuss");
    assertThat(PORT.acts("The port stayed at the bargaining table with the mediators."))
        .contains("PA discuss");
    assertThat(PORT.acts("The dockers said they will not sit at the table with the port."))
        .containsExactly("DK reject");
  }

  @Test
  void raisingAnIssueWithSomeoneDemands() {
    assertThat(PORT.actsOn("The dockers raised the issue of the new contract with the port."))
        .containsExactly("DK demand [contract]");
    assertThat(PORT.acts("\"We raised it directly with the port,\" the dockers said."))
        .containsExactly("DK demand");
  }

  @Test
  void raisingAnOfferOrAFigureIsNoDemand() {
    assertThat(PORT.acts("The port raised its offer for the new contract."))
        .doesNotContain("PA demand");
    assertThat(PORT.acts("The port said it raised it to five percent.")).isEmpty();
  }
}
