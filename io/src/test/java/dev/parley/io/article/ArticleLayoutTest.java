package dev.parley.io.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.io.InputParseException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Headline, publication date, boilerplate, paragraphs and sentences of small written articles. */
class ArticleLayoutTest {
  private static Article read(String text) {
    return Coverage.readCovered(text);
  }

  private static List<String> sentences(String text) {
    return read(text).sentences().stream().map(Sentence::text).collect(Collectors.toList());
  }

  /** Asserts that {@code a} was published on {@code day}, and how that was found. */
  private static void assertPublished(Article a, LocalDate day, DateProvenance provenance) {
    assertThat(a.published().date()).contains(day);
    assertThat(a.published().provenance()).isEqualTo(provenance);
  }

  private static List<String> rules(Article a) {
    return a.boilerplate().stream().map(Boilerplate::rule).collect(Collectors.toList());
  }

  private static String body(String sentences) {
    return "A plain headline about talks\n\n" + sentences + "\n";
  }

  // ---- headline ------------------------------------------------------------------------

  @Test
  void aHeadlineRepeatedWithoutTheSiteNameAfterItIsBoilerplate() {
    Article a =
        read(
            "Fishing talks stall over quotas | The Harbour Post\n\nFishing talks stall over"
                + " quotas\n\nThe ministers met in Tallinn. They agreed on nothing.\n");
    assertThat(rules(a)).containsExactly("headline", "repeated-headline");
    assertThat(sentences(a.text()))
        .containsExactly("The ministers met in Tallinn.", "They agreed on nothing.");
  }

  @Test
  void aLineEndingInASeparatedPhraseOfManyWordsKeepsItsRepeatsAsBody() {
    Article a =
        read(
            "Fishing talks stall - ministers say the quota gap is too wide to close\n\nFishing"
                + " talks stall\n\nThe ministers met in Tallinn.\n");
    assertThat(rules(a)).containsExactly("headline");
  }

  @Test
  void theHeadlinesListedUnderARelatedLinksHeaderAreBoilerplate() {
    Article a =
        read(
            body(
                "The ministers met in Tallinn. They agreed on nothing.\n\nRelated Articles\n\n"
                    + "Quota row deepens as boats stay in port\n\nWho sets the catch limits?\n\n"
                    + "Tags: fisheries, quotas, Baltic"));
    assertThat(rules(a)).containsExactly("headline", "related", "related", "related", "tags");
  }

  @Test
  void aRelatedLinksListEndsAtALineEndedAsASentence() {
    Article a =
        read(
            body(
                "The ministers met in Tallinn.\n\nRelated Articles\n\nQuota row deepens\n\n"
                    + "The talks resume on Monday, the ministry said."));
    assertThat(rules(a)).containsExactly("headline", "related", "related");
    assertThat(sentences(a.text()))
        .containsExactly(
            "The ministers met in Tallinn.", "The talks resume on Monday, the ministry said.");
  }

  @Test
  void headlineIsTheFirstSubstantialLineAndItsRepeatsAreBoilerplate() {
    Article a =
        read(
            "World\n\nTrade ministers agree on grain corridor\nTrade ministers agree on grain"
                + " corridor.\n\nThe ministers met in Ankara. They signed a memorandum.\n");
    assertThat(a.headline()).isEqualTo("Trade ministers agree on grain corridor");
    assertThat(rules(a)).containsExactly("kicker", "headline", "repeated-headline");
    assertThat(a.sentences()).hasSize(2);
  }

  @Test
  void aSingleLineIsBothHeadlineAndBody() {
    Article a = read("Talks resumed in Vienna on Monday. Delegates were hopeful.");
    assertThat(a.headline()).isEqualTo("Talks resumed in Vienna on Monday.");
    assertThat(a.sentences()).hasSize(2);
    assertThat(a.boilerplate()).isEmpty();
  }

  @Test
  void articleOfBoilerplateOnlyIsAnError() {
    assertThatThrownBy(() -> read("Related Articles\n\nLeave a Reply\n"))
        .isInstanceOf(InputParseException.class)
        .hasMessageContaining("no body");
  }

  // ---- publication date ------------------------------------------------------------------

  @Test
  void publishedStampIsStatedAndUpdatedIsNot() {
    Article a =
        read(
            "Updated: March 3, 2023 10:00\nPublished on March 1, 2023\nPort strike ends after deal\n\n"
                + "Workers returned on Thursday.\n");
    assertThat(a.published().date()).contains(LocalDate.of(2023, 3, 1));
    assertThat(a.published().provenance()).isEqualTo(DateProvenance.STATED);
    assertThat(a.published().evidence()).contains("Published on March 1, 2023");
    assertThat(rules(a)).containsExactly("modified-stamp", "published-stamp", "headline");
  }

  @Test
  void aPublishedStampWithANumericDayFirstDateIsStated() {
    Article a =
        read(
            "Port strike ends after deal\n\n"
                + "Published the 02/11/2021 at 07h42 - Updated the 02/11/2021 at 09h10\n\n"
                + "Workers returned on Monday.\n");
    assertPublished(a, LocalDate.of(2021, 11, 2), DateProvenance.STATED);
  }

  @Test
  void aDatelineUnderTheHeadlineAndItsStandfirstIsStatedWhateverStandsAboveTheHeadline() {
    Article a =
        read(
            "Port strike ends after deal | Harbour Post\n\n"
                + "We use cookies to improve your experience, as our partners do.\n\n"
                + "The harbour's news in plain English\n\n"
                + "Port strike ends after deal\n\n"
                + "Dockers back at work as the union signs a two-year contract\n\n"
                + "22.01.2024 – 16:48 | updated 22.01.2024 – 19:05\n\n"
                + "Workers returned to the port on Monday.\n");
    assertThat(a.headline()).isEqualTo("Port strike ends after deal");
    assertPublished(a, LocalDate.of(2024, 1, 22), DateProvenance.STATED);
  }

  @Test
  void anUpdateStampInALateDatelineIsTheDayTheArticleIsNoYoungerThan() {
    Article a =
        read(
            "Port strike ends after deal\n\n"
                + "Dockers back at work as the union signs\n\n"
                + "The union said so in a statement.\n\n"
                + "22.01.2024 – 16:48 | updated 22.01.2024 – 19:05\n\n"
                + "Workers returned to the port.\n");
    assertPublished(a, LocalDate.of(2024, 1, 22), DateProvenance.INFERRED);
    assertThat(rules(a)).contains("dateline");
  }

