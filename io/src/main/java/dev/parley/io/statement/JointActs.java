package dev.parley.io.statement;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The other side of an agreement made "with" someone: "Velmar reached a deal with the insurgents",
 * "signed a truce with Velmar". An agreement takes two, so the party after "with" accepts it as
 * much as the subject does, each towards the other.
 */
final class JointActs {
  private JointActs() {}

  /** Nouns of an agreement made between sides. */
  private static final WordSet AGREEMENTS =
      WordSet.of(
          "agreement",
          "deal",
          "accord",
          "pact",
          "truce",
          "ceasefire",
          "cease-fire",
          "treaty",
          "understanding",
          "settlement",
          "compromise",
          "arrangement");

  /**
   * Verbs of making an agreement, as their forms begin: reach, sign, strike (struck), seal, clinch,
   * conclude, forge, ink. Agreeing to or approving a deal made "with" someone is one side's act
   * alone ("agreed to the deal with Velmar").
   */
  private static final ImmutableSet<String> MAKING =
      ImmutableSet.of(
          "reach", "sign", "strike", "struck", "seal", "clinch", "conclud", "forg", "ink");

  /** How many words may stand between the act cue and "with": the rest of the agreement's noun. */
  private static final int OBJECT_WORDS = 4;

  /**
   * The party after "with" that makes the agreement an accept cue tells with its subject: a verb of
   * making an agreement opening the cue, an agreement noun in the cue or in the few words after it
   * up to "with" ("reached an agreement with", "signed a seven-day truce with"), then "with",
   * perhaps "the", and a known party or actor of another party than the subject's; null if none.
   * "signed the deal with reservations", "agreed with Velmar" (no agreement named) and "agreed to
   * the deal with Velmar" (no verb of making) name no other side.
   */
  static @Nullable Mention partner(
      Tokens tokens, List<Mention> mentions, Cue cue, Optional<String> subjectParty) {
    if (!cue.entry().equals(Act.ACCEPT.id())) {
      return null;
    }
    int first = tokens.indexAt(cue.start());
    if (!isMaking(tokens.get(first).lower())) {
      return null;
    }
    int k = first;
    boolean agreement = false;
    while (k < tokens.size() && tokens.get(k).start() < cue.end()) {
      agreement |= AGREEMENTS.contains(tokens.get(k));
      k++;
    }
    int limit = k + OBJECT_WORDS;
    while (k < tokens.size() && k <= limit && tokens.get(k).isWord()) {
      String w = tokens.get(k).lower();
      if (w.equals("with")) {
        break;
      }
      agreement |= AGREEMENTS.contains(tokens.get(k));
      k++;
    }
    if (!agreement || k >= tokens.size() - 1 || !tokens.get(k).lower().equals("with")) {
      return null;
    }
    int at = tokens.get(k + 1).lower().equals("the") ? k + 2 : k + 1;
    if (at >= tokens.size()) {
      return null;
    }
    for (Mention m : mentions) {
      if (m.isEntity()
          && m.party().isPresent()
          && !m.party().equals(subjectParty)
          && (m.start() == tokens.get(at).start() || m.start() == tokens.get(k + 1).start())) {
        String last = tokens.get(tokens.indexAt(m.end() - 1)).lower();
        int next = tokens.indexAt(m.end());
        boolean possessive =
            last.endsWith("'s")
                || last.endsWith("\u2019s")
                || (next < tokens.size()
                    && next > tokens.indexAt(m.end() - 1)
                    && (tokens.get(next).lower().startsWith("'")
                        || tokens.get(next).lower().startsWith("\u2019")));
        // "with Tarsia's backing": the party owns what is named, it signs nothing.
        return possessive ? null : m;
      }
    }
    return null;
  }

  private static boolean isMaking(String word) {
    for (String stem : MAKING) {
      if (word.startsWith(stem)) {
        return true;
      }
    }
    return false;
  }
}
