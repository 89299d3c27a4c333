package dev.parley.io.statement;

import java.util.List;

/**
 * Negation carried by the subject: "no British minister could accept that", "none of the unions
 * accepted", "nobody on our side would sign". The subject's negative word governs the verb however
 * many words the subject takes, so the act is its negation, as "could not accept" is.
 */
final class NegativeSubjects {
  /** Words that open a negative subject. */
  private static final WordSet NEGATIVE = WordSet.of("no", "none", "nobody", "neither");

  /** Words after which a clause, and so its subject, may begin. */
  private static final WordSet CLAUSE_OPENERS =
      WordSet.of("that", "and", "but", "because", "since", "while", "so", "as");

  /**
   * Words that make the words between no subject and its verb: a verb of their own ("no agreement
   * was reached and the union rejected") or a conjunction.
   */
  private static final WordSet VERB_OR_JOIN =
      WordSet.of(
          "is", "was", "are", "were", "be", "been", "has", "have", "had", "and", "or", "but", "who",
          "which", "that");

  /** How many words from the negative word to the act cue a subject and its modal may take. */
  static final int REACH = 8;

  private NegativeSubjects() {}

  /**
   * Whether the negation ending at token {@code last} opens a negative subject whose verb is the
   * act cue at token {@code first}: the negation is one of "no", "none", "nobody", "neither" at the
   * start of a clause (first in the sentence, after punctuation, a reporting verb ("said no one
   * would sign") or "that", "and", "but" and the like), the act is at most {@link #REACH} words on,
   * and only words stand between, none an act cue, a past form, a form of "be" or "have" or a
   * conjunction ("No deal was reached and the union rejected ..." stays a rejection).
   */
  static boolean governs(Tokens tokens, List<Cue> cues, int last, int first) {
    if (first - last > REACH || !NEGATIVE.contains(tokens.get(last))) {
      return false;
    }
    if (last > 0) {
      Tokens.Token before = tokens.get(last - 1);
      if (before.isWord()
          && !CLAUSE_OPENERS.contains(before)
          && !Cue.anyHolds(cues, Cue.Kind.REPORTING, before)) {
        return false;
      }
    }
    for (int j = last + 1; j < first; j++) {
      Tokens.Token t = tokens.get(j);
      String w = t.lower();
      if (!t.isWord()
          || VERB_OR_JOIN.contains(t)
          || (w.endsWith("ed") && w.length() > 4)
          || Cue.anyHolds(cues, Cue.Kind.ACT, t)) {
        return false;
      }
    }
    return true;
  }
}
