package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An act is on every member of its coordinated list of objects ("will discuss pay, class sizes and
 * the pension plan"), though another act follows in the sentence; the list ends where a new clause
 * begins.
 */
class CoordinatedObjectsTest {
  /** A teachers' union and a school board over pay, class sizes, pensions and layoffs. */
  private static final InventedCase SCHOOLS =
      InventedCase.publishedOn(LocalDate.of(2024, 9, 2))
          .state("TU", "Teachers Union", "the union | the teachers")
          .state("SB", "School Board", "the board")
          .item("pay", "A pay rise for teachers", "SB", "pay | pay rise")
          .item("class-size", "Smaller classes", "SB", "class sizes | smaller classes")
          .item("pension", "The pension plan is kept", "SB", "pension plan | pensions")
          .item("prep-time", "More preparation time", "SB", "preparation time")
          .item("layoffs", "No layoffs", "SB", "layoffs | job cuts")
          .build("schools.lexicon");

  @Test
  void everyMemberOfTheListIsTheActsThoughAnotherActFollows() {
    assertThat(
            SCHOOLS.actsOn(
                "The union will discuss pay, class sizes and the pension plan, but the board"
                    + " refused to talk about layoffs."))
        .startsWith("TU discuss [pay, class-size, pension]");
    assertThat(
            SCHOOLS.actsOn(
                "The board agreed to discuss pay, class sizes and preparation time, and the union"
                    + " rejected job cuts."))
        .containsExactly("SB discuss [pay, class-size, prep-time]", "TU reject [layoffs]");
  }

  @Test
  void aLastMemberMayBeJoinedByAsWellAs() {
    assertThat(
            SCHOOLS.actsOn(
                "The union will discuss pay, class sizes, as well as pensions, while the board"
                    + " rejected layoffs."))
        .containsExactly("TU discuss [pay, class-size, pension]", "SB reject [layoffs]");
  }

  @Test
  void anActsNounInTheListIsAThingAskedNotAnAct() {
    assertThat(
            SCHOOLS.actsOn(
                "The union demanded pay, refusal of layoffs and smaller classes, and the board"
                    + " rejected the pension plan."))
        .containsExactly("TU demand [pay, layoffs, class-size]", "SB reject [pension]");
  }

  @Test
  void aNewClauseAfterTheCommaIsNoMember() {
    // A subject and its verb after the comma: the list was the first object alone.
    assertThat(
            SCHOOLS.actsOn(
                "The board will discuss pay, the union flatly rejected layoffs and pensions."))
        .containsExactly("SB discuss [pay]", "TU reject [layoffs, pension]");
    // The first object is already coordinated, and the comma opens another clause.
    assertThat(
            SCHOOLS.actsOn(
                "The union will discuss pay and class sizes, and the board rejected job cuts."))
        .containsExactly("TU discuss [pay, class-size]", "SB reject [layoffs]");
  }

  @Test
  void aRelativeClauseOrAReportingVerbEndsTheList() {
    assertThat(
            SCHOOLS.actsOn(
                "The board offered a pay rise, which the union rejected, and the union demanded"
                    + " smaller classes and pensions."))
        .first()
        .isEqualTo("SB propose [pay]");
    assertThat(
            SCHOOLS.actsOn(
                "The board offered a pay rise, the union said on Monday, and rejected smaller"
                    + " classes and pensions."))
        .first()
        .isEqualTo("SB propose [pay]");
  }
}
