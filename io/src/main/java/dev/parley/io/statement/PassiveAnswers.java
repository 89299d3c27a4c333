package dev.parley.io.statement;

import java.util.List;
import java.util.Optional;

/**
 * The proposal an agentless passive answers: in "Russia's proposal was rejected" or "The offer was
 * turned down on Friday" no one is said to reject, but the subject is a proposal or a demand, and
 * whoever it was made to is the one who can answer it. This class finds that subject and its owner;
 * who the proposal was made to is left to the reading of the article, and when it cannot be told
 * the act is not read.
 */
final class PassiveAnswers {
  /**
   * The subject of an agentless passive answer: the act its noun names (a proposal or a demand),
   * the party that owns it in the noun phrase ("Russia's proposal", "the Russian offer", "the
   * proposal of Russia"), if any, whether the phrase is definite ("the offer", "this request"), so
   * that it may mean the one last named, and the party it was made to inside the phrase ("the offer
   * to Moscow"), if any.
   */
  record Subject(
      Act proposed, Optional<String> owner, boolean definite, Optional<String> addressee) {}

  /** Forms of "be" that make a participle passive. */
  private static final WordSet BE = WordSet.of("is", "are", "was", "were", "be", "been", "being");

  /** Words that may stand between "be" and the participle ("was not accepted", "was flatly"). */
  private static final WordSet BETWEEN =
      WordSet.of("not", "never", "also", "already", "then", "eventually", "promptly");

  /** Words that open a clause, before which the subject does not reach. */
  private static final WordSet OPENERS =
      WordSet.of(
          "that",
          "which",
          "and",
          "but",
          "while",
          "whereas",
          "because",
          "although",
          "since",
          "after",
          "before",
          "when",
          "if",
          "unless",
          "as");

  /** Determiners of a phrase that refers to something already named. */
  private static final WordSet DEFINITE =
      WordSet.of("the", "this", "that", "these", "those", "its", "their", "his", "her");

  /** How many words the subject may take. */
  private static final int SUBJECT_WORDS = 8;

  private PassiveAnswers() {}

  /**
   * The proposal an answer in the passive acts on, with no agent said: an accept or reject cue
   * whose first word is a participle after a form of "be" ("was rejected", "has been turned down",
   * "was not accepted"), no "by" after it, and a subject that ends in a noun of proposing or
   * demanding ("the offer", "Russia's latest proposal", "the union's request") and opens its
   * clause. Empty for any other act, a passive with its agent, or a subject of another kind ("the
   * deal was signed").
   */
  static Optional<Subject> of(Tokens tokens, List<Mention> mentions, List<Cue> cues, Cue act) {
    Optional<Act> base = Act.fromId(act.entry());
    if (base.isEmpty() || (base.get() != Act.ACCEPT && base.get() != Act.REJECT)) {
      return Optional.empty();
    }
    Optional<Span> span = agentlessSubject(tokens, act);
    return span.isEmpty()
        ? Optional.empty()
        : subject(tokens, mentions, cues, span.get().start(), span.get().end());
  }

  /** The tokens from {@code start} to before {@code end} of a subject. */
  record Span(int start, int end) {}

  /**
   * The subject of an act cue told as an agentless passive: its first word a participle after a
   * form of "be" ("was rejected", "has been sent"), no "by" after it, and a subject of at most
   * eight words before "be" and its auxiliaries that opens its clause. Empty otherwise.
   */
  static Optional<Span> agentlessSubject(Tokens tokens, Cue act) {
    int first = tokens.indexAt(act.start());
    int after = tokens.indexAt(act.end());
    if (first <= 0 || first >= tokens.size() || !isParticiple(tokens.get(first).lower())) {
      return Optional.empty();
    }
    if (after < tokens.size() && tokens.get(after).lower().equals("by")) {
      return Optional.empty();
    }
    int be = first - 1;
    while (be > 0 && (BETWEEN.contains(tokens.get(be)) || tokens.get(be).lower().endsWith("ly"))) {
      be--;
    }
    if (!BE.contains(tokens.get(be))) {
      return Optional.empty();
    }
    int end = be;
    while (end > 0 && English.AUXILIARIES.contains(tokens.get(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0
        && end - start < SUBJECT_WORDS
        && tokens.get(start - 1).isWord()
        && !OPENERS.contains(tokens.get(start - 1))) {
      start--;
    }
    if (start == end || (start > 0 && tokens.get(start - 1).isWord())) {
      return Optional.empty();
    }
    return Optional.of(new Span(start, end));
  }

  /** The subject between tokens {@code start} and {@code end}, if its noun is a proposal's. */
  private static Optional<Subject> subject(
      Tokens tokens, List<Mention> mentions, List<Cue> cues, int start, int end) {
    int from = tokens.get(start).start();
    int to = tokens.get(end - 1).end();
    Cue noun = null;
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.ACT && cue.start() >= from && cue.end() <= to) {
        noun = cue;
      }
    }
    if (noun == null) {
      return Optional.empty();
    }
    Optional<Act> proposed = Act.fromId(noun.entry());
    if (proposed.isEmpty()
        || (proposed.get() != Act.PROPOSE && proposed.get() != Act.DEMAND)
        || !Grammar.isNounForm(tokens.get(tokens.indexAt(noun.start())).lower())) {
      return Optional.empty();
    }
    Optional<String> owner = Optional.empty();
    Optional<String> addressee = Optional.empty();
    for (Mention m : mentions) {
      if (!m.isEntity() || m.party().isEmpty() || m.start() < from || m.end() > to) {
        continue;
      }
      int before = tokens.indexAt(m.start()) - 1;
      String word = before >= 0 ? tokens.get(before).lower() : "";
      if (m.end() <= noun.start() || word.equals("of") || word.equals("from")) {
        owner = owner.or(m::party);
      } else if (word.equals("to")) {
        addressee = addressee.or(m::party);
      }
    }
    boolean definite = DEFINITE.contains(tokens.get(start));
    return Optional.of(new Subject(proposed.get(), owner, definite, addressee));
  }

  private static boolean isParticiple(String word) {
    return word.endsWith("ed") || English.IRREGULAR_PARTICIPLES.contains(word);
  }
}
