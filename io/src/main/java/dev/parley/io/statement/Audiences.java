package dev.parley.io.statement;

/**
 * A meeting told to is the speaker's audience, not an act of discussing: "told the meeting that the
 * union would strike", "told a meeting of nurses", "addressing the talks". The meeting is where the
 * speaker spoke; what was said there keeps its own act, if any.
 */
final class Audiences {
  /** Verbs whose object is whom the speaker spoke to. */
  private static final WordSet ADDRESSING =
      WordSet.of(
          "tell",
          "tells",
          "told",
          "telling",
          "address",
          "addresses",
          "addressed",
          "addressing",
          "brief",
          "briefs",
          "briefed",
          "briefing");

  /** Determiners and words of a meeting's kind that may stand between the verb and the meeting. */
  private static final int REACH = 3;

  private Audiences() {}

  /**
   * Whether a discuss cue is the object of a verb of telling or addressing: the verb at most three
   * words before it, a word of its own noun phrase first ("told the weekly meeting"), with no
   * punctuation between.
   */
  static boolean isAudience(Tokens tokens, Cue cue) {
    if (!Act.DISCUSS.id().equals(cue.entry())) {
      return false;
    }
    int at = tokens.indexAt(cue.start());
    boolean determiner = false;
    for (int j = at - 1; j >= Math.max(0, at - 1 - REACH); j--) {
      Tokens.Token t = tokens.get(j);
      if (!t.isWord() && !t.text().startsWith("'")) {
        return false;
      }
      if (ADDRESSING.contains(t)) {
        return determiner;
      }
      determiner |= English.DETERMINERS.contains(t);
    }
    return false;
  }
}
