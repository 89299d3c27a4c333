package dev.parley.io.statement;

/**
 * Answers told by what they answer with: "responded with a counterproposal", "replied with an
 * offer", "answered with three proposals", "reacted with threats". The answer is the act of the
 * thing it is made with, a proposal, a refusal or a threat, whose subject and negation are those of
 * the verb of answering.
 */
final class AnswersWith {
  /**
   * How many words may stand between "with" and the act's noun: a determiner, a number, a modifier.
   */
  private static final int MODIFIERS = 3;

  /** Words that end the phrase after "with": another clause or another object begins. */
  private static final WordSet BREAKS =
      WordSet.of(
          "and", "but", "or", "that", "which", "who", "to", "by", "from", "on", "of", "for", "in");

  private AnswersWith() {}

  /**
   * Whether {@code act} is what the answer at {@code answer} is made with: a respond cue, "with"
   * right after it, at most three words, then a cue of another act, all in one clause.
   */
  static boolean isAnswerWith(Tokens tokens, Cue answer, Cue act) {
    if (!Act.RESPOND.id().equals(answer.entry())
        || Act.RESPOND.id().equals(act.entry())
        || Act.fromId(act.entry()).isEmpty()) {
      return false;
    }
    int with = tokens.indexBefore(answer.end()) + 1;
    int first = tokens.indexAt(act.start());
    if (with <= 0 || with >= tokens.size() || first <= with || first - with - 1 > MODIFIERS) {
      return false;
    }
    if (!tokens.get(with).lower().equals("with")) {
      return false;
    }
    for (int k = with + 1; k < first; k++) {
      Tokens.Token t = tokens.get(k);
      if (!t.isWord() || BREAKS.contains(t)) {
        return false;
      }
    }
    return true;
  }
}
