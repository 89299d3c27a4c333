package dev.parley.io.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.base.Ascii;
import dev.parley.io.match.Spans;
import dev.parley.io.match.SpelledWords;
import dev.parley.io.match.Spelling;
import dev.parley.io.match.TokenKind;
import dev.parley.io.match.Tokenizer;
import dev.parley.io.match.WordTraits;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CompiledLexiconTest {
  private static CompiledLexicon lexicon;

  @BeforeAll
  static void compile() {
    lexicon =
        CompiledLexicon.of(
            GenericLexicon.bundled(), CaseLexicon.bundled("security-guarantees-2021"));
  }

  private static List<LexiconMatch> match(String text) {
    return lexicon.match(text, 0, text.length());
  }

  private static List<String> ids(String text, MatchKind kind) {
    return match(text).stream().filter(m -> m.kind() == kind).map(LexiconMatch::entryId).toList();
  }

  @Test
  void aSpanIsMatchedTheSameWhateverWasMatchedBefore() {
    String shortText = "Moscow demanded guarantees from NATO, and Washington refused.";
    List<LexiconMatch> first = match(shortText);
    String longText =
        "Lavrov said that Russia demands NATO guarantees on Ukraine's neutrality. ".repeat(300);

    List<LexiconMatch> longMatches = match(longText);
    List<LexiconMatch> again = match(shortText);
    List<LexiconMatch> inside =
        lexicon.match(
            longText + shortText, longText.length(), longText.length() + shortText.length());

    assertThat(longMatches).hasSizeGreaterThan(1200);
    assertThat(again).isEqualTo(first).isNotEmpty();
    assertThat(inside)
        .extracting(LexiconMatch::entryId, LexiconMatch::firstToken)
        .containsExactlyElementsOf(
            first.stream().map(m -> tuple(m.entryId(), m.firstToken())).toList());
  }

  @Test
  void givesEachMatchToASinkInTheOrderOfTheList() {
    long seed = 20261124L;
    Random random = new Random(seed);
    List<String> pieces = RandomTexts.WITH_CASE_NAMES;
    int matches = 0;
    for (int round = 0; round < 2_000; round++) {
      String before = RandomTexts.of(random, pieces, 4);
      String text = before + RandomTexts.of(random, pieces, 20) + RandomTexts.of(random, pieces, 4);
      int end = before.length() + random.nextInt(text.length() - before.length() + 1);
      List<String> expected =
          lexicon.match(text, before.length(), end).stream()
              .map(m -> m.kind() + " " + m.entryId() + " " + m.start() + " " + m.end())
              .toList();
      List<String> given = new ArrayList<>();
      lexicon.forEachMatch(
          text, before.length(), end, (k, id, s, e) -> given.add(k + " " + id + " " + s + " " + e));
      assertThat(given)
          .as("seed %s: \"%s\" from %s to %s", seed, text, before.length(), end)
          .isEqualTo(expected);
      matches += expected.size();
    }
    assertThat(matches).as("seed %s", seed).isGreaterThan(2_000);
  }

  @Test
  void spellsTheWordsOfTheScanWithTheSameMatches() {
    long seed = 20261126L;
    Random random = new Random(seed);
    List<String> pieces = RandomTexts.WITH_CASE_NAMES;
    WordTraits byLength = lower -> lower.length();
    WordTraits byHash = lower -> lower.hashCode();
    int words = 0;
    for (int round = 0; round < 2_000; round++) {
      String before = RandomTexts.of(random, pieces, 4);
      String text = before + RandomTexts.of(random, pieces, 20) + RandomTexts.of(random, pieces, 4);
      int start = before.length();
      int end = start + random.nextInt(text.length() - start + 1);
      String what = String.format("seed %s: \"%s\" from %s to %s", seed, text, start, end);
      List<String> expected = new ArrayList<>();
      lexicon.forEachMatch(text, start, end, (k, id, s, e) -> expected.add(k + " " + id + s + e));
      // Two readers in turn: each gets the traits it asked for, whatever the memo made before.
      WordTraits traits = random.nextBoolean() ? byLength : byHash;
      List<String> given = new ArrayList<>();
      SpelledWords spelled = new SpelledWords();
      spelled.add(0, Spelling.of("Lead", traits));
      boolean coversLetters =
          lexicon.forEachMatch(
              text, start, end, (k, id, s, e) -> given.add(k + " " + id + s + e), traits, spelled);
      assertThat(given).as(what).isEqualTo(expected);
      List<String> tokenWords =
          Tokenizer.tokenize(text, start, end).stream()
              .filter(t -> t.kind() == TokenKind.WORD || t.kind() == TokenKind.NUMBER)
              .map(t -> t.start() + "-" + t.end())
              .toList();
      // The words are added after those already there.
      assertThat(spelled.spelling(0).text()).isEqualTo("Lead");
      for (int i = 1; i < spelled.count(); i++) {
        String word = text.substring(spelled.start(i), spelled.end(i));
        assertThat(spelled.spelling(i).text()).as(what).isEqualTo(word);
        assertThat(spelled.spelling(i).lower()).as(what).isEqualTo(Ascii.toLowerCase(word));
        assertThat(spelled.spelling(i).traits())
            .as(what)
            .isEqualTo(traits.of(Ascii.toLowerCase(word)));
        assertThat(tokenWords).as(what).contains(spelled.start(i) + "-" + spelled.end(i));
        if (i > 1) {
          assertThat(spelled.start(i)).as(what).isGreaterThanOrEqualTo(spelled.end(i - 1));
        }
      }
      if (coversLetters) {
        assertThat(lettersOutsideWords(text, start, end, spelled)).as(what).isFalse();
      } else {
        assertThat(spelled.count() - 1).as(what).isLessThan(tokenWords.size());
      }
      words += spelled.count() - 1;
    }
    assertThat(words).as("seed %s", seed).isGreaterThan(5_000);
  }

  @Test
  void aNegatedAuxiliaryCutsItsRunOfLettersSoTheWordsDoNotCoverThem() {
    String text = "They couldn't agree.";
    SpelledWords spelled = new SpelledWords();
    assertThat(lexicon.forEachMatch(text, 0, text.length(), (k, id, s, e) -> {}, l -> 0, spelled))
        .isFalse();
    assertThat(spelled.count()).isEqualTo(2); // "They" and "agree"
    String plain = "They could not agree.";
    assertThat(lexicon.forEachMatch(plain, 0, plain.length(), (k, id, s, e) -> {}, l -> 0, spelled))
        .isTrue();
    assertThat(spelled.count()).isEqualTo(6);
  }

  /**
   * Whether a run of four or more ASCII letters of the span lies outside every word, or across two.
   */
  private static boolean lettersOutsideWords(
      String text, int start, int end, SpelledWords spelled) {
    int i = start;
    while (i < end) {
      if (!Ascii.isLowerCase(text.charAt(i)) && !Ascii.isUpperCase(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < end && (Ascii.isLowerCase(text.charAt(j)) || Ascii.isUpperCase(text.charAt(j)))) {
        j++;
      }
      boolean inside = j - i < 4;
      for (int w = 0; w < spelled.count(); w++) {
        inside |= spelled.start(w) <= i && j <= spelled.end(w);
      }
      if (!inside) {
        return true;
      }
      i = j;
    }
    return false;
  }

  @Test
  void matchesInflectedCuePhrases() {
    assertThat(ids("Moscow demanded guarantees.", MatchKind.ACT)).contains("demand");
    assertThat(ids("The Kremlin keeps demanding them.", MatchKind.ACT)).contains("demand");
    assertThat(ids("Washington has ruled out any such pledge.", MatchKind.ACT)).contains("reject");
    assertThat(ids("She insisted on it, and he is refusing.", MatchKind.ACT))
        .contains("demand", "reject");
    assertThat(ids("They didn't give a constructive response.", MatchKind.ACT)).contains("reject");
    assertThat(ids("Officials were ready to discuss it.", MatchKind.ACT)).contains("discuss");
    assertThat(ids("He warned of grave consequences and threatened to retaliate.", MatchKind.ACT))
        .contains("threaten");
    assertThat(ids("The ministry denies the reports.", MatchKind.ACT)).contains("deny");
    assertThat(ids("Paris offered talks and accepted the agenda.", MatchKind.ACT))
        .contains("propose", "discuss", "accept");
    assertThat(ids("He didn't agree and never will.", MatchKind.NEGATION)).hasSize(2);
    assertThat(ids("They would be willing to talk.", MatchKind.MODALITY)).contains("modality");
    assertThat(ids("The minister stated that talks stalled.", MatchKind.REPORTING))
        .contains("reporting");
  }

  @Test
  void capitalsSeatsAndAdjectivesResolveToCaseParties() {
    assertThat(
            Spans.longestNonOverlapping(match("The Kremlin and Moscow")).stream()
                .filter(m -> m.kind() == MatchKind.PARTY)
                .map(LexiconMatch::matchedText))
        .containsExactly("The Kremlin", "Moscow");
    assertThat(ids("The Kremlin and Moscow", MatchKind.PARTY)).containsOnly("RU");
    assertThat(ids("Russian diplomats met American officials at the White House", MatchKind.PARTY))
        .containsOnly("RU", "US")
        .hasSize(4);
    assertThat(ids("Kyiv and Tbilisi", MatchKind.PARTY)).containsExactly("UA", "GE");
    assertThat(ids("the North Atlantic Alliance", MatchKind.PARTY)).contains("NATO");
    assertThat(ids("Downing Street and the Elysée", MatchKind.PARTY)).containsExactly("GB", "FR");
    assertThat(lexicon.party("GB").orElseThrow().name()).isEqualTo("United Kingdom");
    assertThat(lexicon.partyIdOf("RU")).contains("RU");
  }

  @Test
  void tiesGenericPartiesToCasePartiesByName() {
    CaseLexicon c =
        CaseLexicon.read(
            "tie.lexicon",
            new java.io.StringReader("[party russia]\nname = Russian Federation\nkind = state\n"));
    CompiledLexicon tied = CompiledLexicon.of(GenericLexicon.bundled(), c);
    String text = "The Kremlin said Russian troops stay.";
    assertThat(tied.match(text, 0, text.length()))
        .filteredOn(m -> m.kind() == MatchKind.PARTY)
        .extracting(LexiconMatch::entryId)
        .containsOnly("russia");
    assertThat(tied.partyIdOf("RU")).contains("russia");
  }

  @Test
  void aCasePartysNameInsideAGenericPhraseBelongsToTheCaseParty() {
    CaseLexicon c =
        CaseLexicon.read(
            "budget.lexicon",
            new java.io.StringReader(
                "[party wh]\nname = White House\nkind = organisation\n\n"
                    + "[party gop]\nname = House Republicans\nkind = organisation\n"));
    CompiledLexicon budget = CompiledLexicon.of(GenericLexicon.bundled(), c);
    String text = "The White House said Washington would pay its debts.";

    assertThat(budget.match(text, 0, text.length()))
        .filteredOn(m -> m.kind() == MatchKind.PARTY)
        .extracting(LexiconMatch::matchedText, LexiconMatch::entryId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("White House", "wh"),
            org.assertj.core.groups.Tuple.tuple("Washington", "US"));
  }

  @Test
  void reportsOverlapsAndLetsCallersKeepTheLongest() {
    String text = "Russian Foreign Minister Sergei Lavrov said";
    List<LexiconMatch> all = match(text);
    assertThat(all)
        .extracting(LexiconMatch::kind, LexiconMatch::entryId, LexiconMatch::matchedText)
        .contains(
            tuple(MatchKind.ACTOR, "lavrov", "Russian Foreign Minister"),
            tuple(MatchKind.PARTY, "RU", "Russian"),
            tuple(MatchKind.ROLE, "minister", "Foreign Minister"),
            tuple(MatchKind.ACTOR, "lavrov", "Sergei Lavrov"),
            tuple(MatchKind.REPORTING, "reporting", "said"));
    assertThat(Spans.longestNonOverlapping(all))
        .extracting(LexiconMatch::matchedText)
        .containsExactly("Russian Foreign Minister", "Sergei Lavrov", "said");
  }

  @Test
  void findsItemsAndDocumentsByDescription() {
    assertThat(ids("Moscow wants a halt to NATO's eastward expansion.", MatchKind.ITEM))
        .contains("nato-no-expansion");
    assertThat(ids("a pledge that NATO will never expand further east", MatchKind.ITEM))
        .contains("nato-no-expansion");
    assertThat(ids("guarantees that Kyiv will never be admitted into NATO", MatchKind.ITEM))
        .contains("ukraine-georgia-no-membership");
    assertThat(ids("It offered hotlines and talks on arms control.", MatchKind.ITEM))
        .contains("military-contacts-hotline", "arms-control");
    assertThat(ids("Moscow published its draft treaties.", MatchKind.DOCUMENT))
        .contains("ru-draft-us", "ru-draft-nato");
  }

  @Test
  void recognisesGarbledActorNamesAsFuzzy() {
    List<LexiconMatch> m = match("Bellingen told reporters; Lavrow and Stoltenburg disagreed.");
    assertThat(m)
        .filteredOn(LexiconMatch::fuzzy)
        .extracting(LexiconMatch::entryId, LexiconMatch::matchedText)
        .containsExactly(
            tuple("blinken", "Bellingen"),
            tuple("lavrov", "Lavrow"),
            tuple("stoltenberg", "Stoltenburg"));
    assertThat(match("Zelenskiy and Peskoff").stream().filter(LexiconMatch::fuzzy))
        .extracting(LexiconMatch::entryId)
        .containsExactly("peskov");
  }

  @Test
  void leavesOrdinaryCapitalisedWordsAlone() {
    String text =
        "However, Meanwhile, Blanket statements. Perhaps Brussels. Earlier, Border guards said."
            + " Moreover, Lately, Prices rose. Putting aside, Washing hands, Russet leaves.";
    assertThat(match(text)).noneMatch(LexiconMatch::fuzzy);
  }

  @Test
  void matchesASubRangeWithOffsetsIntoTheWholeText() {
    String text = "Ignore this. Peskov said the Kremlin rejects it.";
    int start = text.indexOf("Peskov");
    List<LexiconMatch> m = lexicon.match(text, start, text.length());
    LexiconMatch peskov = m.get(0);
    assertThat(peskov.entryId()).isEqualTo("peskov");
    assertThat(peskov.start()).isEqualTo(start);
    assertThat(peskov.firstToken()).isZero();
    assertThat(lexicon.tokens(text, start, text.length()).get(peskov.lastToken()).text())
        .isEqualTo("Peskov");
  }

  @Test
  void looksUpEntries() {
    assertThat(lexicon.actor("lavrov").orElseThrow().party()).isEqualTo("RU");
    assertThat(lexicon.item("nato-open-door")).isPresent();
    assertThat(lexicon.document("ru-reply-us").orElseThrow().answers())
        .containsExactly("us-response");
    assertThat(lexicon.act("demand").orElseThrow().cameo()).contains("10");
    assertThat(lexicon.act("reject").orElseThrow().plover()).contains(Plover.REJECT);
    assertThat(lexicon.actor("nobody")).isEmpty();
  }
}
