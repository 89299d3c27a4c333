package dev.parley.io.statement;

/**
 * Agreements told as near ("the sides are close to reaching a truce", "closer to agreeing on pay"):
 * the sides are still talking, so the acceptance the cue names is not yet made, and the sentence
 * tells a discussion.
 */
final class Nearness {
  /** Words of nearness before "to": "close to reaching", "closer to agreeing". */
  private static final WordSet NEAR_TO = WordSet.of("close", "closer", "near", "nearer");

  private Nearness() {}

  /**
   * Whether an acceptance cue is told as near: right before it "to" after a word of nearness
   * (close, closer, near, nearer: "close to reaching a deal", "much closer to agreeing on pay").
   * "ready to sign" is no nearness; "on the verge of signing" needs no rule, as a cue after a
   * preposition is no act.
   */
  static boolean isNearAgreement(Tokens tokens, Cue cue) {
    if (!Act.ACCEPT.id().equals(cue.entry())) {
      return false;
    }
    int first = tokens.indexAt(cue.start());
    if (first < 2 || first > tokens.size()) {
      return false;
    }
    return tokens.get(first - 1).lower().equals("to") && NEAR_TO.contains(tokens.get(first - 2));
  }
}
