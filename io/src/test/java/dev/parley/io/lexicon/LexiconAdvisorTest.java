package dev.parley.io.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.parley.io.InputParseException;
import dev.parley.io.lexicon.LexiconAdvice.Kind;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Advice on case lexicons: what a phrase will be read as besides what its writer meant. */
class LexiconAdvisorTest {
  /** An invented transit strike; line numbers below count from its first line. */
  private static final String TRANSIT =
      String.join(
          "\n",
          "[party UNION]", // 1
          "name = Harbour Transit Workers",
          "kind = organisation",
          "names = the transit union | drivers' union",
          "[party AUTHORITY]", // 5
          "name = Harbour Transit Authority",
          "kind = organisation",
          "names = the transit authority",
          "[actor okafor]",
          "name = Grace Okafor", // 10
          "party = UNION",
          "role = official",
          "names = Okafor | the union's chief negotiator",
          "[actor lind]",
          "name = Peter Lind", // 15
          "party = AUTHORITY",
          "role = official",
          "names = Lind | the union's chief negotiator",
          "[item fare-freeze]",
          "text = Fares stay where they are for two years", // 20
          "acting = AUTHORITY",
          "phrases = fare freeze | freeze on fares | staffing requirements",
          "[item wage-talks]",
          "text = Talks on wages resume within a month",
          "acting = UNION | AUTHORITY", // 25
          "phrases = wage talks | mediation",
          "[item paris-goals]",
          "text = Electric buses in line with the Paris climate goals",
          "acting = AUTHORITY",
          "phrases = Paris goals | Paris", // 30
          "");

  private static ImmutableList<LexiconAdvice> advise(String text) {
    return LexiconAdvisor.advise("transit.lexicon", new StringReader(text));
  }

