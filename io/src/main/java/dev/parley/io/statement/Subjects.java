package dev.parley.io.statement;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Subjects inside a sentence: the subject of a clause whose verb is an act ("a plan Russia has
 * rejected"), and the names a compound subject joins ("Biden and House Speaker Kevin McCarthy").
 */
final class Subjects {
  private Subjects() {}

  /**
   * The subject of the clause whose verb is the act, when it is not the sentence's subject: a party
   * or actor after the sentence's subject and right before the act verb, in a relative clause ("a
   * plan Russia has rejected", "the offer that the union turned down") or a complement clause; see
   * {@link Attribution#embeddedSubject}. Not a second subject joined to a name by "and", "or" or a
   * comma inside a list that goes on ("NATO and Russia will meet"): both act.
   */
  static Optional<Mention> ofClause(
      Tokens tokens, List<Mention> mentions, @Nullable Mention subject, Cue act) {
    if (subject == null) {
      return Optional.empty();
    }
    Optional<Mention> relative = antecedent(tokens, mentions, act);
    if (relative.isPresent() && relative.get().start() >= subject.end()) {
      return relative;
    }
    Optional<Mention> occasion = ofOccasionClause(tokens, mentions, act);
    if (occasion.isPresent() && occasion.get().start() >= subject.end()) {
      return occasion;
    }
    Cue after = new Cue(Cue.Kind.REPORTING, "subject", subject.start(), subject.end());
    Optional<Mention> own = Attribution.embeddedSubject(tokens, mentions, after, act);
    if (own.isEmpty() || own.get().start() < subject.end()) {
      return Optional.empty();
    }
    int before = tokens.indexAt(own.get().start()) - 1;
    if (before > 0 && JOINING.contains(tokens.get(before))) {
      int next = tokens.indexAt(own.get().end());
      // A comma joins names only inside a list that goes on ("Stoltenberg, Blinken and Lavrov");
      // after an opening phrase ("After meeting Lavrov, Blinken rejected") it ends that phrase.
      boolean listGoesOn =
          !tokens.get(before).lower().equals(",")
              || (next < tokens.size() && JOINING.contains(tokens.get(next)));
      int end = tokens.get(before - 1).end();
      for (Mention m : mentions) {
        if (m.end() == end && listGoesOn) {
          return Optional.empty();
        }
      }
    }
    return own;
  }

  /**
   * The subject of a clause of place or occasion that tells of a meeting's outcome: a name right
   * before the act verb (see {@link #rightBefore}) after "where", or after "which" governed by a
   * preposition ("at a summit in the capital, where Varga presented a plan", "a meeting, at which
   * Brenn rejected the truce", "the talks, during which Brenn offers a truce"). Such a clause has
   * its own subject, whatever the tense of its verb.
   */
  static Optional<Mention> ofOccasionClause(Tokens tokens, List<Mention> mentions, Cue act) {
    if (!tokens.mayHoldIgnoringCase("where") && !tokens.mayHoldIgnoringCase("which")) {
      return Optional.empty();
    }
    Optional<Mention> own = rightBefore(tokens, mentions, act);
    if (own.isEmpty()) {
      return Optional.empty();
    }
    int j = tokens.indexAt(own.get().start()) - 1;
    while (j >= 0 && tokens.get(j).isCapitalised()) {
      j--; // a title before the name: "where President Varga signs"
    }
    if (j < 0) {
      return Optional.empty();
    }
    String opener = tokens.get(j).lower();
    boolean opens =
        opener.equals("where")
            || (opener.equals("which")
                && j > 0
                && OCCASION_PREPOSITIONS.contains(tokens.get(j - 1)));
    return opens ? own : Optional.empty();
  }

  /**
   * Prepositions before "which" that make it the occasion of a clause: "at which", "during which".
   */
  private static final WordSet OCCASION_PREPOSITIONS =
      WordSet.of("at", "during", "after", "in", "on");

  /**
   * The party or actor named right before the act verb, with only auxiliaries and adverbs between
   * ("Ostland has rejected", "the Ostlandic minister flatly rejected"): the verb's own subject. A
   * pronoun, or a role with no party of its own ("the minister"), names no one here.
   */
  static Optional<Mention> rightBefore(Tokens tokens, List<Mention> mentions, Cue act) {
    int j = tokens.indexAt(act.start()) - 1;
    while (j >= 0 && Attribution.isAuxiliaryOrAdverb(tokens.get(j).lower())) {
      j--;
    }
    if (j < 0) {
      return Optional.empty();
    }
    int end = tokens.get(j).end();
    for (Mention m : mentions) {
      if (m.end() == end && (m.party().isPresent() || m.actor().isPresent())) {
        int before = tokens.indexAt(m.start()) - 1;
        while (before >= 0 && tokens.get(before).isCapitalised()) {
          before--; // a title before the name: "Russian President Vladimir Putin"
        }
        // "Biden and Putin agreed": the last of a compound subject is not the subject alone.
        return before >= 0 && JOINING.contains(tokens.get(before))
            ? Optional.empty()
            : Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * The party a relative pronoun subject stands for: in "criticised the United States, which has
   * rejected the proposal" the verb's subject is "which", and "which" is the United States. Only
   * auxiliaries and -ly adverbs may stand between the pronoun and the verb; a negated verb ("which
   * has not responded") is the sentence subject's complaint and is left to it.
   */
  private static Optional<Mention> antecedent(Tokens tokens, List<Mention> mentions, Cue act) {
    int j = tokens.indexAt(act.start()) - 1;
    while (j >= 0 && Attribution.isAuxiliaryOrAdverb(tokens.get(j).lower())) {
      if (tokens.get(j).lower().equals("not") || tokens.get(j).lower().equals("never")) {
        return Optional.empty();
      }
      j--;
    }
    if (j < 1 || !RELATIVE_PRONOUNS.contains(tokens.get(j))) {
      return Optional.empty();
    }
    int before = j - 1;
    if (tokens.get(before).lower().equals(",")) {
      before--;
    }
    if (before < 0) {
      return Optional.empty();
    }
    int end = tokens.get(before).end();
    for (Mention m : mentions) {
      if (m.end() == end && m.isEntity()) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private static final WordSet RELATIVE_PRONOUNS = WordSet.of("which", "who", "that");

  /** Relative pronouns that open a clause set off by a comma after a name: "Su, who flew". */
  private static final WordSet NON_RESTRICTIVE = WordSet.of("which", "who");

  /**
   * The known name a clause opened by ", who" or ", which" right after it stands for when the act
   * lies in that clause, however far into it ("Julie Su, who flew to Velmar last week to meet both
   * sides", "the insurgents, which later agreed to a truce"): no punctuation, other name, new
   * clause or negation between the pronoun and the act; empty if none.
   */
  static Optional<Mention> relativeAntecedent(Tokens tokens, List<Mention> mentions, Cue act) {
    for (int j = tokens.indexAt(act.start()) - 1; j >= 2; j--) {
      Tokens.Token t = tokens.get(j);
      String w = t.lower();
      if (!t.isWord() || NOT_IN_CLAUSE.contains(t) || startsAMention(mentions, t.start())) {
        return Optional.empty();
      }
      if (NON_RESTRICTIVE.contains(t)) {
        if (!tokens.get(j - 1).text().equals(",")) {
          return Optional.empty();
        }
        int end = tokens.get(j - 2).end();
        for (Mention m : mentions) {
          if (m.end() == end && m.isEntity() && (m.party().isPresent() || m.actor().isPresent())) {
            return Optional.of(m);
          }
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Words that end a relative clause before the act, or negate it: "that", "and", "not". */
  private static final WordSet NOT_IN_CLAUSE =
      WordSet.of("that", "and", "but", "or", "not", "never", "if", "whether", "said", "says");

  private static boolean startsAMention(List<Mention> mentions, int offset) {
    for (Mention m : mentions) {
      if (m.start() == offset) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet JOINING = WordSet.of("and", "or", ",", "&");

  /**
   * Whether the text between two names joins them: "and", the second name perhaps after its title
   * ("Biden and House of Representatives Speaker Kevin McCarthy") or a possessive of the first
   * ("Velmar and its insurgents").
   */
  static boolean isJoinedByAnd(String between) {
    String rest = between.strip();
    if (!rest.startsWith("and ") && !rest.equals("and")) {
      return false;
    }
    for (String word : rest.substring(3).strip().split(" ", -1)) {
      boolean title =
          word.isEmpty()
              || Character.isUpperCase(word.charAt(0))
              || word.equals("of")
              || word.equals("the")
              || word.equals("its")
              || word.equals("their");
      if (!title) {
        return false;
      }
    }
    return true;
  }
}
