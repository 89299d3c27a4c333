package dev.parley.io.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page's chrome and a newsletter's furniture are set aside under their kinds: skip links and
 * sign-in bars, an email's web-version links and its footer with the publisher's address,
 * separators, a table of contents and numbered section headings, and a live page's time stamps and
 * day headers; the headline is the first real title after them, and the body keeps every sentence.
 */
class PageChromeTest {
  private static Article read(String text) {
    return Coverage.readCovered(text);
  }

  private static List<String> rules(Article a) {
    return Coverage.rules(a);
  }

  private static List<String> sentences(Article a) {
    return Coverage.sentenceTexts(a);
  }

  @Test
  void aSkipLinkBarOpeningThePageIsNoHeadline() {
    Article a =
        read(
            "Skip to main content | Farming | Weather | Jobs\n\n"
                + "Sign in | Register\n\n"
                + "Dairy farmers and processors agree on a milk price\n\n"
                + "The farmers' federation accepted the processors' offer of 41 cents a litre.\n");
    assertThat(a.headline()).isEqualTo("Dairy farmers and processors agree on a milk price");
    assertThat(rules(a)).containsExactly("navigation", "navigation", "headline");
  }

  @Test
  void aNewslettersWebVersionContentsSeparatorsAndFooterAreSetAside() {
    Article a =
        read(
            "View this email in your browser | Forward to a friend\n\n"
                + "Harbour Weekly\n\n"
                + "In this issue\n"
                + "1. Port workers vote on the new roster\n"
                + "2. Ferry timetable changes\n\n"
                + "* * *\n\n"
                + "1. Port workers vote on the new roster\n\n"
                + "The dockers' union put the employers' roster offer to a vote on Tuesday.\n\n"
                + "———\n\n"
                + "2. Ferry timetable changes\n\n"
                + "The island ferry will leave at 7:10 from next month.\n\n"
                + "-----------------\n\n"
                + "You are receiving this email because you subscribed to Harbour Weekly.\n"
                + "Unsubscribe | Manage preferences\n"
                + "Harbour Weekly, 12 Quay Street, Portlaw\n");
    assertThat(a.headline()).isEqualTo("Harbour Weekly");
    assertThat(rules(a))
        .containsExactly(
            "web-version",
            "headline",
            "contents",
            "contents",
            "contents",
            "separator",
            "section-heading",
            "separator",
            "section-heading",
            "separator",
            "newsletter-footer",
            "newsletter-footer",
            "newsletter-footer");
    assertThat(sentences(a))
        .contains(
            "The dockers' union put the employers' roster offer to a vote on Tuesday.",
            "The island ferry will leave at 7:10 from next month.");
  }

  @Test
  void aNewslettersNameOverItsDayGivesWayToTheLeadItemsTitle() {
    Article a =
        read(
            "THE EVENING DIGEST\n\n"
                + "Tuesday, April 9, 2024\n\n"
                + "Good evening. Here is the day's news.\n\n"
                + "1) Pilots and airline agree on rest rules\n\n"
                + "The pilots' association accepted the airline's roster proposal on Tuesday.\n\n"
                + "2) Markets\n\n"
                + "Shares closed higher after the pilots' deal.\n");
    assertThat(a.headline()).isEqualTo("Pilots and airline agree on rest rules");
    assertThat(rules(a)).containsExactly("site-name", "dateline", "headline", "section-heading");
    assertThat(sentences(a))
        .containsExactly(
            "Good evening.",
            "Here is the day's news.",
            "The pilots' association accepted the airline's roster proposal on Tuesday.",
            "Shares closed higher after the pilots' deal.");
    Article titled =
        read(
            "Morning Briefing\n\n"
                + "April 9, 2024\n\n"
                + "Pilots and airline agree on rest rules\n\n"
                + "The pilots' association accepted the airline's roster proposal.\n");
    assertThat(titled.headline()).isEqualTo("Pilots and airline agree on rest rules");
    assertThat(rules(titled)).containsExactly("site-name", "dateline", "headline");
  }

  @Test
  void numberedParagraphsAfterALeadInOrEndingAsSentencesAreBody() {
    Article a =
        read(
            "Pilots list their demands\n\n"
                + "The pilots' association is asking for:\n\n"
                + "1. Longer rest between flights\n\n"
                + "2. A cap on night duty\n\n"
                + "The airline said it would reply.\n\n"
                + "1. The airline offered more rest.\n\n"
                + "The pilots turned it down.\n\n"
                + "2. The airline then raised pay.\n\n"
                + "The pilots accepted.\n");
    assertThat(rules(a)).containsExactly("headline");
  }

