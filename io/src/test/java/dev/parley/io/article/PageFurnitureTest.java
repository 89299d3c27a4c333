package dev.parley.io.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The furniture of pages in genres other than a plain story: a site's name over its menu or its
 * masthead of weather and date, which is no headline; a date line in figures under a ministry's
 * title, which is the page's date; headings in capitals over a factbox's lists, which are no
 * sentences; and the bullets of a list, each a paragraph of its own.
 */
class PageFurnitureTest {
  @Test
  void aRegionalPapersNameMenuAndWeatherAreNoHeadline() {
    Article a =
        Coverage.readCovered(
            "The Harbour Valley Courier\n"
                + "Home | Local | Fishing | Sports | e-Paper | Subscribe\n"
                + "PORT ELLIS, ME  41°F  Fog  |  Tuesday, March 5, 2024\n\n"
                + "Members only. You have 3 free stories left this month.\n\n"
                + "NEWS  >  FISHERIES\n\n"
                + "Trawler crews accept quota deal after two-week tie-up\n\n"
                + "The crews' association accepted the processors' offer on Monday.\n");
    assertThat(a.headline()).isEqualTo("Trawler crews accept quota deal after two-week tie-up");
    assertThat(Coverage.rules(a))
        .containsExactly("site-name", "navigation", "dateline", "navigation", "headline");
    assertThat(a.published().date()).contains(LocalDate.of(2024, 3, 5));
    assertThat(Coverage.sentenceTexts(a))
        .containsExactly(
            "Members only.",
            "You have 3 free stories left this month.",
            "The crews' association accepted the processors' offer on Monday.");
  }

  @Test
  void aTitleInCapitalisedWordsOverItsStoryStaysTheHeadline() {
    Article a =
        Coverage.readCovered(
            "Pilots And Airline Reach Deal On Rest Rules\n\n"
                + "The pilots' association accepted the airline's roster proposal on Tuesday.\n");
    assertThat(a.headline()).isEqualTo("Pilots And Airline Reach Deal On Rest Rules");
    assertThat(Coverage.rules(a)).containsExactly("headline");
  }

  @Test
  void aDateLineInFiguresUnderAMinistrysTitleIsThePagesDate() {
    for (String dateLine : List.of("03.11.2022", "03.11.2022 14:05", "2022-11-03", "17/11/2022")) {
      Article a =
          Coverage.readCovered(
              "Ministry of Agriculture of the Republic of Estland\n\n"
                  + "Home page > Ministry of Agriculture > Press releases\n\n"
                  + "Statement of the spokesman on the milk quota talks with Norland\n\n"
                  + dateLine
                  + "\n\n"
                  + "The ministry rejected the quota Norland proposed. As in March 2014, the talks"
                  + " will go on in Tallin.\n");
      assertThat(a.headline())
          .as(dateLine)
          .isEqualTo("Statement of the spokesman on the milk quota talks with Norland");
      assertThat(a.published().provenance()).as(dateLine).isEqualTo(DateProvenance.STATED);
      assertThat(a.published().date().orElseThrow().getYear()).as(dateLine).isEqualTo(2022);
      assertThat(Coverage.rules(a))
          .as(dateLine)
          .containsExactly("site-name", "navigation", "headline", "dateline");
    }
  }

  @Test
  void headingsInCapitalsOverAFactboxsListsAreSetAside() {
    Article a =
        Coverage.readCovered(
            "Factbox: the rail fare deal\n\n"
                + "The operators and the union agreed on Friday to freeze fares for a year.\n\n"
                + "WHAT THE UNION WANTED\n\n"
                + "* A pay rise of 6 percent for station staff and for the crews of night trains\n"
                + "* An end to the closure of ticket offices on the coast line\n\n"
                + "WHAT COMES NEXT\n"
                + "* Members vote on the deal in May.\n");
    assertThat(Coverage.rules(a)).containsExactly("headline", "section-heading", "section-heading");
    assertThat(Coverage.sentenceTexts(a))
        .containsExactly(
            "The operators and the union agreed on Friday to freeze fares for a year.",
            "* A pay rise of 6 percent for station staff and for the crews of night trains",
            "* An end to the closure of ticket offices on the coast line",
            "* Members vote on the deal in May.");
    assertThat(a.paragraphs()).hasSize(4);
  }

  @Test
  void aLoneLineInCapitalsOrOneAboveTheFirstProseStaysBody() {
    Article lone =
        Coverage.readCovered(
            "Rail fare deal agreed\n\n"
                + "The operators and the union agreed on Friday to freeze fares.\n\n"
                + "NO DEAL ON STAFFING\n\n"
                + "The union said talks on staffing would go on.\n");
    assertThat(Coverage.rules(lone)).containsExactly("headline");
    assertThat(Coverage.sentenceTexts(lone)).contains("NO DEAL ON STAFFING");
    Article above =
        Coverage.readCovered(
            "Rail fare deal agreed\n\n"
                + "BREAKING NEWS\n\n"
                + "FARES FROZEN\n\n"
                + "The operators and the union agreed on Friday to freeze fares.\n");
    assertThat(Coverage.rules(above)).doesNotContain("section-heading");
  }
}
