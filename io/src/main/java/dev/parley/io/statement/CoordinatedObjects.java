package dev.parley.io.statement;

import java.util.List;

/**
 * The coordinated objects of an act: "will discuss pay, class sizes and the pension plan" is on all
 * three, though commas stand between them. Members are noun phrases or verb phrases joined by
 * commas and a last "and", "or" or "as well as" under the act's one verb; the list ends where a
 * comma opens something that is no member: a clause of its own (a subject and a verb, a relative or
 * subordinate clause, a reporting verb, a quote), a phrase of a preposition ("as part of the
 * talks"), or a participle ("saying").
 */
final class CoordinatedObjects {
  private CoordinatedObjects() {}

  /** Words that join the last member of a list to the others. */
  private static final WordSet COORDINATORS = WordSet.of("and", "or", "nor");

  /**
   * Words that, opening what follows a comma, make it no member of the list: relative and
   * subordinate clauses, participles and adverbs that tell of something else.
   */
  private static final WordSet OPENERS =
      WordSet.of(
          "which",
          "who",
          "whom",
          "whose",
          "where",
          "when",
          "that",
          "because",
          "since",
          "although",
          "though",
          "if",
          "unless",
          "as",
          "so",
          "then",
          "according",
          "saying",
          "adding",
          "including",
          "not",
          "it",
          "there",
          "after",
          "before",
          "until",
          "during",
          "amid",
          "following",
          "despite");

  /** Pronouns that are the subject of a clause of their own. */
  private static final WordSet SUBJECT_PRONOUNS = WordSet.of("i", "we", "he", "she", "they");

  /** Verbs that make a member a clause of its own: auxiliaries, modals and copulas. */
  private static final WordSet FINITE =
      WordSet.of(
          "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
          "should", "must", "may", "might", "shall", "did", "does", "do");

  /** How many members after the first the list may have. */
  private static final int MEMBERS = 8;

  /**
   * The offset in the text where the coordinated list of objects that follows {@code act} ends, or
   * -1 when the act has no such list reaching past a comma ("discussed pay, Carter said" has none;
   * "discussed pay and class sizes" needs none).
   */
  static int endOf(Tokens tokens, List<Cue> cues, Cue act) {
    int k = tokens.indexAt(act.end());
    int comma = -1;
    for (int j = k; j < tokens.size(); j++) {
      Tokens.Token t = tokens.get(j);
      if (t.text().equals(",")) {
        comma = j;
        break;
      }
      if (isClauseEnd(t)) {
        return -1;
      }
    }
    if (comma <= k || !isClosedAfter(tokens, comma) || !isMember(tokens, cues, k, comma, true)) {
      return -1;
    }
    int from = comma + 1;
    for (int m = 0; m < MEMBERS && from < tokens.size(); m++) {
      int to = from;
      boolean coordinated = false;
      while (to < tokens.size()
          && !tokens.get(to).text().equals(",")
          && !isClauseEnd(tokens.get(to))) {
        coordinated |= COORDINATORS.contains(tokens.get(to)) || isAsWellAs(tokens, to);
        to++;
      }
      int start =
          isAsWellAs(tokens, from)
              ? from + 3
              : from < to && COORDINATORS.contains(tokens.get(from)) ? from + 1 : from;
      if (!isMember(tokens, cues, start, to, false)) {
        return -1;
      }
      if (coordinated) {
        int last = to - 1;
        while (last > start && !tokens.get(last).isWord()) {
          last--;
        }
        return tokens.get(last).end();
      }
      if (to >= tokens.size() || !tokens.get(to).text().equals(",")) {
        return -1;
      }
      from = to + 1;
    }
    return -1;
  }

