package dev.parley.io.statement;

/**
 * What an insistence holds: "insisted that Kyiv must comply" demands, "insisted that it had no
 * plans to invade" only claims. Insisting on a claim tells what the speaker holds to be so; the
 * acts in the claim, if any, are the speaker's own.
 */
final class Insistences {
  /** The forms of "insist". */
  private static final WordSet INSIST = WordSet.of("insist", "insists", "insisted", "insisting");

  /** Words of obligation that make the clause a demand: "must comply", "should withdraw". */
  private static final WordSet OBLIGATION =
      WordSet.of("must", "should", "shall", "ought", "need", "needs", "be");

  /** Forms of "have" that, with "to" after them, are an obligation ("has to withdraw"). */
  private static final WordSet HAVE = WordSet.of("has", "have", "had");

  /**
   * Finite verbs that state rather than ask: a form of "be", "have" or "do", or a modal of
   * likelihood ("was never on the table", "had no plans", "would continue").
   */
  private static final WordSet STATING =
      WordSet.of(
          "is", "are", "was", "were", "am", "has", "have", "had", "does", "did", "will", "would",
          "can", "could", "may", "might");

  /** Subject pronouns that open a clause with no "that" ("insisted it had no plans"). */
  private static final WordSet SUBJECTS =
      WordSet.of("it", "he", "she", "they", "we", "i", "you", "there");

  /**
   * How many words after the verb its "that" may stand ("insisted on Monday that"; the lexicon's
   * "insist on" may take in the "on").
   */
  private static final int THAT_REACH = 4;

  /** How many words of the clause are read for its verb. */
  private static final int CLAUSE_WORDS = 12;

  private Insistences() {}

  /**
   * Whether a demand cue is "insist" with a clause that states a claim: the first verb of the
   * clause after "that" (or after the verb, when a pronoun opens it), before any punctuation, is a
   * finite verb that states ("was", "had", "would", a past form), not a word of obligation ("must",
   * "should", "has to", a subjunctive "be"). A clause whose verb is a bare form ("that Kyiv
   * comply") is a subjunctive and so a demand, as is "insist on" and an insistence with no clause.
   */
  static boolean isClaim(Tokens tokens, Cue cue) {
    if (!Act.DEMAND.id().equals(cue.entry())) {
      return false;
    }
    int verb = tokens.indexAt(cue.start());
    int last = tokens.indexBefore(cue.end());
    if (verb < 0 || !isInsist(tokens, verb)) {
      return false;
    }
    if (last != verb && !(last == verb + 1 && tokens.get(last).lower().equals("on"))) {
      return false;
    }
    int clause = clauseStart(tokens, verb);
    if (clause < 0) {
      return false;
    }
    for (int j = clause; j < tokens.size() && j < clause + CLAUSE_WORDS; j++) {
      Tokens.Token t = tokens.get(j);
      if (!t.isWord()) {
        return false;
      }
      String w = t.lower();
      boolean toAfter = j + 1 < tokens.size() && tokens.get(j + 1).lower().equals("to");
      if (OBLIGATION.contains(t) || (HAVE.contains(t) && toAfter)) {
        return false;
      }
      if (STATING.contains(t) || isPastForm(tokens, j, clause)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInsist(Tokens tokens, int verb) {
    return INSIST.contains(tokens.get(verb));
  }

  /**
   * Where the clause an insistence takes begins: after a "that" at most a few words on, with only
   * words between ("insisted on Monday that"), or at a subject pronoun right after the verb; else
   * -1.
   */
  private static int clauseStart(Tokens tokens, int verb) {
    if (verb + 1 < tokens.size() && SUBJECTS.contains(tokens.get(verb + 1))) {
      return verb + 1;
    }
    for (int j = verb + 1; j < tokens.size() && j <= verb + THAT_REACH; j++) {
      Tokens.Token t = tokens.get(j);
      if (!t.isWord()) {
        return -1;
      }
      if (t.lower().equals("that")) {
        return j + 1;
      }
    }
    return -1;
  }

  /** How far into the clause a past form is still its verb: a subject and an adverb before it. */
  private static final int PAST_REACH = 2;

  /**
   * Whether a word is a past form used as the clause's verb: it ends in "-ed", stands after a short
   * subject ("he never wanted", "the talks failed") and no determiner stands right before it ("the
   * proposed deal" is a modifier). Further on, an "-ed" word is more often a modifier inside the
   * clause ("that Beijing write changes into its laws on forced transfers").
   */
  private static boolean isPastForm(Tokens tokens, int j, int clause) {
    return tokens.get(j).lower().endsWith("ed")
        && j > clause
        && j - clause <= PAST_REACH
        && !English.DETERMINERS.contains(tokens.get(j - 1));
  }
}