  @Test
  void aListWhoseItemsAreNotHeadingsFurtherDownIsBody() {
    Article a =
        read(
            "Teachers and ministry sign a pay deal\n\n"
                + "The deal provides for:\n"
                + "1. a rise of 4 per cent this year\n"
                + "2. a rise of 3 per cent next year\n\n"
                + "The union's members approved it.\n");
    assertThat(rules(a)).containsExactly("headline");
  }

  @Test
  void aLivePagesTimeStampsAreSetAsideAndItsEntriesKept() {
    Article a =
        read(
            "Live: budget talks in the assembly\n\n"
                + "Thursday, 9:05 a.m. ET\n"
                + "The finance committee met again this morning.\n\n"
                + "10.42pm\n"
                + "The opposition rejected the amended budget.\n\n"
                + "Updated 11:15 GMT\n"
                + "Talks will resume tomorrow.\n\n"
                + "2 hours ago\n"
                + "The speaker adjourned the session.\n");
    assertThat(rules(a))
        .containsExactly("headline", "time-stamp", "time-stamp", "modified-stamp", "time-stamp");
    assertThat(sentences(a)).hasSize(4);
  }

  @Test
  void aDayAloneOnItsLineIsADayHeader() {
    Article a =
        read(
            "Live: the bus drivers' strike\n\n"
                + "Published 9 March 2024\n\n"
                + "Friday, March 8\n\n"
                + "9:15 a.m.\n"
                + "The drivers' union said it would strike unless the city raised its offer.\n\n"
                + "MAR. 9\n\n"
                + "The city offered a 6 per cent raise.\n\n"
                + "9th March\n\n"
                + "Saturday\n\n"
                + "Talks resumed.\n");
    assertThat(rules(a))
        .containsExactly(
            "headline",
            "published-stamp",
            "day-header",
            "time-stamp",
            "day-header",
            "day-header",
            "day-header");
    assertThat(sentences(a)).hasSize(3);
  }

  @Test
  void aDayInALineThatSaysMoreIsBody() {
    Article a =
        read(
            "Drivers vote\n\n"
                + "Friday, March 8 at the depot\n\n"
                + "March 8 was the day the drivers voted.\n\n"
                + "May 2024\n");
    assertThat(rules(a)).containsExactly("headline");
  }

  @Test
  void aLineThatGoesOnAfterATimeIsBody() {
    Article a =
        read(
            "Strike called off\n\n"
                + "At 10:42 the union called off the strike.\n\n"
                + "9:05 Talks resumed.\n\n"
                + "- - a dash or two is a bullet\n");
    assertThat(rules(a)).containsExactly("headline");
  }

  @Test
  void aPageCollectingDatedEntriesHasItsDatedTitlesAsHeadings() {
    Article a =
        read(
            "Minister's calls with the Norwegian fisheries minister\n\n"
                + "Readouts of the minister's calls on next year's cod quotas.\n\n"
                + "Published 2 March 2024\n\n"
                + "Call with the Norwegian minister: 4 March 2024\n\n"
                + "The minister spoke to her Norwegian counterpart this morning.\n\n"
                + "Statement of 11 March\n\n"
                + "Both ministers agreed to meet in Bergen.\n\n"
                + "Update, Tuesday 19 March\n\n"
                + "The talks resumed.\n");
    assertThat(rules(a))
        .containsExactly(
            "headline", "published-stamp", "dated-heading", "dated-heading", "dated-heading");
    assertThat(sentences(a)).hasSize(4);
  }

  @Test
  void aLoneDatedTitleTheHeadlineOrOneAboveTheFirstProseHeadsNoSection() {
    Article lone =
        read(
            "Cod quotas agreed\n\n"
                + "The ministers agreed the quotas.\n\n"
                + "Call with the Norwegian minister: 4 March 2024\n\n"
                + "The minister spoke to her counterpart.\n");
    assertThat(rules(lone)).containsExactly("headline");
    Article titles =
        read(
            "Cod quotas: talks of 4 March 2024\n\n"
                + "Fisheries council, 5 March 2024\n\n"
                + "The ministers agreed the quotas.\n\n"
                + "The fleets welcomed the deal on 6 March\n\n"
                + "Their associations said so.\n");
    assertThat(rules(titles)).doesNotContain("dated-heading");
  }
}