  /**
   * Whether a coordinator stands after the comma at {@code comma} before the clause ends: the cheap
   * test before any member is read.
   */
  private static boolean isClosedAfter(Tokens tokens, int comma) {
    for (int j = comma + 1; j < tokens.size() && !isClauseEnd(tokens.get(j)); j++) {
      if (COORDINATORS.contains(tokens.get(j)) || isAsWellAs(tokens, j)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code cue}, an act's noun ("refusal", "withdrawal"), opens a member of the list of
   * objects of {@code previous}, after a comma or a coordinator and perhaps a determiner: it is
   * then a thing the earlier act is on ("discuss the missiles, refusal to expand and ..."), no act
   * of its own.
   */
  static boolean isMember(Tokens tokens, List<Cue> cues, Cue previous, Cue cue) {
    int first = tokens.indexAt(cue.start());
    if (first <= 0 || first >= tokens.size() || !Grammar.isNounForm(tokens.get(first).lower())) {
      return false;
    }
    int before = first - 1;
    if (English.DETERMINERS.contains(tokens.get(before)) && before > 0) {
      before--;
    }
    Tokens.Token joint = tokens.get(before);
    if (!joint.text().equals(",") && !COORDINATORS.contains(joint)) {
      return false;
    }
    return endOf(tokens, cues, previous) >= cue.end();
  }

  /**
   * Whether the tokens from {@code start} to {@code end} may be a member of a list of objects; the
   * first, right after the act, may open with a preposition ("talk about pay").
   */
  private static boolean isMember(
      Tokens tokens, List<Cue> cues, int start, int end, boolean first) {
    if (start >= end) {
      return false;
    }
    Tokens.Token opening = tokens.get(start);
    if (!first
        && (!opening.isWord()
            || OPENERS.contains(opening)
            || (English.PREPOSITIONS.contains(opening) && !opening.lower().equals("to")))) {
      return false;
    }
    for (int j = start; j < end; j++) {
      Tokens.Token t = tokens.get(j);
      if (isQuoteMark(t) || SUBJECT_PRONOUNS.contains(t) || FINITE.contains(t)) {
        return false;
      }
      if (j > start && isVerbAfterSubject(tokens, cues, j)) {
        return false;
      }
      if (startsCue(cues, t, Cue.Kind.REPORTING)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the word at {@code j} is a verb with its subject before it: a past form after a name
   * ("Mercy offered"), an act's verb after a noun ("the union rejected"), not after a determiner, a
   * preposition or a coordinator ("the refusal", "and reduce").
   */
  private static boolean isVerbAfterSubject(Tokens tokens, List<Cue> cues, int j) {
    Tokens.Token t = tokens.get(j);
    Tokens.Token before = tokens.get(j - 1);
    if (!before.isWord()) {
      return false;
    }
    if (before.isCapitalised() && t.lower().endsWith("ed")) {
      return true;
    }
    return startsCue(cues, t, Cue.Kind.ACT)
        && !Grammar.isNounForm(t.lower())
        && !English.DETERMINERS.contains(before)
        && !English.PREPOSITIONS.contains(before)
        && !COORDINATORS.contains(before)
        && !English.MODIFIERS.contains(before);
  }

  private static boolean startsCue(List<Cue> cues, Tokens.Token t, Cue.Kind kind) {
    for (Cue cue : cues) {
      if (cue.kind() == kind && cue.start() == t.start()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsWellAs(Tokens tokens, int j) {
    return j + 2 < tokens.size()
        && tokens.get(j).lower().equals("as")
        && tokens.get(j + 1).lower().equals("well")
        && tokens.get(j + 2).lower().equals("as");
  }

  /** Whether the token ends the act's clause outright: a boundary other than a comma, a quote. */
  private static boolean isClauseEnd(Tokens.Token t) {
    return (!t.text().equals(",") && Clauses.isBoundary(t)) || isQuoteMark(t);
  }

  private static boolean isQuoteMark(Tokens.Token t) {
    String w = t.text();
    return w.equals("\"") || w.equals("\u201c") || w.equals("\u201d");
  }
}
