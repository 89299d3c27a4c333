package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An act in a clause opened by ", who" or ", which" after a name, in a sentence whose own subject
 * is a thing: the name does the act, however far into its clause the act lies.
 */
class RelativeSubjectsTest {
  @Test
  void theNameBeforeWhoOrWhichDoesTheActOfItsClause() {
    assertThat(
            InventedCases.TRUCE.acts(
                "The truce plan was drafted with the help of Tarsia, which flew to the coast"
                    + " last week to meet both sides."))
        .containsExactly("TS discuss");
  }

  @Test
  void anObjectRelativeANegationOrANewClauseKeepsTheActFromTheName() {
    assertThat(
            InventedCases.TRUCE.acts(
                "The truce plan, which Velmar rejected on Sunday, was drafted with Tarsia."))
        .doesNotContain("TS reject");
    assertThat(
            InventedCases.TRUCE.acts(
                "The truce plan was drafted with the help of Tarsia, which has not met the"
                    + " insurgents."))
        .doesNotContain("TS discuss");
    assertThat(
            InventedCases.TRUCE.acts(
                "The truce plan was drafted with the help of Tarsia, which said that the insurgents"
                    + " would meet Velmar."))
        .doesNotContain("TS discuss");
  }
}
