package dev.parley.io.statement;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A proposal named again: "Velmar proposed a joint patrol of the strait. The insurgents rejected
 * the proposal." The answer's object is a definite or demonstrative noun phrase of a proposal-like
 * noun ("the proposal", "those proposals", "the offer", "the plan", "such demands") or a pronoun
 * ("rejected it", "cannot accept this"), with no item of its own, so the act is on the items of the
 * proposal or demand it refers to: the nearest one told before it (see {@link #antecedent}).
 */
final class ProposalsNamedAgain {
  /** What an act's object names again. */
  enum Reference {
    /** A proposal-like noun: "the proposal", "such demands". */
    PROPOSAL,
    /** A pronoun with nothing after it in its clause: "rejected it", "accept this". */
    PRONOUN
  }

  /** The nouns of a proposal or a demand that a later sentence may name again. */
  static final FoldedWords NOUNS =
      new FoldedWords(
          List.of(
              "proposal",
              "offer",
              "plan",
              "compromise",
              "demand",
              "request",
              "suggestion",
              "idea",
              "initiative",
              "counteroffer",
              "counter-offer",
              "counterproposal",
              "counter-proposal",
              "package"));

  private static final WordSet NOUN_FORMS =
      WordSet.of(
          "proposal",
          "proposals",
          "offer",
          "offers",
          "plan",
          "plans",
          "compromise",
          "compromises",
          "demand",
          "demands",
          "request",
          "requests",
          "suggestion",
          "suggestions",
          "idea",
          "ideas",
          "initiative",
          "initiatives",
          "counteroffer",
          "counteroffers",
          "counter-offer",
          "counter-offers",
          "counterproposal",
          "counterproposals",
          "counter-proposal",
          "counter-proposals",
          "package");

  /** Pronouns that may stand for what was put forward or agreed before. */
  private static final WordSet PRONOUNS =
      WordSet.of("it", "this", "that", "them", "these", "those");

  /**
   * Words that may follow a pronoun object and leave it the whole object: prepositions, adverbs and
   * conjunctions ("rejected it on the spot", "would not accept it either", "agreed to it and ..."),
   * never a noun, a verb or a clause ("accepted that the talks failed", "agreed it would").
   */
  private static final WordSet AFTER_PRONOUN =
      WordSet.of(
          "at",
          "in",
          "on",
          "within",
          "during",
          "after",
          "before",
          "with",
          "without",
          "as",
          "because",
          "for",
          "by",
          "until",
          "from",
          "over",
          "outright",
          "too",
          "either",
          "again",
          "immediately",
          "and",
          "but",
          "when",
          "since",
          "while",
          "unless",
          "if",
          "once",
          "now",
          "later",
          "today",
          "yesterday",
          "then",
          "also",
          "last",
          "this",
          "next");

  /** The determiners that point back: definite or demonstrative. */
  private static final WordSet POINTING =
      WordSet.of("the", "this", "that", "these", "those", "such");

  /** Particles that may stand between the act's verb and its object ("agreed to the plan"). */
  private static final WordSet PARTICLES = WordSet.of("to", "on", "upon", "with");

  /**
   * Words after the noun that give it content of its own ("the proposal to extend", "the demand
   * for", "the idea that"): the noun then names what follows, not what came before.
   */
  private static final WordSet OWN_CONTENT =
      WordSet.of(
          "of",
          "for",
          "to",
          "that",
          "about",
          "regarding",
          "concerning",
          "whereby",
          "under",
          "which");

  /** How many modifiers may stand between the determiner and the noun ("the revised offer"). */
  private static final int MODIFIERS = 2;

  private ProposalsNamedAgain() {}

  /**
   * What the act's object, right after its cue (perhaps after "to", "on", "upon" or "with"), names
   * again, or null: a definite or demonstrative noun phrase of a proposal-like noun with at most
   * two modifiers and no content of its own after it ("rejected those proposals", "agreed to the
   * revised offer"), or a pronoun that is the whole object ("rejected it on the spot", "cannot
   * accept this.").
   */
  static @Nullable Reference referenceOf(Tokens tokens, Cue act) {
    int k = tokens.indexAt(act.end());
    if (k < tokens.size() && PARTICLES.contains(tokens.get(k))) {
      k++;
    }
    if (k >= tokens.size()) {
      return null;
    }
    String first = tokens.get(k).lower();
    if (PRONOUNS.contains(tokens.get(k)) && isWholeObject(tokens, k + 1)) {
      return Reference.PRONOUN;
    }
    if (!tokens.mayHoldAny(NOUNS) || !POINTING.contains(tokens.get(k))) {
      return null;
    }
    for (int j = k + 1; j < tokens.size() && j <= k + 1 + MODIFIERS; j++) {
      Tokens.Token t = tokens.get(j);
      if (!t.isWord() || English.CONJUNCTIONS.contains(t)) {
        return null;
      }
      if (NOUN_FORMS.contains(t)) {
        return j + 1 >= tokens.size() || !OWN_CONTENT.contains(tokens.get(j + 1))
            ? Reference.PROPOSAL
            : null;
      }
    }
    return null;
  }

  /** Forms of "be", which make a subject before them the thing judged or the passive's object. */
  private static final WordSet BE = WordSet.of("is", "was", "are", "were", "be", "been", "being");

  /**
   * Words that may stand between a subject and the "be" before its verdict or passive verb: "would
   * be", "has been", "was not", "is simply".
   */
  private static final WordSet BEFORE_VERDICT =
      WordSet.of(
          "is",
          "was",
          "are",
          "were",
          "be",
          "been",
          "being",
          "has",
          "have",
          "had",
          "would",
          "will",
          "could",
          "should",
          "must",
          "may",
          "might",
          "not",
          "simply",
          "clearly",
          "totally",
          "completely",
          "also",
          "still",
          "now",
          "already",
          "entirely",
          "quickly");

  /** How many such words may stand there. */
  private static final int BEFORE_VERDICT_WORDS = 4;

  /** Words after which a subject opens its clause: a conjunction or a verb of saying. */
  private static final WordSet CLAUSE_OPENERS =
      WordSet.of("that", "and", "but", "because", "since", "as", "while", "so", "though");

  /**
   * What the subject of the act, right before it, names again, or null: a pronoun ("it", "this",
   * "that") or a definite or demonstrative noun phrase of a proposal-like noun ("the proposal",
   * "this offer"), at the start of its clause and joined to the act by a form of "be" (perhaps with
   * an auxiliary, "not" or an adverb): a verdict ("the proposal was unacceptable", "That is a
   * non-starter") or a passive ("the request was turned down"). "It is unacceptable that ..." or
   * "... to ...", whose "it" stands for what follows, names nothing again.
   */
  static @Nullable Reference subjectOf(Tokens tokens, List<Cue> cues, Cue act) {
    int c = tokens.indexAt(act.start());
    if (c <= 0 || c >= tokens.size()) {
      return null;
    }
    boolean be = BE.contains(tokens.get(c)) || tokens.get(c).lower().equals("not");
    int j = c - 1;
    for (int n = 0;
        j >= 0 && n < BEFORE_VERDICT_WORDS && BEFORE_VERDICT.contains(tokens.get(j));
        n++) {
      be |= BE.contains(tokens.get(j));
      j--;
    }
    if (!be || j < 0) {
      return null;
    }
    String subject = tokens.get(j).lower();
    if (PRONOUNS.contains(subject) && !subject.equals("them")) {
      return opensClause(tokens, cues, j)
              && !(subject.equals("it") && isExtraposed(tokens, tokens.indexAt(act.end())))
          ? Reference.PRONOUN
          : null;
    }
    if (!NOUN_FORMS.contains(subject)) {
      return null;
    }
    for (int d = j - 1; d >= 0 && d >= j - 1 - MODIFIERS; d--) {
      Tokens.Token t = tokens.get(d);
      if (POINTING.contains(t.lower())) {
        return opensClause(tokens, cues, d) ? Reference.PROPOSAL : null;
      }
      if (!t.isWord() || English.CONJUNCTIONS.contains(t.lower())) {
        return null;
      }
    }
    return null;
  }

  /** Objects of "to" that make it a preposition, not an infinitive's: "unacceptable to us". */
  private static final WordSet TO_OBJECTS =
      WordSet.of("us", "me", "him", "her", "them", "you", "our", "my", "his", "their", "its");

  /**
   * Whether what follows the act at {@code k} is the clause an "it" stands for: "that ..." or an
   * infinitive ("it is unacceptable that Mercy ...", "it is unacceptable to cut pay", "... for the
   * board to cut pay"); not "to" before a determiner or a pronoun ("unacceptable to our members").
   */
  private static boolean isExtraposed(Tokens tokens, int k) {
    if (k >= tokens.size()) {
      return false;
    }
    String next = tokens.get(k).lower();
    if (next.equals("that")) {
      return true;
    }
    for (int j = k; j < tokens.size() && j < k + 5 && tokens.get(j).isWord(); j++) {
      if (tokens.get(j).lower().equals("to")) {
        return j + 1 < tokens.size()
            && tokens.get(j + 1).isWord()
            && !English.DETERMINERS.contains(tokens.get(j + 1))
            && !TO_OBJECTS.contains(tokens.get(j + 1));
      }
      if (j == k && !next.equals("for")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the word at {@code j} opens its clause: the sentence's start, a mark, a conjunction.
   */
  private static boolean opensClause(Tokens tokens, List<Cue> cues, int j) {
    if (j == 0) {
      return true;
    }
    Tokens.Token before = tokens.get(j - 1);
    return !before.isWord()
        || CLAUSE_OPENERS.contains(before)
        || Cue.anyHolds(cues, Cue.Kind.REPORTING, before);
  }

  /** Whether nothing but punctuation, a preposition, an adverb or a conjunction follows at k. */
  private static boolean isWholeObject(Tokens tokens, int k) {
    if (k >= tokens.size() || !tokens.get(k).isWord()) {
      return true;
    }
    String next = tokens.get(k).lower();
    return AFTER_PRONOUN.contains(tokens.get(k)) || (next.endsWith("ly") && next.length() > 4);
  }

  /**
   * The proposal or demand the reference refers to: of {@code earlier} (the statements told before
   * the act, nearest last), the last proposal or demand, if it names items and, for an acceptance
   * or a rejection, is another party's; null when the nearest such statement fails those tests or
   * there is none. A pronoun is read only as the object of an acceptance, a rejection or a
   * discussion ("discussed it"), never of a demand or a proposal of one's own.
   */
  static @Nullable Statement antecedent(
      List<Statement> earlier, Reference reference, Act act, String party) {
    boolean answers = act == Act.ACCEPT || act == Act.REJECT;
    if (reference == Reference.PRONOUN && !answers && act != Act.DISCUSS) {
      return null;
    }
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Statement s = earlier.get(i);
      if (s.act() != Act.PROPOSE && s.act() != Act.DEMAND) {
        continue;
      }
      if (s.items().isEmpty() || (answers && s.speakerParty().orElse("").equals(party))) {
        return null;
      }
      return s;
    }
    return null;
  }
}