  @Test
  void anItemNamedWithAnActCueIsReadAsTheNameThere() {
    assertThat(advise(TRANSIT))
        .filteredOn(a -> a.phrase().equals("staffing requirements"))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.kind()).isEqualTo(Kind.ACT_CUE_IN_NAME);
              assertThat(a.describe())
                  .startsWith(
                      "transit.lexicon:22:43: [item fare-freeze] 'staffing requirements': holds")
                  .contains("'requirements' of the act 'demand'");
            });
  }

  @Test
  void anItemThatIsOrEndsWithACueOfTalksIsReadAsBoth() {
    assertThat(advise(TRANSIT))
        .filteredOn(a -> a.entry().equals("item wage-talks"))
        .extracting(LexiconAdvice::kind, LexiconAdvice::phrase, LexiconAdvice::column)
        .containsExactly(
            tuple(Kind.ACT_CUE_AS_NAME, "wage talks", 11),
            tuple(Kind.ACT_CUE_AS_NAME, "mediation", 24));
    assertThat(advise(TRANSIT))
        .filteredOn(a -> a.phrase().equals("wage talks"))
        .singleElement()
        .extracting(LexiconAdvice::advice)
        .asString()
        .startsWith("ends with the cue 'talks' of the act 'discuss'");
  }

  @Test
  void aPhraseGivenToTwoActorsIsReadAsOnlyOne() {
    assertThat(advise(TRANSIT))
        .filteredOn(a -> a.kind() == Kind.SHARED_PHRASE)
        .extracting(LexiconAdvice::entry, LexiconAdvice::line)
        .containsExactly(tuple("actor okafor", 13), tuple("actor lind", 18));
    assertThat(advise(TRANSIT))
        .filteredOn(a -> a.entry().equals("actor okafor") && a.kind() == Kind.SHARED_PHRASE)
        .singleElement()
        .extracting(LexiconAdvice::advice)
        .asString()
        .contains("[actor lind]", "read as only one of them");
  }

  @Test
  void anItemNamedLikeAStateIsReadAsBoth() {
    assertThat(advise(TRANSIT))
        .filteredOn(a -> a.kind() == Kind.PARTY_NAME)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.describe())
                  .startsWith("transit.lexicon:30:25: [item paris-goals] 'Paris': is also")
                  .contains("'FR'");
            });
  }

  @Test
  void aPersonWhoIsASideOfTheirOwnIsReadAsTheSideOrTheActorNotBoth() {
    String investor =
        String.join(
            "\n",
            "[party HALE]",
            "name = Dana Hale",
            "kind = organisation",
            "[actor hale]",
            "name = Dana Hale",
            "party = HALE",
            "role = official",
            "");
    assertThat(advise(investor))
        .extracting(LexiconAdvice::kind, LexiconAdvice::entry, LexiconAdvice::line)
        .containsExactly(
            tuple(Kind.SHARED_PHRASE, "party HALE", 2), tuple(Kind.PARTY_NAME, "actor hale", 5));
    assertThat(advise(investor).get(1).advice())
        .isEqualTo(
            "is also a name of the party 'HALE'; where both match the same words, a mention is"
                + " read as only one of them");
  }

  @Test
  void plainPhrasesGetNoAdvice() {
    assertThat(advise(TRANSIT))
        .extracting(LexiconAdvice::entry)
        .doesNotContain("party UNION", "party AUTHORITY");
    assertThat(advise(TRANSIT))
        .filteredOn(a -> a.entry().equals("item fare-freeze"))
        .extracting(LexiconAdvice::phrase)
        .containsExactly("staffing requirements");
    assertThat(advise(TRANSIT)).filteredOn(a -> a.phrase().equals("Paris goals")).isEmpty();
  }

  @Test
  void aLexiconThatDoesNotReadIsAnErrorAtItsLine() {
    assertThatThrownBy(() -> advise(TRANSIT.replace("role = official", "role = chief")))
        .isInstanceOf(InputParseException.class)
        .hasMessageStartingWith("transit.lexicon:12:");
  }

  /**
   * Every advice on every case lexicon in the project points at its phrase: the text at its line
   * and column starts with it.
   */
  @Test
  void adviceOnEveryLexiconPointsAtItsPhrase() throws IOException, URISyntaxException {
    List<Path> files = new ArrayList<>();
    Path tests = Path.of(LexiconAdvisorTest.class.getResource("/dev/parley/io/cases").toURI());
    try (Stream<Path> s = Files.list(tests)) {
      s.filter(p -> p.toString().endsWith(".lexicon")).sorted().forEach(files::add);
    }
    assertThat(files).hasSizeGreaterThan(10);
    int advised = 0;
    for (Path f : files) {
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      for (LexiconAdvice a : LexiconAdvisor.advise(f)) {
        assertThat(lines.get(a.line() - 1).substring(a.column() - 1))
            .as(a.describe())
            .startsWith(a.phrase());
        advised++;
      }
    }
    for (String name : CaseLexicon.bundledNames()) {
      for (LexiconAdvice a : LexiconAdvisor.adviseBundled(name)) {
        assertThat(a.source()).isEqualTo(name + ".lexicon");
        advised++;
      }
    }
    assertThat(advised).isPositive();
  }

  @Test
  void anUnknownBundledLexiconNamesTheKnownOnes() {
    assertThatThrownBy(() -> LexiconAdvisor.adviseBundled("no-such-case"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("security-guarantees-2021");
  }

  @Test
  void nullsAreRefused() {
    assertThatThrownBy(() -> LexiconAdvisor.adviseBundled(null))
        .isInstanceOf(NullPointerException.class);
    new NullPointerTester()
        .setDefault(String.class, "transit.lexicon")
        .setDefault(java.io.Reader.class, new StringReader(TRANSIT))
        .testStaticMethods(LexiconAdvisor.class, NullPointerTester.Visibility.PUBLIC);
  }

  @Test
  void adviceIsAValue() {
    LexiconAdvice a = advise(TRANSIT).get(0);
    new EqualsTester()
        .addEqualityGroup(a, LexiconAdvice.builder().from(a).build())
        .addEqualityGroup(LexiconAdvice.builder().from(a).line(a.line() + 1).build())
        .testEquals();
    assertThatThrownBy(() -> LexiconAdvice.builder().from(a).line(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(a.phrase());
  }
}
