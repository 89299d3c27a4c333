package dev.parley.io.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cookie or consent banner that opens a page is set aside whole, and the headline is the first
 * line after it; a headline above a banner and a story about cookies below one are kept.
 */
class ConsentBannersTest {
  private static Article read(String text) {
    return Coverage.readCovered(text);
  }

  private static List<String> rules(Article a) {
    return a.boilerplate().stream().map(Boilerplate::rule).toList();
  }

  @Test
  void aBannerWithItsTitleAndTextOpeningThePageIsNoHeadline() {
    Article a =
        read(
            "We value your privacy\n"
                + "We and our partners store and access information on a device, such as"
                + " cookies, and process personal data for ads.\n"
                + "Accept all | Reject all\n\n"
                + "Mill workers back the new wage deal\n\n"
                + "The mill workers' union accepted the wage offer on Friday.\n");
    assertThat(a.headline()).isEqualTo("Mill workers back the new wage deal");
    assertThat(rules(a)).containsExactly("consent", "consent", "consent", "headline");
    assertThat(a.sentences())
        .extracting(Sentence::text)
        .containsExactly("The mill workers' union accepted the wage offer on Friday.");
  }

  @Test
  void aBannerSpreadOverParagraphsIsSetAsideUpToItsButtons() {
    Article a =
        read(
            "Your privacy choices\n\n"
                + "This website uses cookies to measure its audience.\n\n"
                + "You may withdraw your consent at any time under Privacy settings.\n\n"
                + "Accept cookies\n\n"
                + "Tariff talks with the mill owners resume\n\n"
                + "The owners offered a two-year deal.\n");
    assertThat(a.headline()).isEqualTo("Tariff talks with the mill owners resume");
    assertThat(a.sentences())
        .extracting(Sentence::text)
        .containsExactly("The owners offered a two-year deal.");
  }

  @Test
  void aHeadlineAboveABannerAndAStoryAboutCookiesBelowItAreKept() {
    Article a =
        read(
            "Regulator fines publisher over cookies\n\n"
                + "We use cookies to improve your experience.\n"
                + "Manage preferences\n\n"
                + "The regulator said the publisher set tracking cookies without consent.\n");
    assertThat(a.headline()).isEqualTo("Regulator fines publisher over cookies");
    assertThat(a.sentences())
        .extracting(Sentence::text)
        .containsExactly("The regulator said the publisher set tracking cookies without consent.");
  }
}
