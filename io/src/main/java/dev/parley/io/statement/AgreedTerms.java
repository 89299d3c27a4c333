package dev.parley.io.statement;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The terms of an agreement told as what each side is to do: after an opening "Under the
 * agreement," ("Under the accord, Velmar is to withdraw its troops, while the Front is to disarm"),
 * after "under the deal" inside the sentence ("said that under the deal Velmar will ..."), or after
 * the agreement told of as a text ("The memorandum says that Velmar will ..."), a party or a group
 * of the sides before "is to", "are to", "will", "shall", or a verb of committing ("undertake to",
 * "commit to", "pledge to", "promise to") accepts the obligation. A rule, a code or a law ("Under
 * the takeover code, the bidder must ...") and a proposal ("Under the plan, ...") open no such
 * account.
 */
final class AgreedTerms {
  /** Nouns of an agreement made by the sides. */
  private static final WordSet AGREEMENTS =
      WordSet.of(
          "agreement",
          "deal",
          "accord",
          "accords",
          "truce",
          "ceasefire",
          "cease-fire",
          "pact",
          "treaty",
          "framework",
          "arrangement",
          "understanding",
          "settlement",
          "memorandum",
          "compact");

  /** Nouns of a rule, a code or a law: what it says a party must do is no act of the party. */
  private static final WordSet RULES =
      WordSet.of(
          "code",
          "law",
          "laws",
          "rule",
          "rules",
          "regulation",
          "regulations",
          "constitution",
          "statute",
          "statutes",
          "procedure",
          "procedures",
          "legislation");

  /** Words of a term that binds the subject: "is to", "will", "shall". */
  private static final WordSet BINDING = WordSet.of("will", "shall");

  private static final WordSet BE_TO = WordSet.of("is", "are");

  /** The first words of the lexicon's cues of committing, a proposal elsewhere. */
  private static final WordSet COMMITTING =
      WordSet.of(
          "undertake",
          "undertakes",
          "undertook",
          "commit",
          "commits",
          "committed",
          "pledge",
          "pledges",
          "pledged",
          "promise",
          "promises",
          "promised");

  private static final FoldedWords UNDER = new FoldedWords(ImmutableList.of("under"));

  /** The agreement nouns of four chars or more, for a cheap test of a text that tells terms. */
  private static final FoldedWords AGREEMENT_WORDS =
      new FoldedWords(AGREEMENTS.stream().filter(w -> w.length() >= 4).toList());

  /** Verbs by which a text tells what it holds: "the memorandum says that ...". */
  private static final WordSet TELLING =
      WordSet.of(
          "says",
          "said",
          "states",
          "stated",
          "provides",
          "stipulates",
          "stipulated",
          "specifies",
          "specified",
          "foresees",
          "envisages",
          "requires",
          "sets");

  /** Verbs by which an agreement that opens a sentence holds its terms: "The deal includes". */
  private static final WordSet HOLDING =
      WordSet.copyOf(
          ImmutableSet.<String>builder()
              .addAll(TELLING)
              .add(
                  "addresses",
                  "includes",
                  "included",
                  "contains",
                  "covers",
                  "commits",
                  "obliges",
                  "binds",
                  "lists")
              .build());

  /** Words that may stand between a determiner and the agreement noun: "the joint memorandum". */
  private static final int NOUN_MODIFIERS = 3;

  /** Determiners that open the noun of an agreement told of as a text: "the", "this", "their". */
  private static final WordSet DETERMINERS =
      WordSet.of("the", "this", "that", "its", "their", "our", "a", "an");

  /** How many words the opening phrase may hold between "Under" and its comma. */
  private static final int OPENING_REACH = 10;

  private AgreedTerms() {}

  /**
   * Whether the sentence may tell terms or a rule, as it must open with "Under": false tells that
   * {@link #find} gives nothing and {@link #toldOfARule} is false, without the sentence's mentions.
   */
  static boolean mayFind(Tokens tokens) {
    return (tokens.mayHoldAny(UNDER) || tokens.mayHoldAny(AGREEMENT_WORDS)) && tokens.size() >= 4;
  }

  /**
   * The acceptance cues of the terms the sentence tells: empty unless it opens with "Under", a
   * phrase of at most ten words holding an agreement noun, and a comma; or holds "under the deal"
   * after "that" or a comma; or tells what an agreement says ("The memorandum says that"). After
   * that, each "is to", "are to", "will" or "shall" and its verb, with a party or a group of the
   * sides right before, is one; so is each proposal cue of committing ("the two countries undertake
   * to").
   */
  static List<Cue> find(Tokens tokens, List<Mention> mentions, List<Cue> cues) {
    if (!mayFind(tokens)) {
      return ImmutableList.of();
    }
    int comma = termsStart(tokens);
    return comma < 0 ? ImmutableList.of() : termsAfter(tokens, mentions, cues, comma);
  }

  /**
   * The acceptance cues of a sentence that goes on telling the terms of an agreement its paragraph
   * has told of ("The accord covers the port dispute. Velmar commits to open the corridor, and the
   * insurgents will release their prisoners."): the terms as {@link #find} reads them, from the
   * sentence's first word.
   */
  static List<Cue> continued(Tokens tokens, List<Mention> mentions, List<Cue> cues) {
    return tokens.size() < 3 ? ImmutableList.of() : termsAfter(tokens, mentions, cues, -1);
  }

  /**
   * Whether the sentence tells of an agreement's terms, so that the rest of its paragraph may go on
   * telling them: it tells terms as {@link #find} reads them, or it opens with an agreement as the
   * subject of a verb of holding or telling ("The accord covers the port dispute", "The deal
   * includes ...").
   */
  static boolean tellsTerms(Tokens tokens) {
    if (!mayFind(tokens)) {
      return false;
    }
    if (termsStart(tokens) >= 0) {
      return true;
    }
    int noun = agreementNounAfter(tokens, 0);
    return noun > 0 && noun + 1 < tokens.size() && HOLDING.contains(tokens.get(noun + 1));
  }

  private static List<Cue> termsAfter(
      Tokens tokens, List<Mention> mentions, List<Cue> cues, int comma) {
    int from = comma < 0 ? -1 : tokens.get(comma).end();
    List<Cue> found = new ArrayList<>();
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.ACT
          && cue.entry().equals(Act.PROPOSE.id())
          && cue.start() > from
          && COMMITTING.contains(tokens.get(tokens.indexAt(cue.start())))) {
        found.add(new Cue(Cue.Kind.ACT, Act.ACCEPT.id(), cue.start(), cue.end()));
      }
    }
    for (int i = Math.max(1, comma + 2); i + 1 < tokens.size(); i++) {
      Tokens.Token token = tokens.get(i);
      String w = token.lower();
      int verb = BINDING.contains(token) ? i + 1 : -1;
      if (BE_TO.contains(token)
          && i + 2 < tokens.size()
          && tokens.get(i + 1).lower().equals("to")) {
        verb = i + 2;
      }
      if (verb < 0 || !tokens.get(verb).isWord() || tokens.get(verb).lower().equals("be")) {
        continue;
      }
      Cue term =
          new Cue(Cue.Kind.ACT, Act.ACCEPT.id(), tokens.get(i).start(), tokens.get(verb).end());
      if (namedRightBefore(tokens, mentions, i)
          || GroupSubjects.of(tokens, cues, term, word -> false).isPresent()) {
        found.add(term);
      }
    }
    return found;
  }

  /**
   * Whether the sentence tells what a rule, a code or a law provides: it opens with "Under", at
   * most ten words holding a noun of a rule and no noun of an agreement, and a comma ("Under the UK
   * Takeover Code, if the bidder does not ..."). Its acts are the rule's, no party's.
   */
  static boolean toldOfARule(Tokens tokens) {
    return mayFind(tokens) && openingComma(tokens, RULES, AGREEMENTS) >= 0;
  }

  /** Whether a party or an actor is named right before token {@code i}: "Velmar is to". */
  private static boolean namedRightBefore(Tokens tokens, List<Mention> mentions, int i) {
    return i > 0 && namedEndingAt(mentions, tokens.get(i - 1).end()) != null;
  }

  /**
   * The party or actor a term binds: the one named right before it ("that under the deal Velmar
   * will open", "the memorandum says that the insurgents shall disarm"), whoever tells the terms;
   * null if the term has no name right before it (a group of the sides).
   */
  static @Nullable Mention boundBy(Tokens tokens, List<Mention> mentions, Cue term) {
    int i = tokens.indexAt(term.start());
    return i > 0 ? namedEndingAt(mentions, tokens.get(i - 1).end()) : null;
  }

  private static @Nullable Mention namedEndingAt(List<Mention> mentions, int end) {
    for (Mention m : mentions) {
      if (m.end() == end && m.isEntity() && (m.party().isPresent() || m.actor().isPresent())) {
        return m;
      }
    }
    return null;
  }

  /**
   * The token after which the terms are told, or -1: the comma that closes an opening "Under the
   * agreement ..."; the agreement noun of "under the deal" after "that" or a comma ("said that
   * under the deal Velmar will ..."), or the comma that closes that phrase; or the "that" after an
   * agreement told of as a text ("The memorandum says that ...", "the accord stipulates that ...").
   */
  private static int termsStart(Tokens tokens) {
    int comma = openingComma(tokens, AGREEMENTS, ImmutableSet.of());
    if (comma >= 0) {
      return comma;
    }
    for (int i = 1; i + 3 < tokens.size(); i++) {
      Tokens.Token token = tokens.get(i);
      String w = token.lower();
      String before = tokens.get(i - 1).lower();
      if (w.equals("under") && (before.equals("that") || before.equals(","))) {
        int noun = agreementNounAfter(tokens, i + 1);
        if (noun > 0) {
          return noun + 1 < tokens.size() && tokens.get(noun + 1).lower().equals(",")
              ? noun + 1
              : noun;
        }
      }
      if (TELLING.contains(token)
          && tokens.get(i + 1).lower().equals("that")
          && AGREEMENTS.contains(tokens.get(i - 1))
          && agreementNounAfter(tokens, openingDeterminer(tokens, i - 1)) == i - 1) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The index of the agreement noun of a phrase at {@code from}: a determiner, at most three
   * modifiers, the noun; -1 if none.
   */
  private static int agreementNounAfter(Tokens tokens, int from) {
    if (from < 0 || from >= tokens.size() || !DETERMINERS.contains(tokens.get(from))) {
      return -1;
    }
    for (int k = from + 1; k < Math.min(tokens.size(), from + 2 + NOUN_MODIFIERS); k++) {
      Tokens.Token t = tokens.get(k);
      if (!t.isWord()) {
        return -1;
      }
      if (AGREEMENTS.contains(t)) {
        return k;
      }
    }
    return -1;
  }

  /** The determiner that opens the noun phrase ending at {@code noun}, or -1. */
  private static int openingDeterminer(Tokens tokens, int noun) {
    for (int k = noun - 1; k >= Math.max(0, noun - 1 - NOUN_MODIFIERS); k--) {
      if (DETERMINERS.contains(tokens.get(k))) {
        return k;
      }
      if (!tokens.get(k).isWord()) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The comma that closes an opening "Under" phrase of at most ten words holding one of {@code
   * nouns} and none of {@code barred}, or -1.
   */
  private static int openingComma(Tokens tokens, Set<String> nouns, Set<String> barred) {
    if (!tokens.get(0).lower().equals("under")) {
      return -1;
    }
    boolean named = false;
    for (int k = 1; k < Math.min(tokens.size(), OPENING_REACH + 2); k++) {
      String w = tokens.get(k).lower();
      if (w.equals(",")) {
        return named ? k : -1;
      }
      if (!tokens.get(k).isWord() || barred.contains(w)) {
        return -1;
      }
      named |= nouns.contains(w);
    }
    return -1;
  }
}
