package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The author of a column or a letter, named in a byline or an author line, is the "I" and "we"
 * outside quotes.
 */
class AuthorsTest {
  private static final InventedCase CASE = InventedCases.TRUCE_SPEAKERS;

  private static List<String> speakers(String... paragraphs) {
    return StatementExtractor.of(CASE.lexicon())
        .extract(TestArticles.of(CASE.published(), paragraphs))
        .statements()
        .stream()
        .map(s -> s.speakerActor().orElse(s.speakerParty().orElse("?")) + " " + s.act().id())
        .toList();
  }

  @Test
  void anAuthorLineAtTheEndNamesTheFirstPerson() {
    assertThat(
            speakers(
                "Why Velmar cannot sign yet",
                "The insurgents say the coast is calm. Tarsia has offered to host talks.",
                "We reject the truce in its present form.",
                "Ilona Varga is the foreign minister of Velmar."))
        .containsExactly("TS propose", "varga reject");
  }

  @Test
  void anAuthorLineAfterADashNamesTheFirstPerson() {
    assertThat(
            speakers(
                "Why Velmar cannot sign yet",
                "We reject the truce in its present form.",
                "\u2014 Ilona Varga"))
        .containsExactly("varga reject");
  }

  @Test
  void aLastLineThatNamesAnActorButNotWhoTheyAreNamesNoAuthor() {
    assertThat(
            speakers(
                "Why Velmar cannot sign yet",
                "We reject the truce in its present form.",
                "Ilona Varga met the envoy in Dorn."))
        .doesNotContain("varga reject");
  }

  @Test
  void aBylineAtTheTopNamesTheFirstPersonButNotAQuote() {
    assertThat(
            speakers(
                "A truce worth having",
                "By Ilona Varga",
                "Tarsia has offered to host talks. I am ready to discuss the truce.",
                "Brenn told me: \"We reject the truce.\""))
        .contains("varga discuss")
        .doesNotContain("varga reject");
  }

  @Test
  void aReporterUnknownToTheCaseIsNoAuthor() {
    assertThat(
            speakers(
                "By Dana Whitcomb",
                "Tarsia has offered to host talks. We reject the truce, Varga said."))
        .containsExactly("TS propose", "varga reject");
  }
}
