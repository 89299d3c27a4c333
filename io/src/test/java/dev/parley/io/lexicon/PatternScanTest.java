package dev.parley.io.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
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

  /** Starts that are common words, each of whose alternatives requires rarer words after it. */
  private static final String AT_THE_TABLE =
      "(?i)\\b(?:is|was|h(?:as|ad))\\s+(?:back\\s+)?at\\s+the\\s+table\\b"
          + "|\\b(?:we|they(?:\\x27|\\x{2019})ll)\\s+strike\\b|\\bsu(?:e|ed)\\s+to\\s+stop";

  /** Starts with no word boundary before them, or a boundary before a char that is no word char. */
  private static final String UNBOUNDED = "(?i)ate\\s+out|\\b\\.x|\\b_x|\\b(?:9x|1\\.)";

  private static final List<String> PATTERNS =
      List.of(
          AT_THE_TABLE,
          UNBOUNDED,
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
  void tellsOfEachStartItsBoundaryAndWhatTheRestOfItsMatchHolds() {
    List<PatternStarts.Start> starts = PatternStarts.of(AT_THE_TABLE).orElseThrow().starts();
    assertThat(starts)
        .extracting(PatternStarts.Start::literal)
        .containsExactly("is", "was", "h", "we", "they", "su");
    assertThat(starts).allMatch(PatternStarts.Start::boundary);
    assertThat(rest(starts.get(0))).containsExactly(Set.of("at"), Set.of("the"), Set.of("table"));
    assertThat(rest(starts.get(2)))
        .containsExactly(Set.of("as", "ad"), Set.of("at"), Set.of("the"), Set.of("table"));
    assertThat(rest(starts.get(4))).containsExactly(Set.of("ll"), Set.of("strike"));
    assertThat(rest(starts.get(5)))
        .containsExactly(Set.of("e", "ed"), Set.of("to"), Set.of("stop"));
    assertThat(PatternStarts.of(UNBOUNDED).orElseThrow().starts())
        .extracting(PatternStarts.Start::literal, PatternStarts.Start::boundary)
        .containsExactly(
            tuple("ate", false),
            tuple(".x", true),
            tuple("_x", true),
            tuple("9x", true),
            tuple("1.", true));
  }

  private static List<Set<String>> rest(PatternStarts.Start start) {
    return new ArrayList<>(start.rest().clauses());
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
            "_",
            " is ",
            "was",
            " has",
            "had ",
            "Had",
            " back ",
            "at the table",
            "AT  THE TABLE.",
            " we ",
            "they'll",
            "they\u2019ll",
            " strike",
            "sued to stop",
            "ate out",
            ".x",
            "_x",
            "9x",
            "1.",
            "\u212a"));
    List<Pattern> compiled = PATTERNS.stream().map(Pattern::compile).toList();
    PatternSet all = PatternSet.of(PATTERNS);
    int found = 0;
    for (int round = 0; round < 20_000; round++) {
      String text = RandomTexts.of(random, pieces, 10);
      String before = RandomTexts.of(random, pieces, 3);
      String outer = before + text + RandomTexts.of(random, pieces, 3);
      List<List<Integer>> actual = matches(all, text, 0, text.length(), 0);
      List<List<Integer>> inRegion =
          matches(all, outer, before.length(), before.length() + text.length(), before.length());
      for (int p = 0; p < PATTERNS.size(); p++) {
        String regex = PATTERNS.get(p);
        List<Integer> expected = repeatedFind(compiled.get(p), text);
        assertThat(actual.get(p))
            .as("seed %s: /%s/ in \"%s\"", seed, regex, text)
            .isEqualTo(expected);
        assertThat(inRegion.get(p))
            .as("seed %s: /%s/ in \"%s\" within \"%s\"", seed, regex, text, outer)
            .isEqualTo(expected);
        found += expected.size() / 2;
      }
    }
    assertThat(found).as("seed %s", seed).isGreaterThan(5000);
  }

  @Test
  void findsWhatRepeatedFindsFindForTheBundledPatternsOnTextsOfTheirWords() {
    List<String> regexes = new ArrayList<>();
    GenericLexicon generic = GenericLexicon.bundled();
    generic.acts().forEach(a -> a.pattern().ifPresent(regexes::add));
    generic.cues().forEach(c -> c.pattern().ifPresent(regexes::add));
    CaseLexicon.bundled("security-guarantees-2021")
        .items()
        .forEach(i -> i.pattern().ifPresent(regexes::add));
    Set<String> words = new java.util.TreeSet<>();
    for (String regex : regexes) {
      for (String w : regex.replaceAll("\\\\[a-zA-Z]", " ").split("[^A-Za-z]+")) {
        if (w.length() >= 2) {
          words.add(w + " ");
        }
      }
    }
    List<String> pieces = new ArrayList<>(words);
    pieces.addAll(List.of(" ", ", ", ". ", "'ll ", "\u2019s ", "'s ", "$5 ", "x", "\u201d"));
    List<String> phrases =
        List.of(
            "is at the table ",
            "were back at the negotiating table",
            "will strike ",
            "they\u2019ll strike.",
            "we strike tomorrow ",
            "go on a general strike ",
            "walk off the job ",
            "had a deal ",
            "has the agreement",
            "held two calls with ",
            "spoke to him on the phone ",
            "gave them three more days to act ",
            "raised the issue ",
            "put their signatures to ",
            "reached an interim agreement ",
            "lifted the ban ",
            "walked away and ",
            "pulled out of the talks ",
            "declined the offer ",
            "insufficient and ",
            "sued to stop ",
            "rejected the claims ",
            "stated ",
            "NATO will not expand ",
            "Ukraine's joining NATO ");
    for (int k = 0; k < 10; k++) {
      pieces.addAll(phrases);
    }
    long seed = 20261124L;
    Random random = new Random(seed);
    List<Pattern> compiled = regexes.stream().map(Pattern::compile).toList();
    PatternSet set = PatternSet.of(regexes);
    int found = 0;
    for (int round = 0; round < 4_000; round++) {
      String text = RandomTexts.of(random, pieces, 30);
      List<List<Integer>> actual = matches(set, text, 0, text.length(), 0);
      for (int p = 0; p < regexes.size(); p++) {
        List<Integer> expected = repeatedFind(compiled.get(p), text);
        assertThat(actual.get(p))
            .as("seed %s: /%s/ in \"%s\"", seed, regexes.get(p), text)
            .isEqualTo(expected);
        found += expected.size() / 2;
      }
    }
    assertThat(found).as("seed %s", seed).isGreaterThan(500);
  }

  /** The start and end offsets of the matches repeated {@link Matcher#find()} gives. */
  static List<Integer> repeatedFind(Pattern pattern, String text) {
    List<Integer> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      out.add(m.start());
      out.add(m.end());
    }
    return out;
  }

  /**
   * The matches {@code set} finds in {@code text[start, end)}, each pattern's as a list of start
   * and end offsets less {@code shift}; checks that the set gives them pattern after pattern.
   */
  static List<List<Integer>> matches(PatternSet set, String text, int start, int end, int shift) {
    List<List<Integer>> out = new ArrayList<>();
    for (int p = 0; p < set.size(); p++) {
      out.add(new ArrayList<>());
    }
    int[] last = {0};
    set.find(
        text,
        start,
        end,
        (p, s, e) -> {
          assertThat(p).as("patterns in order").isGreaterThanOrEqualTo(last[0]);
          last[0] = p;
          out.get(p).add(s - shift);
          out.get(p).add(e - shift);
        });
    return out;
  }

  @Test
  void threadsSharingAScanEachFindWhatRepeatedFindsFind() throws Exception {
    PatternSet scan = PatternSet.of(List.of(WALKOUTS));
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
                    List<Integer> expected = repeatedFind(compiled, text);
                    List<Integer> actual = matches(scan, text, 0, text.length(), 0).get(0);
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
