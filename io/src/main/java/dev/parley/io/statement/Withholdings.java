package dev.parley.io.statement;

/**
 * Refusals to say rather than to agree: "declined to comment", "refused to say what it would take".
 * Declining to speak to the press withholds information, and rejects nothing of the other side;
 * what is left unsaid ("would not say whether it would accept") is an open question, no act.
 */
final class Withholdings {
  /** The forms of the verbs of declining that the generic lexicon reads as a rejection. */
  private static final WordSet DECLINING =
      WordSet.of(
          "decline",
          "declines",
          "declined",
          "declining",
          "refuse",
          "refuses",
          "refused",
          "refusing");

  /** Verbs of saying or telling, whose refusal withholds words, not consent. */
  private static final WordSet SAYING =
      WordSet.of(
          "say",
          "comment",
          "elaborate",
          "speculate",
          "specify",
          "disclose",
          "reveal",
          "confirm",
          "detail",
          "identify",
          "name",
          "explain");

  /** Nouns of information that, after "give" or "provide", make the verb one of telling. */
  private static final WordSet DETAILS = WordSet.of("details", "specifics", "figures", "comment");

  /** Forms of "say" besides the base form in {@link #SAYING}. */
  private static final WordSet SAY_FORMS =
      WordSet.of("says", "said", "saying", "comments", "commented", "specified", "disclosed");

  /** Words that open an indirect question after a verb of saying ("say when", "say what"). */
  private static final WordSet QUESTION_WORDS =
      WordSet.of("what", "when", "how", "why", "which", "who", "if", "where");

  /** Words that withhold the saying before it: "would not say", "declined to say". */
  private static final WordSet WITHHOLDING =
      WordSet.of(
          "not", "n't", "never", "to", "won't", "wouldn't", "didn't", "doesn't", "cannot", "can't");

  /** How many words before the verb of saying the withholding word may stand ("did not say"). */
  private static final int WITHHOLDING_REACH = 2;

  /** How many words after the verb of declining the noun "comment" may stand. */
  private static final int COMMENT_REACH = 4;

  private Withholdings() {}

  /** Whether the lower-case word is the base form of a verb of saying or telling ("comment"). */
  static boolean isVerbOfSaying(String lower) {
    return SAYING.contains(lower);
  }

  /**
   * Whether an act cue stands in an open question rather than telling an act: a clause opened by
   * "whether" ("it is unclear whether Moscow will accept", "would not say whether it would improve
   * its offer"), or by a question word after a verb of saying that is negated or declined ("would
   * not say what it would demand", "declined to say when it would respond"); the clause runs to the
   * next punctuation. "said what it would demand" tells the act.
   */
  static boolean isInOpenQuestion(Tokens tokens, Cue act) {
    for (int j = tokens.indexAt(act.start()) - 1; j >= 0; j--) {
      Tokens.Token t = tokens.get(j);
      if (!t.isWord()) {
        return false;
      }
      if (t.lower().equals("whether")) {
        return true;
      }
      if (QUESTION_WORDS.contains(t) && j > 0 && isWithheldSaying(tokens, j - 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWithheldSaying(Tokens tokens, int verb) {
    Tokens.Token token = tokens.get(verb);
    String w = token.lower();
    if (!SAYING.contains(token) && !SAY_FORMS.contains(token)) {
      return false;
    }
    for (int j = verb - 1; j >= Math.max(0, verb - WITHHOLDING_REACH); j--) {
      Tokens.Token beforeToken = tokens.get(j);
      String before = beforeToken.lower();
      if (WITHHOLDING.contains(beforeToken)
          && (!before.equals("to") || (j > 0 && DECLINING.contains(tokens.get(j - 1))))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an act cue is a verb of declining whose infinitive is a verb of saying: "declined to
   * comment", "refused to say whether ...", "declined to give details", "declined further comment",
   * "declined a request for comment". "declined to discuss the offer" and "refused to sign" stay
   * rejections.
   */
  static boolean isRefusalToSay(Tokens tokens, Cue cue) {
    if (!Act.REJECT.id().equals(cue.entry())) {
      return false;
    }
    int verb = tokens.indexBefore(cue.end());
    if (verb < 0 || !DECLINING.contains(tokens.get(verb))) {
      return false;
    }
    int to = verb + 1;
    if (to + 1 >= tokens.size() || !tokens.get(to).lower().equals("to")) {
      // "declined further comment", "declined a request for comment": comment is what is refused.
      for (int j = to; j < Math.min(tokens.size(), to + COMMENT_REACH); j++) {
        String w = tokens.get(j).lower();
        if (w.equals("comment") || w.equals("comments")) {
          return true;
        }
      }
      return false;
    }
    String said = tokens.get(to + 1).lower();
    if (said.equals("give") || said.equals("provide")) {
      return to + 2 < tokens.size() && DETAILS.contains(tokens.get(to + 2));
    }
    return SAYING.contains(tokens.get(to + 1));
  }
}
