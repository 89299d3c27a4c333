package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.io.lexicon.CaseLexicon;
import dev.parley.io.lexicon.CompiledLexicon;
import dev.parley.io.lexicon.GenericLexicon;
import dev.parley.io.match.SpelledWords;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The tests a sentence's tokens answer without being split, and the tokens a lexicon's scan gives
 * its words.
 */
class TokensTest {
  private static final List<String> PIECES =
      List.of(
          "got",
          "Got",
          "GOT",
          "go",
          "t",
          "forgot",
          "ago",
          "to",
          "G",
          "o",
          "T",
          "\u212a",
          "\u0130",
          "ſ",
          "é",
          "don't",
          "walk-out",
          " ",
          " ",
          " ",
          ",",
          ".",
          "\u201c",
          "\u00a0");

  @Test
  void aShortWordIsFoundWhateverItsCaseAndNeverMissedInAToken() {
    long seed = 20261124L;
    Random random = new Random(seed);
    for (int round = 0; round < 20_000; round++) {
      String sentence = pieces(random, 12);
      String text = "Lead. " + sentence + " Tail GOT.";
      int start = 6;
      int end = start + sentence.length();
      String word = random.nextBoolean() ? "got" : "to";
      Tokens tokens = Tokens.of(text, start, end);
      boolean held = tokens.mayHoldIgnoringCase(word);
      boolean inAToken = false;
      for (int i = 0; i < tokens.size(); i++) {
        inAToken |= tokens.get(i).lower().contains(word);
      }
      if (inAToken) {
        assertThat(held).as("seed %s: \"%s\" in \"%s\"", seed, word, sentence).isTrue();
      }
      if (sentence.chars().allMatch(c -> c < 128)) {
        assertThat(held)
            .as("seed %s: \"%s\" in \"%s\"", seed, word, sentence)
            .isEqualTo(sentence.toLowerCase(Locale.ROOT).contains(word));
      }
    }
  }

  @Test
  void aShortWordOutsideTheSentenceIsNotFound() {
    String text = "They got it. We left.";
    assertThat(Tokens.of(text, 13, text.length()).mayHoldIgnoringCase("got")).isFalse();
    assertThat(Tokens.of(text, 0, 12).mayHoldIgnoringCase("got")).isTrue();
  }

  @Test
  void theTokenAtAnOffsetIsTheFirstThatEndsAfterIt() {
    long seed = 20261125L;
    Random random = new Random(seed);
    for (int round = 0; round < 5_000; round++) {
      String b = pieces(random, 16);
      String text = "Lead. " + b + " tail";
      int start = 6;
      int end = start + b.length();
      Tokens tokens = Tokens.of(text, start, end);
      for (int offset = start - 1; offset <= end + 1; offset++) {
        int first = 0;
        while (first < tokens.size() && tokens.get(first).end() <= offset) {
          first++;
        }
        assertThat(tokens.indexAt(offset))
            .as("seed %s: offset %s of \"%s\"", seed, offset, b)
            .isEqualTo(first);
        assertThat(tokens.indexBefore(offset)).isEqualTo(first - 1);
      }
    }
  }

  /** Words of the pieces and of the case, whole, cut, across a clitic, a hyphen or a space. */
  private static final List<String> SPELT_PIECES =
      List.of(
          "Moscow ",
          "demanded ",
          "guarantees",
          "NATO",
          "U.S.",
          "1,000",
          "couldn't",
          "won\u2019t",
          "Russia's",
          "allies'",
          "O'Brien",
          "non-enlargement",
          "right to",
          "he",
          "She",
          "them",
          "\u212aIND",
          "K\u0130ND",
          "caf\u00e9",
          "cafe\u0301",
          "2021-22");

