package dev.parley.io.statement;

import java.util.List;

/**
 * Act words that only name an event a sentence tells of in passing, not an act it reports: a
 * participle after a noun that says how that thing came about ("the 1.5 degree goal, agreed last
 * year in Glasgow,"), and a meeting inside a clause of time ("since the two sides last met").
 */
final class BackgroundEvents {
  private BackgroundEvents() {}

  /** Conjunctions that open a clause of time. */
  private static final WordSet TIME_CONJUNCTIONS =
      WordSet.of("since", "after", "before", "until", "till", "when", "while", "once");

  /**
   * How many words the subject of a time clause and its adverbs may take ("the two sides last").
   */
  private static final int TIME_CLAUSE_WORDS = 6;

  /** How many words the adverbials after a reduced participle may take ("last year in Glasgow"). */
  private static final int ADVERBIAL_WORDS = 6;

  /** Words after a participle that make it a verb with a complement, not a reduced relative. */
  private static final WordSet COMPLEMENT_WORDS = WordSet.of("to", "that", "with", "not", "upon");

  /** Finite auxiliaries and modals: the stretch that has one has its verb. */
  private static final WordSet FINITE_AUXILIARIES =
      WordSet.of(
          "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "may",
          "might", "must", "should", "did", "does", "do");

  /** Words that open a parenthesis after a subject ("The union, after long talks, agreed"). */
  private static final WordSet PARENTHESIS_OPENERS =
      WordSet.of("which", "who", "whose", "after", "before", "despite", "in", "at", "on");

  /**
   * Whether a meeting (a discussion act) is the verb of a clause of time: "since", "after",
   * "before", "when" and the like, then its subject and adverbs, then the verb ("since the two
   * sides last met", "after they met in Oslo"), with no punctuation between. The meeting only says
   * when something else happened.
   */
  static boolean isMeetingInTimeClause(Tokens tokens, Cue act) {
    if (!Act.DISCUSS.id().equals(act.entry())) {
      return false;
    }
    int first = tokens.indexAt(act.start());
    for (int j = first - 1; j >= Math.max(0, first - 1 - TIME_CLAUSE_WORDS); j--) {
      Tokens.Token t = tokens.get(j);
      if (!t.isWord()) {
        return false;
      }
      if (TIME_CONJUNCTIONS.contains(t)) {
        // "since" right before the verb is no clause ("talks since"): a subject must stand between.
        return j < first - 1;
      }
    }
    return false;
  }

  /**
   * Whether an act cue is a past participle reducing a relative clause on the noun before it: a
   * comma, then the one-word participle ("agreed", "signed"), then only a few adverbial words
   * ("last year in Glasgow") up to the next comma or the sentence's end, with no object after a
   * determiner and no complement ("to", "that", "with"); and the stretch before that comma already
   * has its verb (an auxiliary or a reporting cue) and is no parenthesis after a subject ("The
   * union, after long talks, agreed" and "The union, which had refused, agreed" are the union's
   * acts).
   */
  static boolean isReducedRelative(Tokens tokens, List<Cue> cues, Cue act) {
    int first = tokens.indexAt(act.start());
    if (first < 2 || first >= tokens.size() || tokens.get(first).end() != act.end()) {
      return false;
    }
    String verb = tokens.get(first).lower();
    if (!verb.endsWith("ed") && !English.IRREGULAR_PARTICIPLES.contains(tokens.get(first))) {
      return false;
    }
    Tokens.Token noun = tokens.get(first - 2);
    if (!tokens.get(first - 1).text().equals(",") || !noun.isWord() || noun.isCapitalised()) {
      return false;
    }
    if (first + 1 < tokens.size() && English.DETERMINERS.contains(tokens.get(first + 1))) {
      return false; // "rejected the plan": a verb with its object
    }
    int words = 0;
    for (int j = first + 1; j < tokens.size(); j++) {
      Tokens.Token t = tokens.get(j);
      if (!t.isWord()) {
        break;
      }
      if (COMPLEMENT_WORDS.contains(t) || ++words > ADVERBIAL_WORDS) {
        return false;
      }
    }
    if (words == 0) {
      return false;
    }
    int open = first - 2;
    while (open >= 0 && !tokens.get(open).text().equals(",")) {
      open--;
    }
    if (open + 1 < first - 1 && PARENTHESIS_OPENERS.contains(tokens.get(open + 1))) {
      return false;
    }
    int from = open < 0 ? 0 : tokens.get(open).end();
    int to = tokens.get(first - 1).start();
    for (int j = Math.max(0, open + 1); j < first - 1; j++) {
      if (FINITE_AUXILIARIES.contains(tokens.get(j))) {
        return true;
      }
    }
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.REPORTING && cue.start() >= from && cue.end() <= to) {
        return true;
      }
    }
    return false;
  }
}
