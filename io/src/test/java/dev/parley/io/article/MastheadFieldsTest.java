package dev.parley.io.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The publication day read from a date among a masthead's other fields: a periodical's volume and
 * issue, an episode's length and format, the columns of a PDF's running head, and what a page's
 * revision stamp says of it.
 */
class MastheadFieldsTest {
  private static String mastheadDate(String line) {
    int[] part = new OneLineRules(line).datelines.mastheadDate(0, line.length());
    return part == null ? null : line.substring(part[0], part[1]);
  }

  private static void assertPublished(Article a, LocalDate day, DateProvenance provenance) {
    assertThat(a.published().date()).contains(day);
    assertThat(a.published().provenance()).isEqualTo(provenance);
  }

  @Test
  void aVolumeAndAnIssueBesideTheDateAreFieldsOfTheMasthead() {
    assertThat(mastheadDate("Vol. 3, No. 8 | May 2, 2022")).isEqualTo("May 2, 2022");
    assertThat(mastheadDate("Pilots' Gazette | Volume 12 Issue 3 | 2 May 2022"))
        .isEqualTo("2 May 2022");
    assertThat(mastheadDate("Vol. XII | 2 May 2022")).isEqualTo("2 May 2022");
  }

  @Test
  void anEpisodesLengthAndFormatBesideTheDateAreFieldsOfTheMasthead() {
    assertThat(mastheadDate("March 3, 2023 · 41 min · Transcript")).isEqualTo("March 3, 2023");
    assertThat(mastheadDate("Episode 44 • 3 March 2023 • Audio")).isEqualTo("3 March 2023");
  }

  @Test
  void numbersOfOtherThingsOrFieldsWithoutADateMakeNoDatedMasthead() {
    assertThat(mastheadDate("No. 12 dockers strike | May 2, 2022")).isNull();
    assertThat(mastheadDate("Vol. 3, No. 8 | Harbour Gazette")).isNull();
    assertThat(mastheadDate("41 min · Transcript")).isNull();
    assertThat(mastheadDate("Episode 44 | 12 ships held | May 2, 2022")).isNull();
  }

  @Test
  void anIssuesMastheadStatesThePublicationDay() {
    Article a =
        Coverage.readCovered(
            "HARBOUR PILOTS GAZETTE\nVol. 3, No. 8 | May 2, 2022\n\nPilots end their strike\n\n"
                + "The pilots voted on Friday to return to work.\n");
    assertPublished(a, LocalDate.of(2022, 5, 2), DateProvenance.STATED);
    assertThat(Coverage.rules(a)).contains("dateline");
  }

  @Test
  void anEpisodesLineStatesThePublicationDay() {
    Article a =
        Coverage.readCovered(
            "The Shipping Hour\n\nEpisode 44: Ports reopen\n\nMarch 3, 2023 · 41 min · Transcript\n\n"
                + "HOST: The ports reopened on Thursday after the strike ended.\n");
    assertPublished(a, LocalDate.of(2023, 3, 3), DateProvenance.STATED);
  }

  @Test
  void aRunningHeadInColumnsWithADateInItsLastColumnIsADateLine() {
    Article a =
        Coverage.readCovered(
            "Dockworkers' Federation, Local 4, AFL-CIO       Vol. 2, No. 5 | June 1, 2021\n\n"
                + "WE SIGNED THE CONTRACT\n\n"
                + "The federation and the port authority signed the contract on May 28.\n");
    assertPublished(a, LocalDate.of(2021, 6, 1), DateProvenance.STATED);
    assertThat(a.boilerplate().get(0).rule()).isEqualTo("dateline");
    assertThat(a.headline()).isEqualTo("WE SIGNED THE CONTRACT");
  }

  @Test
  void aSentenceBeforeAWideGapMakesNoRunningHead() {
    Article a =
        Coverage.readCovered(
            "Dockers sign the contract\n\nThe federation signed the contract at noon.       June 1,"
                + " 2021\n\nThe port reopened.\n");
    assertThat(Coverage.rules(a)).doesNotContain("dateline");
  }

  @Test
  void aRevisionStampBoundsThePublicationDayTheBodyGives() {
    Article a =
        Coverage.readCovered(
            "Ferry accord\n\nThe two ports signed the ferry accord on 2 April 2021. A review is"
                + " planned for 12 June 2021, and the accord was amended on 3 July 2021.\n\n"
                + "This page was last edited on 3 May 2021, at 10:12 (UTC).\n");
    assertPublished(a, LocalDate.of(2021, 4, 2), DateProvenance.INFERRED);
    assertThat(Coverage.rules(a)).contains("modified-stamp");
  }

  @Test
  void aRevisionStampAloneGivesTheDayThePageIsNoYoungerThan() {
    Article a =
        Coverage.readCovered(
            "Ferry accord\n\nThe two ports signed the ferry accord.\n\n"
                + "Page last updated 3 May 2021\n");
    assertPublished(a, LocalDate.of(2021, 5, 3), DateProvenance.INFERRED);
  }
}
