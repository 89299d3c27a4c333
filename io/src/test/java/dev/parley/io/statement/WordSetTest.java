package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableSet;
import dev.parley.io.lexicon.CaseLexicon;
import dev.parley.io.lexicon.CompiledLexicon;
import dev.parley.io.lexicon.GenericLexicon;
import dev.parley.io.match.SpelledWords;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A token is in a word set exactly when its lower-case form is one of the set's words. */
class WordSetTest {
  /** Words and marks of a sentence, some in capitals, some in no set, some cut or joined. */
  private static final List<String> VOCABULARY =
      List.of(
          "the",
          "The",
          "THE",
          "if",
          "If",
          "unless",
          "of",
          "Of",
          "agreed",
          "Agreed",
          "said",
          "talks",
          "Moscow",
          "NATO",
          "U.S.",
          "won't",
          "walk-out",
          "caf\u00e9",
          "\u212aind",
          "1,000",
          ",",
          ".",
          "\u201c",
          "-",
          "'",
          "he",
          "She",
          "them",
          "demanded",
          "guarantees",
          "right",
          "to");

  private static final Knowledge KNOWLEDGE =
      new LexiconKnowledge(
          CompiledLexicon.of(
              GenericLexicon.bundled(), CaseLexicon.bundled("security-guarantees-2021")));

  @Test
  void aTokenIsInASetWhenItsLowerCaseFormIs() {
    long seed = 20261124L;
    Random random = new Random(seed);
    List<WordSet> sets = new ArrayList<>();
    List<ImmutableSet<String>> plainSets = new ArrayList<>();
    for (int s = 0; s < 12; s++) {
      List<String> words = new ArrayList<>();
      for (int i = random.nextInt(8); i > 0; i--) {
        String word = VOCABULARY.get(random.nextInt(VOCABULARY.size()));
        // Sets hold words as written, capitals too, which no lower-case form equals.
        words.add(random.nextInt(4) == 0 ? word : word.toLowerCase(java.util.Locale.ROOT));
      }
      sets.add(WordSet.copyOf(words));
      plainSets.add(ImmutableSet.copyOf(words));
    }
    int compared = 0;
    for (int round = 0; round < 3_000; round++) {
      String sentence = sentence(random, 14);
      String text = "Lead. " + sentence + " Tail.";
      int start = 6;
      int end = start + sentence.length();
      Tokens spelt = KNOWLEDGE.scan(text, start, end, new SpelledWords()).tokens();
      Tokens plain = Tokens.of(text, start, end);
      for (Tokens tokens : List.of(spelt, plain)) {
        for (int i = 0; i < tokens.size(); i++) {
          Tokens.Token token = tokens.get(i);
          for (int s = 0; s < sets.size(); s++) {
            assertThat(sets.get(s).contains(token))
                .as("seed %s: \"%s\" in %s", seed, token.lower(), plainSets.get(s))
                .isEqualTo(plainSets.get(s).contains(token.lower()));
            compared++;
          }
        }
      }
    }
    assertThat(compared).as("seed %s", seed).isGreaterThan(100_000);
  }

  @Test
  void aTokenReadBeforeASetWasMadeIsFoundInIt() {
    // Words no other set holds, so that they are numbered only by the sets made here.
    String spelt = "Zorblaxing";
    String plain = "Quillomere";
    String remembered = "Vextrunder";
    String text = spelt + " and " + plain + " met " + remembered + ".";
    Tokens scanned = KNOWLEDGE.scan(text, 0, text.length(), new SpelledWords()).tokens();
    Tokens split = Tokens.of(text, 0, text.length());
    assertThat(split.size()).isEqualTo(6);
    // The thread's memo of words the lexicon does not spell remembers each of them unnumbered.
    WordSet set =
        WordSet.of(
            spelt.toLowerCase(java.util.Locale.ROOT), plain.toLowerCase(java.util.Locale.ROOT));
    WordSet later = WordSet.of(remembered.toLowerCase(java.util.Locale.ROOT));
    assertThat(set.contains(scanned.get(0))).isTrue();
    assertThat(set.contains(split.get(0))).isTrue();
    assertThat(set.contains(split.get(2))).isTrue();
    assertThat(set.contains(split.get(1))).isFalse();
    assertThat(later.contains(split.get(4))).isTrue();
    Tokens again = Tokens.of(text, 0, text.length());
    assertThat(later.contains(again.get(4))).isTrue();
    assertThat(set.contains(again.get(4))).isFalse();
    assertThat(again.get(4).number()).isNotNegative();
  }

