package dev.parley.io.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PatternScanTest {
  private static final String NOT_EXPANDING =
      "(?i)\\bNATO\\b[^.;]{0,40}?\\b(?:will not|won't|would not|not to|never)\\s+"
          + "(?:further\\s+)?(?:expand|enlarge|move east)";
  private static final String JOINING =
      "(?i)\\b(?:Ukraine|Georgia|Kyiv|Kiev|Tbilisi)(?:'s|\u2019s)?\\b[^.;]{0,30}?"
          + "\\b(?:join(?:s|ed|ing)?|admitted|admission|accession|membership)\\b[^.;]{0,20}?"
          + "\\b(?:NATO|the alliance)\\b";
  private static final String STATED = "\\b(?:[Ss]tated|[Ss]tating)\\b";

  /** Many starts, all behind a word boundary. */
  private static final String WALKOUTS =
      "(?i)\\b(?:quit(?:s|ting)?|left|leav(?:e|es|ing)|end(?:s|ed)?|su(?:e|ed)|stay|"
          + "\\bwalk(?:s|ed)?|k[io]ck)\\s+(?:out|away)\\b";

  /** Many starts, one of which has no word boundary before it. */
  private static final String PARTLY_BOUNDED =
      "(?i)(?:\\bquit|\\bleft|\\bstay|\\bend|ate|\\bsu)s?\\s+(?:out|away)";

  private static final List<String> PATTERNS =
      List.of(
          NOT_EXPANDING,
          JOINING,
          STATED,
          WALKOUTS,
          PARTLY_BOUNDED,
          "(?i)ask(?:ed)?\\s+for",
          "wa+r{2,}ior",
          "colou?r",
          "(ab|a)(c|bcd)",
          "x*yz|ab",
          "(?i:kilo)meters?",
          "\\Bate\\b",
          "(?m)^top",
          "bottom$",
          "\\.\\s+[A-Z]");

  private static Optional<List<String>> starts(String regex) {
    return PatternStarts.of(regex).map(PatternStarts::literals);
  }

  @Test
  void derivesTheStringsEveryMatchBeginsWith() {
    assertThat(starts(NOT_EXPANDING)).contains(List.of("nato"));
    assertThat(starts(JOINING)).contains(List.of("ukraine", "georgia", "kyiv", "kiev", "tbilisi"));
    assertThat(starts(STATED)).contains(List.of("stated", "stating"));
    assertThat(starts("(?i)ask(?:ed)?\\s+for")).contains(List.of("ask"));
    assertThat(starts("wa+r{2,}ior")).contains(List.of("wa"));
    assertThat(starts("colou?r")).contains(List.of("colo"));
    assertThat(starts("(ab|a)(c|bcd)")).contains(List.of("ab", "a"));
    assertThat(starts("\\Bate\\b")).contains(List.of("ate"));
    assertThat(starts("\\.\\s+[A-Z]")).contains(List.of("."));
    assertThat(starts(WALKOUTS))
        .contains(List.of("quit", "left", "leav", "end", "su", "stay", "walk", "k"));
  }

  @Test
  void derivesNoStartsWhereTheBeginningIsNotALiteral() {
    for (String regex :
        List.of(
            "x*yz|ab",
            "(?i:kilo)meters?",
            "(?m)^top",
            "bottom$",
            "\\Aabc",
            "[a-z]+x",
            "(?:ab)?c",
            "a|",
            "\\Qab\\E",
            "(?P<who>Mr)\\.")) {
      assertThat(starts(regex)).as(regex).isEmpty();
    }
  }

  @Test
  void findsWhatRepeatedFindsFind() {
    long seed = 20261123L;
    Random random = new Random(seed);
    List<String> pieces = new ArrayList<>(RandomTexts.PIECES);
    pieces.addAll(
        List.of(
            " won't ",
            " never  further ",
            "Ukraine's",
            "Tbilisi\u2019s",
            "restated",
            "Quits  out",
            "walked away",
            "dividend out",
            "pursued away",
            "\u212aick out",
            "\u017fue out",
            "kicks out",
            "Left_away",
            "_end out",
            "asked  for",
            "waarrrior",
            "abcd",
            "xxyz",
            "ate",
            "top\n",
            "\ud83d\ude00",
            ". Then",
            "_"));
    List<Pattern> compiled = PATTERNS.stream().map(Pattern::compile).toList();
    List<PatternScan> scans = PATTERNS.stream().map(PatternScan::of).toList();
    int found = 0;
    for (int round = 0; round < 20_000; round++) {
      String text = RandomTexts.of(random, pieces, 10);
      for (int p = 0; p < PATTERNS.size(); p++) {
        String regex = PATTERNS.get(p);
        List<Integer> expected = new ArrayList<>();
        Matcher m = compiled.get(p).matcher(text);
        while (m.find()) {
          expected.add(m.start());
          expected.add(m.end());
        }
        List<Integer> actual = new ArrayList<>();
        String folded = random.nextBoolean() ? null : LiteralPrefilter.fold(text, 0, text.length());
        scans
            .get(p)
            .find(
                text,
                folded,
                (s, e) -> {
                  actual.add(s);
                  actual.add(e);
                });
        assertThat(actual).as("seed %s: /%s/ in \"%s\"", seed, regex, text).isEqualTo(expected);
        String before = RandomTexts.of(random, pieces, 3);
        String outer = before + text + RandomTexts.of(random, pieces, 3);
        List<Integer> inRegion = new ArrayList<>();
        scans
            .get(p)
            .find(
                outer,
                before.length(),
                before.length() + text.length(),
                folded,
                (s, e) -> {
                  inRegion.add(s - before.length());
                  inRegion.add(e - before.length());
                });
        assertThat(inRegion)
            .as("seed %s: /%s/ in \"%s\" within \"%s\"", seed, regex, text, outer)
            .isEqualTo(expected);
        found += expected.size() / 2;
      }
    }
    assertThat(found).as("seed %s", seed).isGreaterThan(5000);
  }

  @Test
  void threadsSharingAScanEachFindWhatRepeatedFindsFind() throws Exception {
    PatternScan scan = PatternScan.of(WALKOUTS);
    Pattern compiled = Pattern.compile(WALKOUTS);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        long seed = 20261124L + t;
        runs.add(
            pool.submit(
                () -> {
                  Random random = new Random(seed);
                  List<String> pieces = new ArrayList<>(RandomTexts.PIECES);
                  pieces.addAll(List.of("walked away", "quits out", "stay away", "left  out"));
                  int found = 0;
                  for (int round = 0; round < 5_000; round++) {
                    String text = RandomTexts.of(random, pieces, 10);
                    List<Integer> expected = new ArrayList<>();
                    Matcher m = compiled.matcher(text);
                    while (m.find()) {
                      expected.add(m.start());
                      expected.add(m.end());
                    }
                    List<Integer> actual = new ArrayList<>();
                    scan.find(
                        text,
                        null,
                        (s, e) -> {
                          actual.add(s);
                          actual.add(e);
                        });
                    assertThat(actual).as("seed %s: \"%s\"", seed, text).isEqualTo(expected);
                    found += expected.size() / 2;
                  }
                  return found;
                }));
      }
      for (Future<Integer> run : runs) {
        assertThat(run.get()).isPositive();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
