package dev.parley.io.statement;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The terms of an agreement told as what each side is to do: after an opening "Under the
 * agreement," ("Under the accord, Velmar is to withdraw its troops, while the Front is to disarm"),
 * a party or a group of the sides before "is to", "are to", "will", "shall", or a verb of
 * committing ("undertake to", "commit to", "pledge to", "promise to") accepts the obligation. A
 * rule, a code or a law ("Under the takeover code, the bidder must ...") and a proposal ("Under the
 * plan, ...") open no such account.
 */
final class AgreedTerms {
  /** Nouns of an agreement made by the sides. */
  private static final ImmutableSet<String> AGREEMENTS =
      ImmutableSet.of(
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
  private static final ImmutableSet<String> RULES =
      ImmutableSet.of(
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
  private static final ImmutableSet<String> BINDING = ImmutableSet.of("will", "shall");

  private static final ImmutableSet<String> BE_TO = ImmutableSet.of("is", "are");

  /** The first words of the lexicon's cues of committing, a proposal elsewhere. */
  private static final ImmutableSet<String> COMMITTING =
      ImmutableSet.of(
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

  /** How many words the opening phrase may hold between "Under" and its comma. */
  private static final int OPENING_REACH = 10;

  private AgreedTerms() {}

  /**
   * Whether the sentence may tell terms or a rule, as it must open with "Under": false tells that
   * {@link #find} gives nothing and {@link #toldOfARule} is false, without the sentence's mentions.
   */
  static boolean mayFind(Tokens tokens) {
    return tokens.mayHoldAny(UNDER) && tokens.size() >= 4;
  }

  /**
   * The acceptance cues of the terms the sentence tells: empty unless it opens with "Under", a
   * phrase of at most ten words holding an agreement noun, and a comma. Each "is to", "are to",
   * "will" or "shall" and its verb, with a party or a group of the sides right before, is one; so
   * is each proposal cue of committing ("the two countries undertake to").
   */
  static List<Cue> find(Tokens tokens, List<Mention> mentions, List<Cue> cues) {
    if (!mayFind(tokens)) {
      return ImmutableList.of();
    }
    int comma = openingEnd(tokens);
    if (comma < 0) {
      return ImmutableList.of();
    }
    List<Cue> found = new ArrayList<>();
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.ACT
          && cue.entry().equals(Act.PROPOSE.id())
          && cue.start() > tokens.get(comma).end()
          && COMMITTING.contains(tokens.get(tokens.indexAt(cue.start())).lower())) {
        found.add(new Cue(Cue.Kind.ACT, Act.ACCEPT.id(), cue.start(), cue.end()));
      }
    }
    for (int i = comma + 2; i + 1 < tokens.size(); i++) {
      String w = tokens.get(i).lower();
      int verb = BINDING.contains(w) ? i + 1 : -1;
      if (BE_TO.contains(w) && i + 2 < tokens.size() && tokens.get(i + 1).lower().equals("to")) {
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
    int end = tokens.get(i - 1).end();
    for (Mention m : mentions) {
      if (m.end() == end && (m.party().isPresent() || m.actor().isPresent())) {
        return true;
      }
    }
    return false;
  }

  /** The comma that closes an opening "Under the agreement ...", or -1. */
  private static int openingEnd(Tokens tokens) {
    return openingComma(tokens, AGREEMENTS, ImmutableSet.of());
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