  @Test
  void theFirstPublicationIsThePagesDayWhereverTheUpdateStampStands() {
    LocalDate third = LocalDate.of(2021, 3, 3);
    String story = "Port strike ends after deal\n\n";
    String body = "\n\nWorkers returned to the port.\n";
    for (String stamps :
        List.of(
            "Last updated 5 March 2021 14:02 | Published 3 March 2021",
            "Updated: 05/03/2021 at 14h02 · First published: 03/03/2021 at 09h10",
            "Last modified 5 March 2021\nPublished 3 March 2021",
            "Updated March 5, 2021, 2:02 PM | By Jane Roe | Published March 3, 2021",
            "Aktualisiert am 05.03.2021, 14:02\nVer\u00f6ffentlicht am 03.03.2021, 09:10",
            "Mis \u00e0 jour le 05/03/2021 \u00e0 14h02 | Publi\u00e9 le 03/03/2021")) {
      Article a = read(story + stamps + body);
      assertThat(a.published().date()).as(stamps).contains(third);
      assertThat(a.published().provenance()).as(stamps).isEqualTo(DateProvenance.STATED);
    }
  }

  @Test
  void anUpdateStampAloneBoundsTheDayTheBodyGivesAndIsNoStatedDate() {
    // The body's latest day after the update is no day the story could have been written on.
    Article a =
        read(
            "Port strike ends after deal\n\nAktualisiert am 05.03.2021, 14:02\n\n"
                + "The strike began on 1 March 2021. Workers return on 8 March, the union said.\n");
    assertThat(a.published())
        .isEqualTo(
            PublicationDate.inferred(
                LocalDate.of(2021, 3, 1), "The strike began on 1 March 2021."));
    // With nothing in the body, the update's day: the article is no younger.
    assertThat(
            read("Port strike ends after deal\n\nUpdated 5 March 2021\n\nWorkers went back.\n")
                .published())
        .isEqualTo(PublicationDate.inferred(LocalDate.of(2021, 3, 5), "Updated 5 March 2021"));
  }

  @Test
  void modifiedStampAloneLeavesTheDateToInference() {
    Article a =
        read(
            "Modified 2023-03-09\nPort strike ends after deal\n\nThe strike began on 2 March 2023."
                + " It ended on March 6.\n");
    assertThat(a.published().provenance()).isEqualTo(DateProvenance.INFERRED);
    assertThat(a.published().date()).contains(LocalDate.of(2023, 3, 6));
    assertThat(a.published().evidence()).contains("It ended on March 6.");
  }

