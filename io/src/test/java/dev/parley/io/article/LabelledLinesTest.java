package dev.parley.io.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which lines a heading, a bar of controls or a consent banner sets aside, and under what rule. */
class LabelledLinesTest {
  /** The rule the cues of {@code boilerplate.txt} set {@code line} aside under, or null. */
  private static String rule(String line) {
    return new OneLineRules(line).cues.lineRule(0, line.length());
  }

  @Test
  void aLinkListHeadingMayNameTheSectionOrTheSiteItListsFrom() {
    assertThat(rule("Most viewed in Business")).isEqualTo("more-stories");
    assertThat(rule("Popular in Foreign Affairs")).isEqualTo("more-stories");
    assertThat(rule("More from World")).isEqualTo("more-stories");
    assertThat(rule("More from the Harbour Post")).isEqualTo("more-stories");
    assertThat(rule("Latest in Energy")).isEqualTo("more-stories");
  }

  @Test
  void aSentenceOpeningWithAHeadingsWordsIsNoHeading() {
    assertThat(rule("Most viewed in the capital, the plan was rejected.")).isNull();
    assertThat(rule("More from the minister came later in the day.")).isNull();
    assertThat(rule("Popular in Ostland, the mayor lost the vote.")).isNull();
    assertThat(rule("More from Ostland and its allies is expected on Monday")).isNull();
    assertThat(rule("More fromage")).isNull();
  }

  @Test
  void consentBannersAndTheirButtonsAreConsent() {
    assertThat(rule("We use cookies to give you the best experience on our site."))
        .isEqualTo("consent");
    assertThat(rule("This website uses cookies. Continue | More options")).isEqualTo("consent");
    assertThat(rule("By browsing on you accept our use of cookies.")).isEqualTo("consent");
    assertThat(rule("Accept all | Settings")).isEqualTo("consent");
    assertThat(rule("Accept | Manage settings")).isEqualTo("consent");
    assertThat(rule("Reject all · Accept all")).isEqualTo("consent");
    assertThat(rule("Reject all")).isEqualTo("consent");
    assertThat(rule("Manage preferences")).isEqualTo("consent");
    assertThat(rule("Cookie settings.")).isEqualTo("consent");
  }

  @Test
  void aSentenceAboutCookiesOrAcceptingIsBody() {
    assertThat(rule("The regulator fined the shop over its use of cookies.")).isNull();
    assertThat(rule("Bakers said they sell cookies to the delegates.")).isNull();
    assertThat(rule("We use cookie cutters, the baker said.")).isNull();
    assertThat(rule("Accept all the terms, the union told the owners.")).isNull();
    assertThat(rule("Accept all terms or walk away")).isNull();
    assertThat(rule("Reject all offers | the union's leaflet said, and the owners did")).isNull();
    assertThat(rule("Rejected all offers")).isNull();
  }

  @Test
  void sortAndFilterBarsAndShowMoreButtonsAreControls() {
    assertThat(rule("Sort by: Newest | Oldest")).isEqualTo("controls");
    assertThat(rule("Sort by Newest | Oldest | Most liked")).isEqualTo("controls");
    assertThat(rule("Filter by: All")).isEqualTo("controls");
    assertThat(rule("Show more comments")).isEqualTo("controls");
    assertThat(rule("Load more")).isEqualTo("controls");
  }

  @Test
  void aSentenceOpeningWithSortByOrShowMoreIsBody() {
    assertThat(rule("Sort by date, and the figures show a steady rise.")).isNull();
    assertThat(rule("Sort by region and the gap is plain")).isNull();
    assertThat(rule("Sort by: the ministry asked clerks to sort the ballots by district."))
        .isNull();
    assertThat(rule("Show more restraint, the minister urged the unions.")).isNull();
    assertThat(rule("Show more comments from the delegates")).isNull();
  }
}
