package dev.parley.io.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An encyclopedia's furniture set aside and reported (its tagline, contents, headings with their
 * edit links, references, categories and licence), and a one-word section heading over prose.
 */
class EncyclopediaPagesTest {
  private static final String PAGE =
      "Treaty of the Narrow Sound\n\n"
          + "From the free encyclopedia\n\n"
          + "The Treaty of the Narrow Sound is an agreement between Aldmark and Brenland on the"
          + " pilotage of the strait.[1] It was signed in Tallinn on 4 May 2021.[2]\n\n"
          + "Contents\n1 Background\n2 Negotiations\n2.1 The pilots' strike\n3 See also\n"
          + "4 References\n\n"
          + "Background[edit]\n\n"
          + "Aldmark demanded a joint pilot service in 2019.[3]\n\n"
          + "Negotiations[edit]\n\n"
          + "Brenland rejected the first draft in March 2021.[4] Talks resumed in April.\n\n"
          + "The pilots' strike[edit]\n\n"
          + "The pilots struck for two days.\n\n"
          + "See also\nStraits of the Baltic\n\n"
          + "References[edit]\n\n"
          + "1. \"Narrow Sound treaty\". Harbour Herald. Retrieved 12 March 2022.\n"
          + "2. \"Aldmark and Brenland sign pilotage accord\". Coast Wire. 4 May 2021.\n"
          + "3. \"Aldmark demands joint pilots\". Coast Wire. 2 June 2019.\n"
          + "4. \"Brenland rejects draft\". Harbour Herald. 9 March 2021.\n\n"
          + "Categories: Treaties of Aldmark | Maritime law\n\n"
          + "This page was last edited on 3 April 2023, at 08:12 (UTC).\n\n"
          + "Text is available under a free licence; additional terms may apply.\n";

  @Test
  void theFurnitureOfAnEncyclopediasPageIsSetAsideEachLineWithItsRule() {
    Article a = Coverage.readCovered(PAGE);
    assertThat(Coverage.rules(a))
        .containsExactly(
            "headline",
            "site-name",
            "contents",
            "contents",
            "contents",
            "contents",
            "contents",
            "contents",
            "section-heading",
            "section-heading",
            "section-heading",
            "see-also",
            "see-also",
            "references",
            "references",
            "references",
            "references",
            "references",
            "tags",
            "modified-stamp",
            "copyright");
  }

  @Test
  void onlyTheArticlesProseIsReadAsSentences() {
    List<String> sentences = Coverage.sentenceTexts(Coverage.readCovered(PAGE));
    assertThat(sentences)
        .containsExactly(
            "The Treaty of the Narrow Sound is an agreement between Aldmark and Brenland on the"
                + " pilotage of the strait.[1]",
            "It was signed in Tallinn on 4 May 2021.[2]",
            "Aldmark demanded a joint pilot service in 2019.[3]",
            "Brenland rejected the first draft in March 2021.[4]",
            "Talks resumed in April.",
            "The pilots struck for two days.");
  }

  @Test
  void aReferencesHeadingWithNoEntriesUnderItIsBody() {
    Article a =
        Coverage.readCovered(
            "Pilots end strike\n\nThe pilots returned to work.\n\nNotes\n\n"
                + "The union will vote on the deal on Friday.\n");
    assertThat(Coverage.rules(a)).doesNotContain(ReferenceLists.RULE);
  }

  @Test
  void aLineTellingWhenACitedPageWasReadIsSetAside() {
    Article a =
        Coverage.readCovered(
            "Pilots end strike\n\nThe pilots returned to work.\n\nRetrieved 12 March 2022.\n");
    assertThat(Coverage.rules(a)).containsExactly("headline", ReferenceLists.RULE);
  }

  @Test
  void aOneWordSectionHeadingBetweenParagraphsOfProseIsNoSentence() {
    Article a =
        Coverage.readCovered(
            "Pilots end strike\n\nThe pilots returned to work on Monday.\n\nReactions\n\n"
                + "The port authority welcomed the deal.\n");
    assertThat(Coverage.rules(a)).containsExactly("headline", SubHeadings.RULE);
    assertThat(Coverage.sentenceTexts(a))
        .containsExactly(
            "The pilots returned to work on Monday.", "The port authority welcomed the deal.");
  }

  @Test
  void aOneWordLineBeforeTheProseOrOverNoProseStaysBody() {
    Article top =
        Coverage.readCovered(
            "Pilots end strike\n\nAnalysis\n\nThe pilots returned to work on Monday.\n");
    assertThat(Coverage.rules(top)).doesNotContain(SubHeadings.RULE);
    Article overList =
        Coverage.readCovered(
            "Pilots end strike\n\nThe pilots returned to work.\n\nTerms\n\n"
                + "- two more pilots a shift\n");
    assertThat(Coverage.rules(overList)).doesNotContain(SubHeadings.RULE);
  }
}