  @Test
  void dateHeaderWithBodyOnTheSameLine() {
    Article a = read("date 15.02.2022 Lavrov spoke. He was brief.\n\nMore followed.\n");
    assertThat(a.published().date()).contains(LocalDate.of(2022, 2, 15));
    assertThat(a.boilerplate())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.rule()).isEqualTo("date-header");
              assertThat(b.text()).isEqualTo("date 15.02.2022");
            });
    assertThat(a.paragraphs().get(0).start()).isEqualTo(a.text().indexOf("Lavrov"));
    assertThat(a.headline()).isEqualTo("Lavrov spoke.");
    assertThat(read("Date: 2021-06-01\nTitle of the piece\n\nBody here.\n").published().date())
        .contains(LocalDate.of(2021, 6, 1));
    assertThat(read("Dates 2021-06-01 are fine\n\nBody.\n").published().provenance())
        .isNotEqualTo(DateProvenance.STATED);
  }

  @Test
  void dateLineUnderTheHeadlineIsStated() {
    Article a = read("Election results delayed\nFeb. 3, 2024 | 09:15 GMT\nCounting continues.\n");
    assertThat(a.published().date()).contains(LocalDate.of(2024, 2, 3));
    assertThat(rules(a)).containsExactly("headline", "dateline");
  }

  @Test
  void dateLineMayOpenWithAnAbbreviatedWeekdayAndEndWithAnUpdateStamp() {
    Article withWeekday = read("Truce agreed\n\nWed 22 Nov 2023 18.40 GMT\n\nThe pause starts.\n");
    assertThat(withWeekday.published().date()).contains(LocalDate.of(2023, 11, 22));
    assertThat(withWeekday.published().provenance()).isEqualTo(DateProvenance.STATED);
    assertThat(rules(withWeekday)).containsExactly("headline", "dateline");

    Article withStamp =
        read("Plan rejected\n\nOctober 3, 2019 / 6:14 PM / Updated 2 hours ago\n\nTalks go on.\n");
    assertThat(withStamp.published().date()).contains(LocalDate.of(2019, 10, 3));
    assertThat(rules(withStamp)).containsExactly("headline", "dateline");
  }

  @Test
  void aWireDatelineOpeningTheFirstParagraphIsSetAsideAndDatesTheArticle() {
    Article dated =
        read(
            "Writers strike\n\nLOS ANGELES, May 2, 2023 \u2014 Writers walked out on Tuesday."
                + " Their contract expires on June 30.\n");
    assertThat(dated.published().date()).contains(LocalDate.of(2023, 5, 2));
    assertThat(dated.published().provenance()).isEqualTo(DateProvenance.STATED);
    assertThat(dated.sentence(0).text()).isEqualTo("Writers walked out on Tuesday.");
    assertThat(rules(dated)).contains("agency-dateline");

    Article noYear =
        read(
            "Talks\n\nGENEVA, Jan 10 (Reuters) - Russia rejected the plan. Talks resume on March"
                + " 3, 2022.\n");
    assertThat(noYear.published().date()).contains(LocalDate.of(2022, 1, 10));
    assertThat(noYear.published().provenance()).isEqualTo(DateProvenance.INFERRED);

    assertThat(
            read("EU rejects the border plan\n\nBRUSSELS/LONDON (Reuters) - The EU said no.\n")
                .sentence(0)
                .text())
        .isEqualTo("The EU said no.");
  }

  @Test
  void aPlaceInOrdinaryCaseBeforeBracketsAndADashIsAWireDateline() {
    assertThat(
            read("Coalition talks begin\n\nBerlin (dpa) - The three parties agreed to talk.\n")
                .sentence(0)
                .text())
        .isEqualTo("The three parties agreed to talk.");
    Article translated =
        read(
            "Summit prolonged\n\nSharm el Sheikh (Egypt), 19 Nov (EFE).- The summit went on this"
                + " Saturday.\n");
    assertThat(translated.sentence(0).text()).isEqualTo("The summit went on this Saturday.");
    assertThat(rules(translated)).contains("agency-dateline");
  }

  @Test
  void aSentenceWithBracketsIsNoWireDateline() {
    Article a =
        read(
            "Talks\n\nLavrov (the foreign minister) said the talks - held in Geneva - would go"
                + " on.\n");
    assertThat(rules(a)).doesNotContain("agency-dateline");
  }

  @Test
  void aWireDatelineAfterASitesNameOnALineOfItsOwnIsStillTheFirstParagraphs() {
    Article a =
        read(
            "Dockers end strike\n\nHarbour Wire\n\nHARBOUR CITY, May 2 (Harbour Wire) -"
                + " Dockers voted on Monday.\n");
    assertThat(rules(a)).containsExactly("headline", "agency-dateline");
    assertThat(a.sentence(0).text()).isEqualTo("Harbour Wire");
  }

  @Test
  void anAcronymOrALaterParagraphIsNoWireDateline() {
    Article a =
        read(
            "Alliance rejects the Russian plan\n\nNATO - the alliance - said no.\n\nKREMLIN - it"
                + " said no again.\n");
    assertThat(rules(a)).doesNotContain("agency-dateline");
    assertThat(a.sentence(0).text()).startsWith("NATO - the alliance");
  }

  @Test
  void aLineWithADateAndMoreToSayIsNoDateLine() {
    Article a =
        read("Plan rejected\n\nOctober 3, 2019 / 6:14 PM / Talks went on all night.\n\nMore.\n");
    assertThat(rules(a)).containsExactly("headline");
    assertThat(a.published().provenance()).isEqualTo(DateProvenance.INFERRED);
    assertThat(read("Sun sets\n\nSun 4 May the sun set late.\n").published().provenance())
        .isEqualTo(DateProvenance.UNKNOWN);
  }

  @Test
  void inferenceSkipsDeadlinesAndDaysStillToCome() {
    Article a =
        read(
            body(
                "Writers went on strike on May 2, 2023. Their contract expires on June 30, 2023."
                    + " Talks are scheduled for July 12, 2023. Studios must answer by July 20,"
                    + " 2023."));
    assertThat(a.published().date()).contains(LocalDate.of(2023, 5, 2));
    assertThat(
            read(body("The treaty was signed by Obama on April 8, 2010. It ended on May 1, 2009."))
                .published()
                .date())
        .as("\"by\" before an agent sets no deadline")
        .contains(LocalDate.of(2010, 4, 8));
  }

  @Test
  void inferenceSkipsDaysTheSentenceFramesAsStillToCome() {
    assertThat(
            read(body(
                    "The mayor, who faces a runoff on June 9, 2024, signed the pact on"
                        + " May 14, 2024. The unions are to meet again on June 2, 2024."
                        + " Their upcoming ballot on June 5, 2024 is open."))
                .published()
                .date())
        .contains(LocalDate.of(2024, 5, 14));
    assertThat(
            read(body(
                    "The port, facing pressure, reopened on June 9, 2024. It closed on May 14,"
                        + " 2024."))
                .published()
                .date())
        .as("a look-ahead word outside the date's clause, five words back, does not count")
        .contains(LocalDate.of(2024, 6, 9));
    assertThat(
            read(body(
                    "The ferry union faced the owners in court on June 9, 2024. It was a"
                        + " long day."))
                .published()
                .date())
        .as("a past \"faced\" reports a day")
        .contains(LocalDate.of(2024, 6, 9));
  }

  @Test
  void inferenceUsesTheLatestDatedDayOrAMonthDayNearTheLatestDatedMonth() {
    assertThat(
            read(body("Talks began on 3 May 2019. They ended on 9 June 2019.")).published().date())
        .contains(LocalDate.of(2019, 6, 9));
    // "January 5" is placed within six months of the latest dated mention, November 2020
    Article a = read(body("In November 2020 the plan was drafted. On January 5 it was signed."));
    assertThat(a.published().date()).contains(LocalDate.of(2021, 1, 5));
    assertThat(a.published().provenance()).isEqualTo(DateProvenance.INFERRED);
    // years alone are history, not a reference
    assertThat(read(body("In 2008 they met. On May 4 they met again.")).published().provenance())
        .isEqualTo(DateProvenance.UNKNOWN);
    assertThat(read(body("They met on Tuesday.")).published()).isEqualTo(PublicationDate.unknown());
  }

  // ---- consent banners, controls, wire openings -------------------------------------------

  @Test
  void consentBannersControlsAndSectionHeadingsAreSetAsideAndCookiesInASentenceAreNot() {
    Article a =
        read(
            "Ferry talks collapse in Ostport\n\nWe use cookies to improve your experience. Accept"
                + " all | Settings\nManage preferences\n\nThe ferry union walked out on Monday."
                + " The regulator had fined the operator over its use of cookies.\n\n"
                + "Sort by: Newest | Oldest\nShow more comments\n\nPopular in Business\n"
                + "- Port fees rise again\n- Harbour master resigns\n");
    assertThat(rules(a))
        .containsExactly(
            "headline",
            "consent",
            "consent",
            "controls",
            "controls",
            "more-stories",
            "more-stories",
            "more-stories");
    assertThat(a.sentences())
        .extracting(Sentence::text)
        .containsExactly(
            "The ferry union walked out on Monday.",
            "The regulator had fined the operator over its use of cookies.");
  }

  @Test
  void aWireDatelineAfterAStandfirstIsSetAsideWhenItNamesADateOrAnAgency() {
    Article a =
        read(
            "Envoys agree a text on river flows\n\nThe two sides will sign it in May, the mediators"
                + " said\n\nOSTPORT, March 2, 2024 (Harbour Wire) - The envoys agreed on a text on"
                + " Saturday.\n");
    assertThat(rules(a)).containsExactly("headline", "agency-dateline");
    assertThat(a.sentences())
        .extracting(Sentence::text)
        .containsExactly(
            "The two sides will sign it in May, the mediators said",
            "The envoys agreed on a text on Saturday.");
    assertPublished(a, LocalDate.of(2024, 3, 2), DateProvenance.STATED);

    Article placeOnly =
        read(
            "Envoys agree a text on river flows\n\nThe two sides will sign it in May\n\n"
                + "OSTPORT - the port city - hosted them.\n");
    assertThat(rules(placeOnly)).containsExactly("headline");

    Article third =
        read(
            "Envoys agree a text on river flows\n\nThe two sides met in Ostport.\n\nThey talked"
                + " all night.\n\nOSTPORT, March 2 (Harbour Wire) - The envoys agreed.\n");
    assertThat(rules(third)).as("a dateline only opens the story").containsExactly("headline");
  }

  @Test
  void bulletsBetweenTheHeadlineAndAWireDatelineAreASummaryAndABulletedListInTheStoryIsBody() {
    Article a =
        read(
            "Ostland rejects river plan, offers more talks\n\n"
                + "* Ostland says the plan ignores the dry season\n"
                + "\u2022 Westmark calls the answer disappointing\n\n"
                + "By Jane Roe\n\n"
                + "OSTPORT, March 2, 2024 (Harbour Wire) - Ostland on Saturday rejected the river"
                + " plan.\n\nIts minister listed three reasons:\n- the dry season\n- the dams\n"
                + "- the cost\n");
    assertThat(rules(a))
        .containsExactly("headline", "summary", "summary", "byline", "agency-dateline");
    assertThat(a.boilerplate().get(1).text())
        .isEqualTo("* Ostland says the plan ignores the dry season");
    assertThat(a.sentences())
        .extracting(Sentence::text)
        .contains("Ostland on Saturday rejected the river plan.")
        .anySatisfy(t -> assertThat(t).contains("- the dams"));

    Article noDateline =
        read(
            "Ostland rejects river plan\n\n- Ostland says the plan ignores the dry season\n"
                + "- Westmark calls the answer disappointing\n\nOstland on Saturday rejected the"
                + " river plan.\n");
    assertThat(rules(noDateline))
        .as("bullets with no dateline under them")
        .containsExactly("headline");

    Article inSentence =
        read(
            "Ostland rejects river plan\n\n- Ostland says the plan ignores the dry season\n\n"
                + "The envoys quoted OSTPORT, March 2 (Harbour Wire) - the agency's own report.\n");
    assertThat(rules(inSentence))
        .as("a dateline's words inside a sentence")
        .containsExactly("headline");
    assertThat(inSentence.sentences())
        .extracting(Sentence::text)
        .anySatisfy(t -> assertThat(t).contains("Ostland says the plan ignores the dry season"));
  }

  @Test
  void aWireDatelineWithoutItsYearTakesItFromAnUpdateStamp() {
    Article a =
        read(
            "Envoys agree a text on river flows\n\nUpdated 3 March 2025, 09:10\n\n"
                + "OSTPORT, March 2 (Harbour Wire) - The envoys agreed on a text. The talks began"
                + " in June 2019.\n");
    assertPublished(a, LocalDate.of(2025, 3, 2), DateProvenance.INFERRED);
    assertThat(a.published().evidence()).contains("OSTPORT, March 2 (Harbour Wire)");
  }

  @Test
  void aWireDatelineWithoutItsYearFallsAfterTheDaysTheStoryTellsAsGone() {
    String dateline =
        "Envoys agree a text\n\nOSTPORT, March 2 (Harbour Wire) - The envoys agreed. ";
    assertPublished(
        read(dateline + "The talks, begun in 2021, had missed a first deadline of May 2023.\n"),
        LocalDate.of(2024, 3, 2),
        DateProvenance.INFERRED);
    assertThat(read(dateline + "The talks had been due to end in May 2023.\n").published().date())
        .as("a past perfect that looks ahead tells no day gone")
        .contains(LocalDate.of(2023, 3, 2));
    assertThat(read(dateline + "The talks end in May 2023.\n").published().date())
        .contains(LocalDate.of(2023, 3, 2));
  }

  @Test
  void aWireDatelineWithoutItsYearTakesTheLatestYearTheStoryNamesThatIsNoDeadline() {
    String dateline =
        "Envoys agree a text\n\nOSTPORT, March 2 (Harbour Wire) - The envoys agreed. ";
    assertPublished(
        read(dateline + "The talks began in 2019 and stalled in 2022. The pact runs until 2030.\n"),
        LocalDate.of(2022, 3, 2),
        DateProvenance.INFERRED);
    assertThat(read(dateline + "The talks went on all night.\n").published())
        .isEqualTo(PublicationDate.unknown());
  }

  @Test
  void aLineOfHashtagsIsTagsAndAHashtagInASentenceIsBody() {
    Article a =
        read(body("The #MeToo campaign reached the docks.\n#PortStrike #Ostport\nThe union met."));
    assertThat(rules(a)).containsExactly("headline", "tags");
    assertThat(a.sentences())
        .extracting(Sentence::text)
        .containsExactly("The #MeToo campaign reached the docks.", "The union met.");
  }

  @Test
  void aLivePagesKeyEventsItsScriptNoticeAndClosedCommentsAreSetAside() {
    Article a =
        read(
            "Port strike: talks resume - live\n\nKey events\n- 09:10 Union tables new offer\n"
                + "- 11:45 Owners ask for time\n\nShow key events only | Please turn on JavaScript"
                + " to use this feature\n\nThe union tabled a new offer at 09:10.\n\nSocial"
                + " Sharing\nSearch\n\nMore on this topic\n- Dockers vote on pay\n\nComments are"
                + " closed on this page.\n");
    assertThat(rules(a))
        .containsExactly(
            "headline",
            "key-events",
            "key-events",
            "key-events",
            "controls",
            "share",
            "navigation",
            "more-stories",
            "more-stories",
            "comments");
    assertThat(a.sentences())
        .extracting(Sentence::text)
        .containsExactly("The union tabled a new offer at 09:10.");
    assertThat(
            sentences(
                body(
                    "Comments are welcome, the minister said.\nSearch teams found the boat.\n"
                        + "More on Monday, when the envoys meet again.")))
        .containsExactly(
            "Comments are welcome, the minister said.",
            "Search teams found the boat.",
            "More on Monday, when the envoys meet again.");
  }

  // ---- boilerplate ----------------------------------------------------------------------

  @Test
  void cueLinesAreSetAsideWithTheirRules() {
    Article a =
        read(
            "Dam project approved by parliament\n\nThe vote was close.\n"
                + "Read more: Why dams matter\nREAD ALSO: Another story\nSee also\u00A0 Dams of"
                + " Europe\nShare this:\nAdvertisement\nThe plan costs $2 billion.\n"
                + "Reuters contributed reporting.\nThis story has been updated with a statement.\n"
                + "Related Articles\nLeave a Reply\nYour email address will not be published."
                + " Required fields are marked\nBack to top button\n");
    assertThat(rules(a))
        .containsExactly(
            "headline",
            "read-more",
            "read-also",
            "see-also",
            "share",
            "navigation",
            "credit",
            "update-note",
            "related",
            "comments",
            "comments",
            "navigation");
    assertThat(a.sentences())
        .extracting(Sentence::text)
        .containsExactly("The vote was close.", "The plan costs $2 billion.");
  }

  @Test
  void promotionsCommentPromptsAndListHeadersOfWebPagesAreSetAside() {
    Article a =
        read(
            "Dam project approved by parliament\n\nAccessibility help\nMenu\n"
                + "Join our WhatsApp channel for breaking news\nThe vote was close.\n"
                + "You might also like\n- Why dams matter\nMost popular\n1. Another story\n"
                + "Sign in to comment\nSupport independent journalism. Donate\n");
    assertThat(rules(a))
        .containsExactly(
            "headline",
            "navigation",
            "navigation",
            "follow",
            "more-stories",
            "more-stories",
            "more-stories",
            "more-stories",
            "comments",
            "support");
    assertThat(a.sentences()).extracting(Sentence::text).containsExactly("The vote was close.");
    assertThat(
            sentences(
                body(
                    "The minister said most popular demands were met. They asked unions to join"
                        + " our talks.")))
        .containsExactly(
            "The minister said most popular demands were met.",
            "They asked unions to join our talks.");
  }

  @Test
  void listsOfTheSitesMostReadOrTrendingStoriesAreSetAside() {
    Article a =
        read(
            "Dam project approved by parliament\n\nThe vote was close.\n\nMost viewed\n"
                + "- Bank warns on prices\n- Port strike spreads\n\nTrending\n"
                + "- Minister resigns over dam\n");
    assertThat(rules(a))
        .containsExactly(
            "headline",
            "more-stories",
            "more-stories",
            "more-stories",
            "more-stories",
            "more-stories");
    assertThat(a.sentences()).extracting(Sentence::text).containsExactly("The vote was close.");
    assertThat(
            sentences(
                body(
                    "Most viewed in the capital, the plan was rejected. Trending topics changed.")))
        .containsExactly(
            "Most viewed in the capital, the plan was rejected.", "Trending topics changed.");
  }

  @Test
  void reproductionNoticesAreCopyrightWhereverTheyStand() {
    Article a =
        read(
            body(
                "The ferry union walked out.\n(c) Nordpress 2024. All rights reserved. Any"
                    + " resale of this content without previous and express consent of Nordpress"
                    + " is forbidden.\nThis material may not be reproduced in any form.\nThis"
                    + " story may not be published, broadcast or rewritten."));
    assertThat(rules(a)).containsExactly("headline", "copyright", "copyright", "copyright");
    assertThat(a.sentences())
        .extracting(Sentence::text)
        .containsExactly("The ferry union walked out.");

    Article body =
        read(
            body(
                "The union reserved all rights to strike. The owners said the deal may not be"
                    + " reached without express consent of the board."));
    assertThat(rules(body)).containsExactly("headline");
    assertThat(body.sentences()).hasSize(2);
  }

  @Test
  void cueWordsInsideOrAtTheStartOfOrdinarySentencesAreBody() {
    Article a =
        read(
            body(
                "Updated figures show growth. Posted guards stood by. Readers may see also"
                    + " this. Sharea is a town."));
    assertThat(a.boilerplate()).extracting(Boilerplate::rule).containsExactly("headline");
    assertThat(a.sentences()).hasSize(4);
  }

  @Test
  void seeAlsoAfterASentenceSplitsTheLine() {
    Article a = read(body("“We need contacts,” he said. See also Establishing a Hotline."));
    assertThat(a.sentences())
        .extracting(Sentence::text)
        .containsExactly("“We need contacts,” he said.");
    assertThat(a.boilerplate().get(1).text()).isEqualTo("See also Establishing a Hotline.");
    assertThat(a.boilerplate().get(1).rule()).isEqualTo("see-also");
  }

  @Test
  void authorBioAtTheEndIsSetAsideButQuotesInTheBodyAreNot() {
    Article a =
        read(
            body(
                "The mayor spoke.\n\n“It is not over.”\n\nMore came later.\n\nJane Q Doe\n\n"
                    + "“Coffee lover. Part-time runner. Reader.”\n\nRelated Articles"));
    assertThat(rules(a)).containsExactly("headline", "author-bio", "author-bio", "related");
    assertThat(a.sentences()).extracting(Sentence::text).contains("“It is not over.”");
    Article lone = read(body("The mayor spoke.\n\n\"Thinker. Writer. Web nerd.\""));
    assertThat(rules(lone)).containsExactly("headline", "author-bio");
    Article quoteAtEnd = read(body("The mayor spoke.\n\n“We will rebuild the bridge this year.”"));
    assertThat(rules(quoteAtEnd)).containsExactly("headline");
  }

  @Test
  void bylineIsSetAside() {
    Article a =
        read("Floods hit the north\nBy Anna Schmidt and Li Wei\n\nRivers rose overnight.\n");
    assertThat(rules(a)).containsExactly("headline", "byline");
  }

  @Test
  void bylineWithStampsStatesThePublicationDate() {
    Article a =
        read(
            "Ferry talks stall\n\nBy Mara Quint and Olu Ade | Published March 2, 2024, 9:05 AM |"
                + " Updated March 3, 2024, 1:10 PM\n\nThe ferry union, which faces a vote on"
                + " April 30, 2024, walked out.\n");
    assertThat(a.published().date()).contains(LocalDate.of(2024, 3, 2));
    assertThat(a.published().provenance()).isEqualTo(DateProvenance.STATED);
    assertThat(rules(a)).containsExactly("headline", "byline");

    Article updatedOnly =
        read(
            "Ferry talks stall\n\nBy Mara Quint \u00b7 Updated 2 hours ago\n\nThe union walked out.\n");
    assertThat(rules(updatedOnly)).containsExactly("headline", "byline");
    assertThat(updatedOnly.published().provenance()).isEqualTo(DateProvenance.UNKNOWN);

    Article notStamps =
        read(
            "Ferry talks stall\n\nBy Mara Quint | Published March 2, 2024 | Owners walked out of"
                + " the talks in anger\n\nThe union waited.\n");
    assertThat(rules(notStamps)).containsExactly("headline");
    assertThat(notStamps.published().provenance()).isNotEqualTo(DateProvenance.STATED);
  }

  @Test
  void aBareDateInABylineStatesThePublicationDateAndATimeIsAStamp() {
    Article a =
        read(
            "Ferry talks stall\n\nBy Mara Quint | March 2, 2024 | 9:05 am | Updated 11:40 am\n\n"
                + "The union walked out on Friday.\n");
    assertThat(a.published().date()).contains(LocalDate.of(2024, 3, 2));
    assertThat(a.published().provenance()).isEqualTo(DateProvenance.STATED);
    assertThat(rules(a)).containsExactly("headline", "byline");
  }

  @Test
  void aBylineMayNameTheReportersRoleAfterAComma() {
    Article a = read("Floods hit the north\nBy Anna Schmidt, Staff reporter\n\nRivers rose.\n");
    assertThat(rules(a)).containsExactly("headline", "byline");
    Article tooLong =
        read(
            "Floods hit the north\nBy Anna Schmidt, who has covered the region for twenty"
                + " years\n\nRivers rose.\n");
    assertThat(rules(tooLong)).containsExactly("headline");
  }

  @Test
  void menusAndBreadcrumbTrailsAreNavigation() {
    Article a =
        read(
            "Ferry talks stall | The Harbour Post\n\nNews | Local | Business | Weather\n\n"
                + "Business > Shipping\n\nFerry talks stall\n\nBy Mara Quint\n\n"
                + "March 2, 2024 at 9:05 am | Updated March 2, 2024 at 11:40 am\n\n"
                + "The union walked out on Friday.\n");
    assertThat(rules(a))
        .containsExactly(
            "headline", "navigation", "navigation", "repeated-headline", "byline", "dateline");
    assertThat(a.published().date()).contains(LocalDate.of(2024, 3, 2));
    assertThat(a.published().provenance()).isEqualTo(DateProvenance.STATED);
    assertThat(a.headline()).isEqualTo("Ferry talks stall");
  }

  @Test
  void aLineWithSeparatorsThatReadsAsProseIsNoMenu() {
    assertThat(
            sentences(
                body(
                    "Unions | owners | ministers: all three walked out.\n\nPrices > wages,"
                        + " the union says.")))
        .containsExactly(
            "Unions | owners | ministers: all three walked out.",
            "Prices > wages, the union says.");
  }

  @Test
  void aNumericDateWithAnUpdateStampIsTheDateline() {
    Article a =
        read(
            "Ferry talks stall\n\n02.03.2024 - 19:42 | Update: 02.03.2024 - 21:05\n\n"
                + "The union walked out.\n");
    assertThat(a.published().date()).contains(LocalDate.of(2024, 3, 2));
    assertThat(a.published().provenance()).isEqualTo(DateProvenance.STATED);
  }

  @Test
  void aDateLineWithATwoDigitYearDatesTheArticleWhenItsOrderIsDecided() {
    Article monthFirst = read("Port strike ends\n\n2/17/22 4:45 PM\n\nThe dockers voted.\n");
    assertPublished(monthFirst, LocalDate.of(2022, 2, 17), DateProvenance.STATED);
    assertThat(rules(monthFirst)).containsExactly("headline", "dateline");

    Article dotted = read("Port strike ends\n\n17.02.22 - 16:48\n\nThe dockers voted.\n");
    assertPublished(dotted, LocalDate.of(2022, 2, 17), DateProvenance.STATED);

    // Either 2 November or 11 February: with nothing to decide, no date line is read.
    Article undecided = read("Port strike ends\n\n02/11/21\n\nThe dockers voted.\n");
    assertThat(rules(undecided)).doesNotContain("dateline");
    assertThat(undecided.published().provenance()).isNotEqualTo(DateProvenance.STATED);
  }

  @Test
  void aDateLineWithTheMonthsNameBetweenSlashesDatesTheArticleAndTheTitleUnderItIsTheHeadline() {
    Article a =
        read(
            "Home | Economy | Ports\n\n"
                + "Saturday 14/March/2020 - 06:12 PM\n\n"
                + "The Port Authority and the shipping line agree on the fees\n\n"
                + "The Port Authority announced on Saturday an agreement with the shipping line.\n");
    assertPublished(a, LocalDate.of(2020, 3, 14), DateProvenance.STATED);
    assertThat(a.headline())
        .isEqualTo("The Port Authority and the shipping line agree on the fees");
    assertThat(rules(a)).containsExactly("navigation", "dateline", "headline");
  }

  @Test
  void aTwoDigitYearInASentenceIsNoDate() {
    Article a = read(body("The vote went 3/4/22 against the offer. It was a blow."));
    assertThat(a.published().date()).isEmpty();
    assertThat(a.sentences()).hasSize(2);
  }

  @Test
  void aMastheadOfNamesUnderTheHeadlineIsNavigation() {
    Article a =
        read(
            "Dockers end strike after pay deal\n\nHarbour Herald | Business & Economy\n\n"
                + "The union accepted the offer on Monday.\n");
    assertThat(a.headline()).isEqualTo("Dockers end strike after pay deal");
    assertThat(rules(a)).containsExactly("headline", "navigation");
    assertThat(a.sentences())
        .extracting(Sentence::text)
        .containsExactly("The union accepted the offer on Monday.");
  }

  @Test
  void aTitleCaseHeadlineWithItsSiteStaysTheHeadlineAndAPhrasedLineUnderItStaysBody() {
    Article a =
        read(
            "Dockers End Strike | Harbour Herald\n\nTalks collapse | Union vows more strikes\n\n"
                + "The union accepted the offer on Monday.\n");
    assertThat(a.headline()).isEqualTo("Dockers End Strike | Harbour Herald");
    assertThat(rules(a)).containsExactly("headline");
    assertThat(a.sentences()).hasSize(2);
  }

  @Test
  void anUndecidedDateLineIsReadInTheOrderThePagesOtherFurnitureShows() {
    Article dayFirst =
        read(
            "Ferry talks stall\n\n02/11/2021\n\nThe union walked out.\n\n"
                + "Updated 13/11/2021\n");
    assertPublished(dayFirst, LocalDate.of(2021, 11, 2), DateProvenance.STATED);
    assertThat(rules(dayFirst)).containsExactly("headline", "dateline", "modified-stamp");

    Article monthFirst =
        read(
            "Ferry talks stall\n\nPublished 02/11/2021\n\nThe union walked out.\n\n"
                + "Related\n\nPort fees to rise (11/25/2021)\n");
    assertPublished(monthFirst, LocalDate.of(2021, 2, 11), DateProvenance.STATED);
  }

  @Test
  void anUndecidedDateLineStaysUnreadWhenTheFurnitureShowsNoOrderOrOnlyTheBodyDoes() {
    Article both =
        read(
            "Ferry talks stall\n\n02/11/2021\n\nThe union walked out.\n\n"
                + "Updated 13/11/2021 | Updated 11/14/2021\n");
    assertThat(rules(both)).doesNotContain("dateline");

    Article bodyOnly =
        read(
            "Ferry talks stall\n\n02/11/2021\n\n"
                + "The union walked out on 13/11/2021 after a long night.\n");
    assertThat(rules(bodyOnly)).doesNotContain("dateline");
    assertThat(bodyOnly.sentences()).extracting(Sentence::text).contains("02/11/2021");
  }

  @Test
  void aStandfirstTheStoryOpensWithAgainIsReadOnceInItsFullerCopy() {
    String standfirst = "Dockers voted to accept a pay offer on Monday, ending a six-week strike.";
    String lead =
        "Dockers voted to accept a pay offer on Monday, ending a six-week strike, the union said.";
    Article a =
        read("Port strike ends\n\n" + standfirst + "\n\n" + lead + "\n\nShips queued all week.\n");
    assertThat(rules(a)).containsExactly("headline", "repeated-lead");
    assertThat(a.sentences())
        .extracting(Sentence::text)
        .containsExactly(lead, "Ships queued all week.");

    Article shorterLead =
        read("Port strike ends\n\n" + lead + "\n\n" + standfirst + "\n\nShips queued all week.\n");
    assertThat(shorterLead.sentences())
        .extracting(Sentence::text)
        .containsExactly(lead, "Ships queued all week.");
  }

  @Test
  void aStandfirstInOtherWordsAndALeadThatChangesItsMeaningStayBody() {
    Article summary =
        read(
            "Port strike ends\n\nSix weeks of pickets are over as dockers take a better offer.\n\n"
                + "Dockers voted to accept a pay offer on Monday, ending a six-week strike.\n");
    assertThat(rules(summary)).containsExactly("headline");
    assertThat(summary.sentences()).hasSize(2);

    Article changed =
        read(
            "Port strike goes on\n\n"
                + "Dockers voted to reject a pay offer on Monday, extending a six-week strike.\n\n"
                + "Dockers voted to accept a pay offer on Monday, ending a six-week strike.\n");
    assertThat(rules(changed)).containsExactly("headline");
    assertThat(changed.sentences()).hasSize(2);
    Article longer =
        read(
            "Port strike ends\n\n"
                + "Dockers voted to accept a pay offer on Monday, ending a six-week strike.\n\n"
                + "Dockers voted to accept a pay offer on Monday, ending a six-week strike that"
                + " had closed the port, after the employers added a bonus for night shifts.\n");
    assertThat(rules(longer)).containsExactly("headline");
  }

  @Test
  void aLowerCaseBylineOnALineOfItsOwnIsABylineButNotTheEndOfAWrappedParagraph() {
    Article own =
        read("Port strike ends\n\nby Jane Roe and John Doe\n\nThe dockers voted on Monday.\n");
    assertThat(rules(own)).containsExactly("headline", "byline");

    Article wrapped =
        read(
            "Port strike ends\n\nThe offer was drawn up\nby Jane Roe and John Doe\n\n"
                + "The dockers voted on Monday.\n");
    assertThat(rules(wrapped)).containsExactly("headline");

    Article deadline =
        read("Port strike ends\n\nby Friday, the union said...\n\nThe dockers voted.\n");
    assertThat(rules(deadline)).containsExactly("headline");
  }

  @Test
  void aBylineWithADateAndABracketedUpdateStampStatesThePublicationDate() {
    Article a =
        read(
            "Port strike ends\n\nBy Jane Roe | 4 May 2019 (updated 5 May 2019, 10:12)\n\n"
                + "The dockers voted on Monday.\n");
    assertPublished(a, LocalDate.of(2019, 5, 4), DateProvenance.STATED);
    assertThat(rules(a)).containsExactly("headline", "byline");
  }

  @Test
  void theLinksUnderARelatedCoverageHeaderAreBoilerplate() {
    Article a =
        read(
            body("The dockers voted on Monday.")
                + "\nRelated coverage\n\nDockers reject pay offer\n\nWhat the port strike costs\n");
    assertThat(rules(a)).containsExactly("headline", "related", "related", "related");
    assertThat(a.sentences())
        .extracting(Sentence::text)
        .containsExactly("The dockers voted on Monday.");
  }

  @Test
  void aWireDatelineAfterARepeatedHeadlineIsStillTheFirstParagraphs() {
    Article a =
        read(
            "Ferry talks stall | The Harbour Post\n\nFerry talks stall\n\nTALLINN, Estonia \u2014"
                + " The union walked out on Friday.\n");
    assertThat(rules(a)).containsExactly("headline", "repeated-headline", "agency-dateline");
  }

  @Test
  void aLinkedHeadlineMayEndInAQuotedPhraseAndABodySentenceEndsItsQuoteWithAStop() {
    Article a =
        read(
            body(
                "The ministers met.\n\nRelated News\n\nMinister after the talks: \"No deal"
                    + " yet\"\n\nShe said: \"We will meet again.\""));
    assertThat(rules(a)).containsExactly("headline", "related", "related");
    assertThat(sentences(a.text()))
        .containsExactly("The ministers met.", "She said: \"We will meet again.\"");
  }

  @Test
  void audioPlayersAndMachineTranslationNoticesAreBoilerplate() {
    Article a =
        read(
            body(
                "Listen to this article \u00b7 5 min\n\nThe ministers met.\n\nThis news was"
                    + " translated automatically. The agency is not responsible for errors."));
    assertThat(rules(a)).containsExactly("headline", "audio", "disclaimer");
  }

  @Test
  void aDateLineMayEndInAReadingTimeOrACountOfViews() {
    Article a =
        read(
            "Ferry talks stall\n\nMarch 2, 2024 3:58 PM GMT | 4 min read\n\nThe union walked out.\n");
    assertThat(a.published().date()).contains(LocalDate.of(2024, 3, 2));
    assertThat(a.published().provenance()).isEqualTo(DateProvenance.STATED);
    Article views =
        read("Ferry talks stall\n\n02.03.2024 | 18:47 | Views: 2314\n\nThe union walked out.\n");
    assertThat(views.published().provenance()).isEqualTo(DateProvenance.STATED);
    Article prose =
        read(
            "Ferry talks stall\n\nMarch 2, 2024 | the day the union read the offer\n\n"
                + "The union walked out.\n");
    assertThat(prose.published().provenance()).isNotEqualTo(DateProvenance.STATED);
  }

  @Test
  void aMenuMayEndInALanguageSwitchWrittenInAScriptWithoutCase() {
    Article a =
        read(
            "Ferry talks stall\n\nHome | Politics | Economy | \u0641\u0627\u0631\u0633\u06cc\n\n"
                + "The union walked out.\n");
    assertThat(rules(a)).containsExactly("headline", "navigation");
    assertThat(sentences(body("Talks | \u4e2d\u6587 | prices rose sharply today.")))
        .containsExactly("Talks | \u4e2d\u6587 | prices rose sharply today.");
  }

  @Test
  void aReadingTimeOrACountAloneOnItsLineIsPageMeta() {
    Article a =
        read(
            "Ferry talks stall\n\n3 min read\n\nThe union walked out.\n\nComments (214)\n\n"
                + "The owners said 3 ships would sail.\n");
    assertThat(rules(a)).containsExactly("headline", "page-meta", "page-meta");
    assertThat(a.sentences().stream().map(Sentence::text))
        .containsExactly("The union walked out.", "The owners said 3 ships would sail.");
  }

  @Test
  void labelsAndPromotionsBeforeTheDateLineDoNotPushItIntoTheBody() {
    Article a =
        read(
            "Ferry talks stall - The Harbour Post\n\nTrending: Fuel | Ferries | Weather\n\n"
                + "Join our channel for breaking news\n\nShipping\n\nFerry talks stall\n\n"
                + "By Mara Quint\n\nAugust 4, 2023 | 7:58 pm\n\nThe union walked out.\n");
    assertThat(a.published().date()).contains(LocalDate.of(2023, 8, 4));
    assertThat(a.published().provenance()).isEqualTo(DateProvenance.STATED);
    Article late =
        read(
            "Ferry talks stall\n\nThe union walked out on Friday after a long night.\n\n"
                + "The owners left the hall at dawn.\n\nAugust 4, 2023 | 7:58 pm\n\n"
                + "The talks resume next week.\n");
    assertThat(late.published().provenance()).isNotEqualTo(DateProvenance.STATED);
  }

  @Test
  void anUpdateStampAloneGivesAnInferredPublicationDate() {
    Article a =
        read(
            "Ferry talks stall\n\nBy Mara Quint\nUpdated March 3, 2024, 1:10 p.m. ET\n\n"
                + "The union walked out on Friday.\n");
    assertThat(a.published().date()).contains(LocalDate.of(2024, 3, 3));
    assertThat(a.published().provenance()).isEqualTo(DateProvenance.INFERRED);
  }

  @Test
  void theSitesNameOnALineOfItsOwnIsSetAside() {
    Article a =
        read(
            "Ferry talks stall | Harbour Post\n\nHARBOUR POST\n\nFerry talks stall\n\n"
                + "The union walked out.\n");
    assertThat(rules(a)).containsExactly("headline", "site-name", "repeated-headline");
  }

  @Test
  void theLinksUnderAReadAlsoCueStandingAloneAreBoilerplate() {
    Article a =
        read(
            body(
                "The ministers met.\n\nRead also:\nQuota row deepens as boats stay in port\n"
                    + "Who sets the catch limits?\n\nThe talks resume on Monday."));
    assertThat(rules(a)).containsExactly("headline", "read-also", "read-also", "read-also");
  }

  // ---- paragraphs and sentences ---------------------------------------------------------

  @Test
  void paragraphsAreLinesOrBlankLineSeparatedBlocksAndWrappedLinesJoin() {
    Article a =
        read(
            "Headline of the wrapped story\n\nThe first paragraph is wrapped by the editor so that\n"
                + "it runs over two lines.\nA new line after a full stop is a new paragraph.\n\n"
                + "Short label\nThird paragraph.\n");
    assertThat(a.paragraphs()).hasSize(4);
    assertThat(a.sentence(0).text()).contains("so that\nit runs");
    assertThat(a.sentence(0).line()).isEqualTo(3);
    assertThat(a.paragraphs().get(1).line()).isEqualTo(5);
  }

  @Test
  void abbreviationsInitialsAndNumbersDoNotEndSentences() {
    assertThat(
            sentences(
                body(
                    "Mr. Smith met Dr. Jones and Gen. Milley in the U.S. on Jan. 5 at 3 p.m. The"
                        + " U.K. team, led by J. R. Doe, grew 3.5 percent. Prices rose.")))
        .containsExactly(
            "Mr. Smith met Dr. Jones and Gen. Milley in the U.S. on Jan. 5 at 3 p.m.",
            "The U.K. team, led by J. R. Doe, grew 3.5 percent.",
            "Prices rose.");
  }

  @Test
  void quotesQuestionsEllipsesAndMissingSpaces() {
    assertThat(
            sentences(
                body(
                    "“Is it over?” she asked. “No!” He left... and came back… Later it rained."
                        + " He said “no.” Then he went.It was late. \"Fine,\" he said. See it.")))
        .containsExactly(
            "“Is it over?” she asked.",
            "“No!”",
            "He left... and came back…",
            "Later it rained.",
            "He said “no.”",
            "Then he went.",
            "It was late.",
            "\"Fine,\" he said.",
            "See it.");
  }

  @Test
  void oddSpacingStaysInsideTheSentence() {
    assertThat(sentences(body("Prices  rose ,, sharply , analysts said .  Markets  fell.")))
        .containsExactly("Prices  rose ,, sharply , analysts said .", "Markets  fell.");
  }

  @Test
  void lineOfAndSentenceAccessors() {
    Article a = read("Head line here\r\n\r\nOne. Two.\rThree.\n");
    assertThat(a.lineOf(0)).isEqualTo(1);
    assertThat(a.lineOf(a.text().indexOf("One"))).isEqualTo(3);
    assertThat(a.lineOf(a.text().indexOf("Three"))).isEqualTo(4);
    assertThat(a.lineOf(a.text().length())).isEqualTo(5);
    assertThat(a.sentence(2).text()).isEqualTo("Three.");
    assertThatThrownBy(() -> a.sentence(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> a.lineOf(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
