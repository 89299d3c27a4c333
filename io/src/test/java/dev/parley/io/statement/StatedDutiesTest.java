package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a party must do, told by no one, is a duty stated, no act of the party bound; told by
 * another party it stays that party's demand.
 */
class StatedDutiesTest {
  @Test
  void aDutyToldByNoOneIsNoActOfTheOneBound() {
    assertThat(
            InventedCases.TRUCE.acts(
                "Velmar must decide on the truce and submit its list of prisoners by Friday."))
        .isEmpty();
  }

  @Test
  void aDutyToldByAnotherPartyIsItsDemand() {
    assertThat(
            InventedCases.TRUCE.acts(
                "Velmar must sign the truce by Friday, the insurgents said on Monday."))
        .containsExactly("CLF demand");
  }

  @Test
  void anActOfTheSubjectBeforeTheDutyStaysItsOwn() {
    assertThat(
            InventedCases.TRUCE.acts(
                "Velmar rejected the truce on Monday, and the insurgents must now decide."))
        .containsExactly("VL reject");
  }
}
