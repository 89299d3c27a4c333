package dev.parley.io.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import com.google.re2j.Pattern;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LiteralPrefilterTest {
  private static final List<String> PATTERNS =
      List.of(
          "(?i)\\bNATO\\b[^.;]{0,40}?\\b(?:will not|won't|would not|not to|never)\\s+"
              + "(?:further\\s+)?(?:expand|enlarge|move east)",
          "(?i)\\b(?:Ukraine|Georgia|Kyiv|Kiev|Tbilisi)(?:'s|\u2019s)?\\b[^.;]{0,30}?"
              + "\\b(?:join(?:s|ed|ing)?|admitted|admission|accession|membership)\\b[^.;]{0,20}?"
              + "\\b(?:NATO|the alliance)\\b",
          "\\b(?:[Ss]tated|[Ss]tating)\\b",
          "(?i)ask(?:ed)?\\s+for",
          "wa+r{2,}ior",
          "colou?r",
          "sea(?:s|ls)?\\.",
          "(?i:kilo)meters?",
          "(?P<who>Mr|Mrs)\\.? \\p{Lu}\\pL+",
          "x{0}abc|yz",
          "[]a]bc[^]d]ef",
          "(?s)a.b",
          "^top$|bottom",
          "a{1}b");

  private static Set<Set<String>> clauses(String regex) {
    return ImmutableSet.copyOf(LiteralPrefilter.of(regex).clauses());
  }

  @Test
  void derivesTheLiteralsEveryMatchContains() {
    assertThat(clauses(PATTERNS.get(0)))
        .containsExactlyInAnyOrder(
            Set.of("nato"),
            Set.of("will not", "won't", "would not", "not to", "never"),
            Set.of("expand", "enlarge", "move east"));
    assertThat(clauses(PATTERNS.get(1)))
        .containsExactlyInAnyOrder(
            Set.of("ukraine", "georgia", "kyiv", "kiev", "tbilisi"),
            Set.of("join", "admitted", "admission", "accession", "membership"),
            Set.of("nato", "the alliance"));
    assertThat(clauses(PATTERNS.get(2))).containsExactly(Set.of("tated", "tating"));
    assertThat(clauses("wa+r{2,}ior"))
        .containsExactlyInAnyOrder(Set.of("wa"), Set.of("r"), Set.of("ior"));
    assertThat(clauses("colou?r")).containsExactlyInAnyOrder(Set.of("colo"), Set.of("r"));
    assertThat(clauses("a{1}b")).containsExactly(Set.of("ab"));
    assertThat(clauses("\\x41bc|(?:\\x27|\\x{2019})s\\s+claim"))
        .containsExactly(Set.of("bc", "claim"));
  }

  @Test
  void requiresNothingOfWhatItCannotRead() {
    for (String regex :
        List.of(
            "",
            "a|",
            "(?:x)*",
            "\\Qa.b\\E",
            "a\\1",
            "[[:alpha:]",
            "(?x)abc",
            "[a-z]+",
            "(?:a|b?)c{0,3}")) {
      assertThat(LiteralPrefilter.of(regex).passesAll()).as(regex).isTrue();
    }
  }

  @Test
  void aFoldingHoldsOnlyItsOwnSpanWhateverWasFoldedBefore() {
    String longText = "NATO Said No. ".repeat(500);

    assertThat(LiteralPrefilter.fold(longText, 0, longText.length()))
        .isEqualTo("nato said no. ".repeat(500));
    assertThat(LiteralPrefilter.fold("Kiev Said", 0, 9)).isEqualTo("kiev said");
    assertThat(LiteralPrefilter.fold("NATO", 1, 3)).isEqualTo("at");
    assertThat(LiteralPrefilter.fold("NATO", 2, 2)).isEmpty();
  }

  @Test
  void foldsCaseAndTheLettersCaseInsensitivePatternsFoldToAscii() {
    assertThat(LiteralPrefilter.fold("xNATO \u212Aiev \u017Ftated\u00c9", 1, 18))
        .isEqualTo("nato kiev stated\u00c9");
    String regex = "(?i:kilo)meters?";
    String text = "5 \u212AILOmeters";
    assertThat(Pattern.compile(regex).matcher(text).find()).isTrue();
    assertThat(LiteralPrefilter.of(regex).mayMatch(LiteralPrefilter.fold(text, 0, text.length())))
        .isTrue();
  }

  @Test
  void tellsTheLastPlaceAMatchMayBeginAsTheClausesLastOccurrencesDo() {
    long seed = 20261124L;
    Random random = new Random(seed);
    for (int round = 0; round < 20_000; round++) {
      String text = RandomTexts.of(random, RandomTexts.PIECES, 12);
      String folded = LiteralPrefilter.fold(text, 0, text.length());
      for (String regex : PATTERNS) {
        LiteralPrefilter prefilter = LiteralPrefilter.of(regex);
        int expected = folded.length();
        for (Set<String> clause : prefilter.clauses()) {
          int last = -1;
          for (String string : clause) {
            last = Math.max(last, folded.lastIndexOf(string));
          }
          expected = last < 0 ? -1 : Math.min(expected, last);
          if (expected < 0) {
            break;
          }
        }
        assertThat(prefilter.lastStart(folded.toCharArray(), folded.length()))
            .as("seed %s: /%s/ in \"%s\"", seed, regex, text)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void neverRejectsATextThePatternMatches() {
    long seed = 20261122L;
    Random random = new Random(seed);
    int matched = 0;
    for (int round = 0; round < 20_000; round++) {
      String text = RandomTexts.of(random, RandomTexts.PIECES, 8);
      String folded = LiteralPrefilter.fold(text, 0, text.length());
      for (String regex : PATTERNS) {
        if (Pattern.compile(regex).matcher(text).find()) {
          matched++;
          assertThat(LiteralPrefilter.of(regex).mayMatch(folded))
              .as("seed %s: /%s/ matches \"%s\"", seed, regex, text)
              .isTrue();
        }
      }
    }
    assertThat(matched).as("seed %s", seed).isGreaterThan(1000);
  }
}
