package dev.parley.io.statement;

/**
 * Talks named in a relative clause that describes someone: "the bloc, which negotiates for 130
 * countries, said ...", "island states, which negotiated together as one group, pressed for ...",
 * "delegates who had negotiated for 38 hours". The clause says whom a side speaks for, with whom or
 * how long it talked: it describes the side, it is no act of discussion.
 */
final class Descriptions {
  /** Relative pronouns that open such a clause. */
  private static final WordSet RELATIVES = WordSet.of("which", "who");

  /** Auxiliaries that may stand between the pronoun and the verb. */
  private static final WordSet AUXILIARIES =
      WordSet.of(
          "has", "have", "had", "is", "are", "was", "were", "been", "usually", "often", "also",
          "long", "jointly");

  /**
   * Words after the verb that make it describe: for whom or how long ("for"), with whom
   * ("together", "alongside", "jointly"), as what ("as"), in whose name ("on behalf").
   */
  private static final WordSet DESCRIBING =
      WordSet.of("for", "together", "alongside", "jointly", "as");

  private Descriptions() {}

  /**
   * Whether a discuss cue is the verb of a relative clause that describes its antecedent: "which"
   * or "who", at most two auxiliaries or adverbs, the one-word cue, then "for", "together",
   * "alongside", "as" or "on behalf".
   */
  static boolean isDescription(Tokens tokens, Cue cue) {
    if (!cue.entry().equals(Act.DISCUSS.id())) {
      return false;
    }
    int at = tokens.indexAt(cue.start());
    if (at < 1 || tokens.indexBefore(cue.end()) != at || at + 1 >= tokens.size()) {
      return false;
    }
    int k = at - 1;
    while (k > 0 && k >= at - 2 && AUXILIARIES.contains(tokens.get(k))) {
      k--;
    }
    if (!RELATIVES.contains(tokens.get(k))) {
      return false;
    }
    String next = tokens.get(at + 1).lower();
    return DESCRIBING.contains(tokens.get(at + 1))
        || (next.equals("on")
            && at + 2 < tokens.size()
            && tokens.get(at + 2).lower().equals("behalf"));
  }
}
