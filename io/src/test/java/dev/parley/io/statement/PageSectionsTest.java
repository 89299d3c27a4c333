package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.io.article.Article;
import dev.parley.io.article.ArticleReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parts of a page that frame what is told: a live page's time stamps and day headers, and the
 * dated headings of a page collecting readouts, give their entries' days, a separator or a numbered
 * heading starts a section that refers back to no speaker before it, and a short question alone in
 * its paragraph heads a section of an explainer and is no one's act.
 */
class PageSectionsTest {
  private static ArticleStatements read(String text) {
    Article article =
        ArticleReader.defaults().read("page.txt", text.getBytes(StandardCharsets.UTF_8));
    return StatementExtractor.of(HospitalStrike.LEXICON).extract(article);
  }

  private static ArticleStatements readParagraphs(String... paragraphs) {
    return StatementExtractor.of(HospitalStrike.LEXICON)
        .extract(TestArticles.of(HospitalStrike.PUBLISHED, paragraphs));
  }

  private static List<String> datedActs(ArticleStatements reading) {
    return reading.statements().stream()
        .map(
            s ->
                s.speakerParty().orElse("?")
                    + " "
                    + s.act().id()
                    + " "
                    + s.date().map(LocalDate::toString).orElse("-"))
        .toList();
  }

  @Test
  void aLivePagesEntriesAreOfTheDaysTheirStampsName() {
    ArticleStatements reading =
        read(
            "Live: the nurses' strike talks through the night\n\n"
                + "May 21, 2023\n\n"
                + "Saturday, 4:10 p.m. ET\n"
                + "Lakeside Hospital rejected the staffing ratios.\n\n"
                + "Saturday, 9:30 p.m. ET\n"
                + "Mercy Hospital offered a wage increase on Friday, Carter told reporters.\n\n"
                + "Sunday, 6:05 a.m. ET\n"
                + "The Nurses Union accepted the wage increase.\n");
    assertThat(datedActs(reading))
        .containsExactly("LH reject 2023-05-20", "MH propose 2023-05-19", "NU accept 2023-05-21");
  }

  @Test
  void aLivePagesEntriesUnderADayHeaderAreOfItsDayWhenTheirStampsNameNone() {
    ArticleStatements reading =
        read(
            "Live: the nurses' strike talks through the night\n\n"
                + "Last updated May 21, 2023, 7:00 a.m. ET\n\n"
                + "Follow the talks here.\n\n"
                + "Friday, May 19\n\n"
                + "4:10 p.m. ET\n"
                + "Lakeside Hospital rejected the staffing ratios.\n\n"
                + "MAY 20\n\n"
                + "9:30 p.m. ET\n"
                + "Mercy Hospital offered a wage increase, Carter told reporters.\n\n"
                + "11:45 p.m. ET\n"
                + "The Nurses Union accepted the wage increase.\n");
    assertThat(datedActs(reading))
        .containsExactly("LH reject 2023-05-19", "MH propose 2023-05-20", "NU accept 2023-05-20");
  }

  @Test
  void aPageCollectingReadoutsDatesEachSectionByItsHeading() {
    ArticleStatements reading =
        read(
            "Talks between the hospitals and the nurses\n\n"
                + "Readouts of the meetings between the hospitals and the union.\n\n"
                + "Published 2 May 2023\n\n"
                + "Meeting with the Nurses Union: 9 May 2023\n\n"
                + "Lakeside Hospital met the union this afternoon.\n\n"
                + "Lakeside Hospital rejected the staffing ratios.\n\n"
                + "Statement of 16 May\n\n"
                + "Mercy Hospital offered a wage increase today.\n\n"
                + "Carter said that Lakeside Hospital had offered a pay rise.\n\n"
                + "The Nurses Union accepted the wage increase on Monday.\n");
    assertThat(datedActs(reading))
        .contains(
            "LH reject 2023-05-09",
            "MH propose 2023-05-16",
            "LH propose 2023-05-16",
            "NU accept 2023-05-15");
  }

  @Test
  void aDatedHeadlineDoesNotDateTheStoryUnderIt() {
    ArticleStatements reading =
        read(
            "Nurses' talks: 9 May 2023\n\n"
                + "Published 20 May 2023\n\n"
                + "Lakeside Hospital rejected the staffing ratios.\n");
    assertThat(datedActs(reading)).containsExactly("LH reject 2023-05-20");
  }

  @Test
  void aSpeakerBeforeASeparatorIsNotReferredBackToAfterIt() {
    ArticleStatements reading =
        read(
            "The week in health\n\n"
                + "May 20, 2023\n\n"
                + "Mercy Hospital rejected the pay rise on Friday.\n\n"
                + "* * *\n\n"
                + "It also rejected the new parking rules.\n");
    assertThat(datedActs(reading)).containsExactly("MH reject 2023-05-19");
  }

  @Test
  void aSpeakerBeforeANumberedSectionHeadingIsNotReferredBackToAfterIt() {
    ArticleStatements reading =
        read(
            "The week in health\n\n"
                + "May 20, 2023\n\n"
                + "1. Pay talks at the hospitals\n\n"
                + "Mercy Hospital rejected the pay rise on Friday.\n\n"
                + "2. Parking\n\n"
                + "It also rejected the new parking rules.\n");
    assertThat(datedActs(reading)).containsExactly("MH reject 2023-05-19");
  }

  @Test
  void aShortQuestionAloneInItsParagraphIsAHeadingAndNoAct() {
    ArticleStatements reading =
        readParagraphs(
            "Why did the Nurses Union reject the pay rise?",
            "The Nurses Union rejected the pay rise because it was too small.");
    assertThat(reading.statements()).hasSize(1);
    assertThat(reading.sentences().get(0).sentenceClass()).isEqualTo(SentenceClass.CONTEXT);
  }

  @Test
  void aQuotedQuestionOrOneInARunningParagraphIsReadAsASentence() {
    ArticleStatements reading =
        readParagraphs(
            "Mercy Hospital offered a pay rise. Would the Nurses Union reject the pay rise?");
    assertThat(reading.sentences().get(1).reason()).doesNotContain("heading");
  }
}