  @Test
  void aSetIsTheSetOfItsWords() {
    WordSet set = WordSet.of("if", "unless", "if");
    assertThat(set).containsExactly("if", "unless");
    assertThat(set.contains("if")).isTrue();
    assertThat(set.contains("If")).isFalse();
    assertThat(WordSet.of().contains(Tokens.of("if", 0, 2).get(0))).isFalse();
  }

  @Test
  void wordsKeepTheirNumbersAndThoseBeyondTheRoomHaveNone() {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < WordNumbers.MOST + 10; i++) {
      words.add("w" + i);
    }
    WordNumbers some = WordNumbers.NONE.with(words.subList(0, 100));
    assertThat(some.of("w7")).isEqualTo(7);
    assertThat(some.of("w100")).isEqualTo(-1 - 100);
    WordNumbers all = some.with(words);
    assertThat(all.size()).isEqualTo(WordNumbers.MOST);
    assertThat(all.of("w7")).isEqualTo(7);
    assertThat(all.of("w" + (WordNumbers.MOST - 1))).isEqualTo(WordNumbers.MOST - 1);
    assertThat(all.of("w" + WordNumbers.MOST)).isEqualTo(-1 - WordNumbers.MOST);
    assertThat(all.with(words.subList(0, 10))).isSameAs(all);
  }

  @Test
  void theRulesSetsFindATokenWhenTheyHoldItsLowerCaseForm() throws Exception {
    List<WordSet> rules = rulesSets();
    assertThat(rules).hasSizeGreaterThan(100);
    long seed = 27;
    Random random = new Random(seed);
    int compared = 0;
    for (WordSet set : rules) {
      List<String> words = new ArrayList<>(set);
      for (int round = 0; round < 4; round++) {
        // The set's own words, some capitalised, among words of the vocabulary and marks.
        StringBuilder b = new StringBuilder("Lead. ");
        for (int i = random.nextInt(10) + 2; i > 0; i--) {
          String word =
              random.nextBoolean()
                  ? words.get(random.nextInt(words.size()))
                  : VOCABULARY.get(random.nextInt(VOCABULARY.size()));
          b.append(random.nextInt(3) == 0 ? Ascii.toUpperCase(word) : word);
          b.append(random.nextInt(5) == 0 ? ", " : " ");
        }
        String text = b.append("Tail.").toString();
        int end = text.length() - 6;
        Tokens spelt = KNOWLEDGE.scan(text, 6, end, new SpelledWords()).tokens();
        Tokens plain = Tokens.of(text, 6, end);
        for (Tokens tokens : List.of(spelt, plain)) {
          for (int i = 0; i < tokens.size(); i++) {
            Tokens.Token token = tokens.get(i);
            assertThat(set.contains(token))
                .as("seed %s: \"%s\" in %s", seed, token.lower(), set)
                .isEqualTo(set.contains(token.lower()));
            compared++;
          }
        }
      }
    }
    assertThat(compared).as("seed %s", seed).isGreaterThan(1_000);
  }

  /** The word sets the statement rules keep in static fields, read from the package's classes. */
  private static List<WordSet> rulesSets() throws Exception {
    List<WordSet> sets = new ArrayList<>();
    Path folder = Path.of(WordSet.class.getResource("WordSet.class").toURI()).getParent();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".class")) {
          continue;
        }
        Class<?> type =
            Class.forName(
                WordSet.class.getPackageName() + "." + name.substring(0, name.length() - 6));
        for (Field field : type.getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers()) && field.getType() == WordSet.class) {
            field.setAccessible(true);
            sets.add((WordSet) field.get(null));
          }
        }
      }
    }
    return sets;
  }

  /** Up to {@code most - 1} words of the vocabulary, each followed by a space or not. */
  private static String sentence(Random random, int most) {
    StringBuilder b = new StringBuilder();
    for (int i = random.nextInt(most); i > 0; i--) {
      b.append(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
      if (random.nextInt(4) != 0) {
        b.append(' ');
      }
    }
    return b.toString();
  }
}
