package dev.parley.io.statement;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A demand told as telling, pressing, pushing or ordering someone to act ("Tarsia pressed Velmar to
 * open the corridor", "she told the employers to raise their offer"): a demand by the one who tells
 * or presses on the one told, and what it asks is no act of the teller.
 */
final class Instructions {
  /** The verbs of telling or pressing someone to act. */
  private static final WordSet VERBS =
      WordSet.of(
          "press",
          "presses",
          "pressed",
          "pressing",
          "push",
          "pushes",
          "pushed",
          "pushing",
          "tell",
          "tells",
          "told",
          "telling",
          "order",
          "orders",
          "ordered",
          "ordering");

  /** The first words of {@link #VERBS}, for a cheap test before the sentence's tokens are read. */
  static final FoldedWords WORDS =
      new FoldedWords(ImmutableList.of("press", "push", "tell", "told", "order"));

  /** Object pronouns that stand for a party told to act ("told them to"). */
  private static final WordSet PRONOUNS = WordSet.of("him", "her", "them");

  /** Words that end the search for the one told: "pressed on with", "pushed for", "told that". */
  private static final WordSet STOPS =
      WordSet.of("on", "for", "ahead", "that", "and", "or", "but", "not", "to");

  /** How many words the one told may take ("the leaders of both hospitals"). */
  private static final int TOLD = 6;

  private Instructions() {}

  /**
   * The demand cues of the sentence's instructions, each from the verb to the one told: one of the
   * verbs, one to six words with no punctuation whose last names a known party or actor, or is an
   * object pronoun ("them") or a word for a group (sides, parties, members...), then "to" or "not
   * to" and a word. "told reporters to expect a deal" names no one of the negotiation, and "pressed
   * for", "pressed on" are read elsewhere.
   */
  static List<Cue> find(Tokens tokens, List<Mention> mentions) {
    List<Cue> found = new ArrayList<>();
    for (int i = 0; i + 3 < tokens.size(); i++) {
      if (VERBS.contains(tokens.get(i))) {
        int told = oneAsked(tokens, i, TOLD, STOPS, t -> namesSomeoneTold(t, mentions));
        if (told > 0) {
          // The cue holds the one told, so that the act after "to" is read as what is asked.
          found.add(
              new Cue(
                  Cue.Kind.ACT, Act.DEMAND.id(), tokens.get(i).start(), tokens.get(told).end()));
        }
      }
    }
    return found;
  }

  /**
   * The index of the last word of the one asked after the verb at {@code verb}, or -1: within
   * {@code reach} words with no punctuation and none of {@code stops}, a word {@code names}
   * accepts, then "to" or "not to" and a word.
   */
  static int oneAsked(
      Tokens tokens, int verb, int reach, WordSet stops, Predicate<Tokens.Token> names) {
    for (int k = verb + 1; k < Math.min(tokens.size() - 2, verb + 1 + reach); k++) {
      Tokens.Token t = tokens.get(k);
      if (!t.isWord() || stops.contains(t)) {
        return -1;
      }
      int to = k + 1;
      if (tokens.get(to).lower().equals("not")) {
        to++;
      }
      if (to + 1 < tokens.size()
          && tokens.get(to).lower().equals("to")
          && tokens.get(to + 1).isWord()
          && names.test(t)) {
        return k;
      }
    }
    return -1;
  }

  /** Whether a word ends the name of a party or an actor, or is a pronoun or a group word. */
  private static boolean namesSomeoneTold(Tokens.Token word, List<Mention> mentions) {
    if (PRONOUNS.contains(word) || AskedActs.GROUPS.contains(word)) {
      return true;
    }
    for (Mention m : mentions) {
      if (m.end() == word.end() && (m.party().isPresent() || m.actor().isPresent())) {
        return true;
      }
    }
    return false;
  }
}