  @Test
  void tokensGivenTheLexiconsWordsAreTheTokensOfTheText() {
    List<FoldedWords> sets =
        List.of(
            new FoldedWords(List.of("could", "ouldn")),
            new FoldedWords(List.of("kind", "guarantee")),
            new FoldedWords(List.of("right to", "enlarge")),
            new FoldedWords(List.of("n't k", "won't")),
            new FoldedWords(List.of("demand", "1,000")),
            new FoldedWords(List.of("on-enlarge", "demanded", "s them")));
    Knowledge knowledge =
        new LexiconKnowledge(
            CompiledLexicon.of(
                GenericLexicon.bundled(), CaseLexicon.bundled("security-guarantees-2021")));
    long seed = 20261126L;
    Random random = new Random(seed);
    int tokenCount = 0;
    for (int round = 0; round < 5_000; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        List<String> from = random.nextBoolean() ? PIECES : SPELT_PIECES;
        b.append(from.get(random.nextInt(from.size())));
      }
      String sentence = b.toString();
      String text = "Lead. " + sentence + " Tail.";
      int start = 6;
      int end = start + sentence.length();
      SpelledWords words = new SpelledWords();
      Tokens before = knowledge.scan(text, 0, 5, words).tokens();
      Tokens spelt = knowledge.scan(text, start, end, words).tokens();
      Tokens plain = Tokens.of(text, start, end);
      String what = String.format("seed %s: \"%s\"", seed, sentence);
      for (FoldedWords set : sets) {
        assertThat(spelt.mayHoldAny(set)).as(what).isEqualTo(plain.mayHoldAny(set));
        assertThat(spelt.mayHoldAnyInLowerCase(set))
            .as(what)
            .isEqualTo(plain.mayHoldAnyInLowerCase(set));
      }
      assertThat(spelt.size()).as(what).isEqualTo(plain.size());
      assertThat(before.get(0).lower()).isEqualTo("lead");
      for (int i = 0; i < plain.size(); i++) {
        assertThat(spelt.get(i)).as(what).isEqualTo(plain.get(i));
      }
      tokenCount += plain.size();
    }
    assertThat(tokenCount).as("seed %s", seed).isGreaterThan(10_000);
  }

  @Test
  void aWordSetIsAnsweredFromTheWordsAsFromTheText() {
    FoldedWords vetoes = new FoldedWords(List.of("vetoed"));
    Knowledge knowledge =
        new LexiconKnowledge(
            CompiledLexicon.of(
                GenericLexicon.bundled(), CaseLexicon.bundled("security-guarantees-2021")));
    String text = "A VETO was cast. They VETOED it.";
    SpelledWords words = new SpelledWords();
    assertThat(knowledge.scan(text, 0, 16, words).tokens().mayHoldAny(vetoes)).isFalse();
    assertThat(knowledge.scan(text, 17, text.length(), words).tokens().mayHoldAny(vetoes)).isTrue();
  }

  /** Up to {@code most - 1} pieces drawn at random, joined. */
  @Test
  void aTokenGivesBackTheTraitsItWasMadeWith() {
    long seed = 27;
    Random random = new Random(seed);
    for (int n = 0; n < 20_000; n++) {
      boolean word = random.nextBoolean();
      boolean pronoun = random.nextBoolean();
      // A number, or -1 - n for a word with none when n words were numbered; the bounds too.
      int number =
          switch (n) {
            case 0 -> WordNumbers.MOST - 1;
            case 1 -> -1 - WordNumbers.MOST;
            case 2 -> 0;
            case 3 -> -1;
            default -> random.nextInt(2 * WordNumbers.MOST + 1) - 1 - WordNumbers.MOST;
          };
      Tokens.Token token = new Tokens.Token("w", 3, 4, "w", word, pronoun, number);
      assertThat(token.word()).as("seed %s, token %s", seed, n).isEqualTo(word);
      assertThat(token.isWord()).as("seed %s, token %s", seed, n).isEqualTo(word);
      assertThat(token.pronoun()).as("seed %s, token %s", seed, n).isEqualTo(pronoun);
      assertThat(token.number()).as("seed %s, token %s", seed, n).isEqualTo(number);
      assertThat(token.start()).isEqualTo(3);
      assertThat(token.end()).isEqualTo(4);
    }
  }

  private static String pieces(Random random, int most) {
    StringBuilder b = new StringBuilder();
    for (int i = random.nextInt(most); i > 0; i--) {
      b.append(PIECES.get(random.nextInt(PIECES.size())));
    }
    return b.toString();
  }
}
