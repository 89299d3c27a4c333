package dev.parley.io.statement;

/**
 * Talks named as the object of a verb of holding ("would hold a bilateral meeting", "have been
 * holding separate talks"): the verb's subject is the subject of the talks, so a pair of names or a
 * group of the sides before the verb ("Velmar and the insurgents would hold a bilateral meeting",
 * "the two sides would hold a meeting") are the ones who talk.
 */
final class HeldTalks {
  /**
   * How many words (a determiner, a number, modifiers) may stand between the verb and the talks.
   */
  private static final int BETWEEN = 3;

  private HeldTalks() {}

  /**
   * The token of the verb of holding ({@code English.HOLDING_VERBS}) whose object a discuss cue is,
   * with at most three words between that are no auxiliary, adverb, preposition, conjunction or
   * punctuation ("hold a bilateral meeting", "holding separate talks", "held two long meetings");
   * -1 when the cue is no such object ("held that talks", "hosted the union for talks").
   */
  static int verbOf(Tokens tokens, Cue act) {
    if (!Act.DISCUSS.id().equals(act.entry())) {
      return -1;
    }
    int first = tokens.indexAt(act.start());
    for (int j = first - 1; j >= 0 && j >= first - 1 - BETWEEN; j--) {
      Tokens.Token t = tokens.get(j);
      String w = t.lower();
      if (English.HOLDING_VERBS.contains(t)) {
        return j;
      }
      if (!t.isWord()
          || Attribution.isAuxiliaryOrAdverb(w)
          || English.PREPOSITIONS.contains(t)
          || English.CONJUNCTIONS.contains(t)
          || w.equals("that")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The token where the subject of a discuss cue is sought from: its verb of holding, or itself.
   */
  static int predicateStart(Tokens tokens, Cue act) {
    int verb = verbOf(tokens, act);
    return verb >= 0 ? verb : tokens.indexAt(act.start());
  }
}
