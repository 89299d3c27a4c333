package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Answers told by what they are made with: "responded with a counterproposal" proposes, "answered
 * the contract with a statement" only answers.
 */
class AnswersWithTest {
  @Test
  void anAnswerMadeWithAProposalProposes() {
    assertThat(
            InventedCases.PORT.actsOn(
                "The dockers responded with a counterproposal on the new contract."))
        .containsExactly("DK propose [contract]");
    assertThat(
            InventedCases.PORT.actsOn(
                "The port answered with three proposals on the new contract on Monday."))
        .containsExactly("PA propose [contract]");
  }

  @Test
  void anAnswerMadeWithNoActOrNotRightAfterWithStaysAnAnswer() {
    assertThat(
            InventedCases.PORT.actsOn(
                "The port responded to the new contract with a statement on Monday."))
        .containsExactly("PA respond [contract]");
    assertThat(
            InventedCases.PORT.actsOn(
                "The dockers responded with anger and rejected the new contract."))
        .containsExactly("DK respond []", "DK reject [contract]");
  }
}
