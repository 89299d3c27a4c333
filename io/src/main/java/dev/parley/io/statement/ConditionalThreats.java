package dev.parley.io.statement;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Threats told as what a side will do if the other side refuses or fails: "if Mercy turns the offer
 * down, the union will strike again", "the nurses will walk out if the ratios are not agreed", "if
 * there is no deal by Friday, we would go to arbitration". A condition of refusal, failure or
 * breach ("if" with a negation, a refusing or a breaking verb in it, or "unless") and a consequence
 * in the future told of a side (a party, an actor, a personal pronoun or a side's people right
 * before the modal) make a threat by the side, whose cue runs from the modal to its verb. A
 * consequence that is an offer, an acceptance, a talk or a demand ("we will return to the table if
 * ...", "would accept if ...") is no threat, nor is a negated one ("would not sign unless"), nor
 * one the condition only limits ("would only suspend the strike if ...", "even if").
 */
final class ConditionalThreats {
  /** Modals of a consequence to come. */
  private static final ImmutableSet<String> WILL =
      ImmutableSet.of("will", "would", "shall", "'ll", "ll", "could");

  /** Words of the modals, for the cheap test ("'ll" is looked for on its own). */
  private static final FoldedWords MODALS =
      new FoldedWords(ImmutableSet.of("will", "would", "shall", "could"));

  /** "unless", for the cheap test ("if" is looked for on its own). */
  private static final FoldedWords UNLESS_WORD = new FoldedWords(ImmutableSet.of("unless"));

  /** Words that open a condition of refusal by themselves. */
  private static final WordSet UNLESS = WordSet.of("unless");

  /** Words that open any condition. */
  private static final WordSet IF = WordSet.of("if");

  /**
   * Verbs of refusing, failing or breaking in a condition ("if Mercy refuses", "if the truce is
   * broken", "if they turn it down").
   */
  private static final WordSet REFUSING =
      WordSet.of(
          "refuse",
          "refuses",
          "refused",
          "reject",
          "rejects",
          "rejected",
          "decline",
          "declines",
          "declined",
          "fail",
          "fails",
          "failed",
          "break",
          "breaks",
          "broke",
          "broken",
          "breach",
          "breaches",
          "breached",
          "violate",
          "violates",
          "violated",
          "ignore",
          "ignores",
          "ignored",
          "collapse",
          "collapses",
          "collapsed");

  /** How far after a verb of turning its "down" may stand ("turned the pay rise down"). */
  private static final int TURN_REACH = 6;

  /** Verbs that refuse with "down" after them ("turned it down"). */
  private static final WordSet TURN = WordSet.of("turn", "turns", "turned");

  /** Negations written as words of the condition ("does not", "no deal", "doesn't"). */
  private static final WordSet NOT = WordSet.of("not", "no", "never", "n't", "without");

  /** Words right before "if" that make the condition a limit or a concession, not a threat. */
  private static final WordSet LIMITING = WordSet.of("only", "even", "as");

  /** Personal pronouns that name a side as the consequence's subject. */
  private static final WordSet PERSONS =
      WordSet.of("we", "they", "i", "he", "she", "we'll", "they'll", "i'll");

  /** Nouns of a side's people as the consequence's subject ("his members will walk out"). */
  private static final WordSet PEOPLE =
      WordSet.of("members", "workers", "employees", "staff", "players", "troops", "forces");

  /** How many words before the modal the side may be named. */
  private static final int SUBJECT_REACH = 4;

  /** The acts whose verb after the modal makes the consequence no threat. */
  private static final ImmutableSet<String> NOT_THREATS =
      ImmutableSet.of(
          Act.ACCEPT.id(), Act.PROPOSE.id(), Act.DISCUSS.id(), Act.DEMAND.id(), Act.RESPOND.id());

  private ConditionalThreats() {}

  /** Whether the sentence may tell such a threat: it holds a modal and "if" or "unless". */
  static boolean mayFind(Tokens tokens) {
    return (tokens.mayHoldAny(MODALS)
            || tokens.mayHoldIgnoringCase("'ll")
            || tokens.mayHoldIgnoringCase("\u2019ll"))
        && (tokens.mayHoldAny(UNLESS_WORD) || tokens.mayHoldIgnoringCase("if"));
  }

  /** A threat found: its cue and the condition's tokens, from the connective to {@code end}. */
  record Threat(Cue cue, int conditionStart, int conditionEnd) {}

  /** The threats of the sentence, in text order. */
  static List<Threat> find(Tokens tokens, List<Cue> cues) {
    List<Threat> found = new ArrayList<>();
    for (int c = 0; c < tokens.size(); c++) {
      String w = tokens.get(c).lower();
      if (!IF.contains(tokens.get(c)) && !UNLESS.contains(tokens.get(c))) {
        continue;
      }
      if (c > 0 && LIMITING.contains(tokens.get(c - 1))) {
        continue;
      }
      int end = conditionEnd(tokens, c);
      if (!UNLESS.contains(tokens.get(c)) && !refuses(tokens, cues, c + 1, end)) {
        continue;
      }
      int modal = -1;
      if (end < tokens.size() && tokens.get(end).text().equals(",") && startsClause(tokens, c)) {
        // "If Mercy refuses, the union will strike": the consequence after the comma.
        modal = modalIn(tokens, cues, end + 1, clauseEnd(tokens, end + 1));
      } else if (c > 0 && tokens.get(c - 1).isWord()) {
        // "the union will strike if Mercy refuses": the consequence before the condition.
        modal = modalIn(tokens, cues, clauseStart(tokens, c), c);
      }
      if (modal < 0) {
        continue;
      }
      Cue cue = consequence(tokens, cues, modal);
      if (cue != null) {
        found.add(new Threat(cue, c, end));
      }
    }
    return found;
  }

  /** The cues of the threats. */
  static List<Cue> cuesOf(List<Threat> threats) {
    List<Cue> cues = new ArrayList<>();
    for (Threat t : threats) {
      cues.add(t.cue());
    }
    return threats.isEmpty() ? ImmutableList.of() : cues;
  }

  /**
   * Whether a cue stands in the condition of one of the threats: what the threat is to obtain or to
   * punish, not an act of its own.
   */
  static boolean isInCondition(Tokens tokens, List<Threat> threats, Cue cue) {
    for (Threat t : threats) {
      int from = tokens.get(t.conditionStart()).start();
      int to = tokens.get(t.conditionEnd() - 1).end();
      if (from <= cue.start() && cue.end() <= to) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index just past the condition that opens at {@code c}: its next punctuation, or the end.
   */
  private static int conditionEnd(Tokens tokens, int c) {
    int k = c + 1;
    while (k < tokens.size() && (tokens.get(k).isWord() || tokens.get(k).text().startsWith("'"))) {
      k++;
    }
    return k;
  }

  /** Whether the condition opens its clause: first in the sentence, or after a mark or "that". */
  private static boolean startsClause(Tokens tokens, int c) {
    if (c == 0) {
      return true;
    }
    Tokens.Token before = tokens.get(c - 1);
    return !before.isWord()
        || before.lower().equals("that")
        || before.lower().equals("and")
        || before.lower().equals("but");
  }

  /**
   * Whether the condition's words refuse, fail or break: a negation, a verb of refusing or
   * breaking, "turn ... down", or a reject cue.
   */
  private static boolean refuses(Tokens tokens, List<Cue> cues, int from, int to) {
    for (int k = from; k < to; k++) {
      Tokens.Token t = tokens.get(k);
      String w = t.lower();
      if (NOT.contains(t) || w.endsWith("n't") || REFUSING.contains(t)) {
        return true;
      }
      if (TURN.contains(t)) {
        for (int j = k + 1; j < Math.min(to, k + TURN_REACH); j++) {
          if (tokens.get(j).lower().equals("down")) {
            return true;
          }
        }
      }
      for (Cue cue : cues) {
        if ((cue.kind() == Cue.Kind.NEGATION
                || (cue.kind() == Cue.Kind.ACT && cue.entry().equals(Act.REJECT.id())))
            && cue.start() <= t.start()
            && t.end() <= cue.end()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Where the clause after a comma ends: the next semicolon, colon or the sentence's end. */
  private static int clauseEnd(Tokens tokens, int from) {
    int k = from;
    while (k < tokens.size()) {
      String s = tokens.get(k).text();
      if (s.equals(";") || s.equals(":") || s.equals(".")) {
        break;
      }
      k++;
    }
    return k;
  }

  /** Where the clause before a condition starts: after the last mark before it, or at 0. */
  private static int clauseStart(Tokens tokens, int c) {
    int k = c - 1;
    while (k >= 0 && (tokens.get(k).isWord() || tokens.get(k).text().startsWith("'"))) {
      k--;
    }
    return k + 1;
  }

  /** The first modal between {@code from} and {@code to} with a side named before it, or -1. */
  private static int modalIn(Tokens tokens, List<Cue> cues, int from, int to) {
    for (int k = from; k < to - 1; k++) {
      String w = tokens.get(k).lower().replace('\u2019', '\'');
      boolean contracted = w.endsWith("'ll") && PERSONS.contains(w);
      if ((WILL.contains(w) && sideBefore(tokens, cues, from, k)) || contracted) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether a side is named in the few words before the modal at {@code k}: a party or an actor, a
   * personal pronoun or a side's people.
   */
  private static boolean sideBefore(Tokens tokens, List<Cue> cues, int from, int k) {
    for (int j = k - 1; j >= Math.max(from, k - SUBJECT_REACH); j--) {
      Tokens.Token t = tokens.get(j);
      if (!t.isWord() || t.lower().equals("that") || Cue.anyHolds(cues, Cue.Kind.REPORTING, t)) {
        // "Carter said the wards would close": the side tells, and is not the one that acts.
        return false;
      }
      if (PERSONS.contains(t)
          || PEOPLE.contains(t)
          || Cue.anyHolds(cues, Cue.Kind.PARTY, t)
          || Cue.anyHolds(cues, Cue.Kind.ACTOR, t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb at {@code verb} is "have" of possession ("we will have a veto"), which tells
   * what a side will hold, not what it will do; "will have to strike" is a duty to act.
   */
  private static boolean isHaving(Tokens tokens, int verb) {
    return tokens.get(verb).lower().equals("have")
        && !(verb + 1 < tokens.size() && tokens.get(verb + 1).lower().equals("to"));
  }

  /**
   * The threat cue from the modal at {@code modal} to its verb (adverbs aside), or null when the
   * consequence is negated or its verb begins another act than a rejection or a threat.
   */
  private static Cue consequence(Tokens tokens, List<Cue> cues, int modal) {
    int verb = modal + 1;
    while (verb < tokens.size()
        && tokens.get(verb).isWord()
        && (tokens.get(verb).lower().endsWith("ly") || tokens.get(verb).lower().equals("then"))) {
      verb++;
    }
    if (verb >= tokens.size() || !tokens.get(verb).isWord()) {
      return null;
    }
    Tokens.Token v = tokens.get(verb);
    if (NOT.contains(v) || v.lower().equals("only") || isHaving(tokens, verb)) {
      return null;
    }
    int end = v.end();
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.ACT && cue.start() <= v.start() && v.start() < cue.end()) {
        if (NOT_THREATS.contains(cue.entry()) || cue.entry().equals(Act.THREATEN.id())) {
          return null;
        }
        end = Math.max(end, cue.end());
      }
    }
    return new Cue(Cue.Kind.ACT, Act.THREATEN.id(), tokens.get(modal).start(), end);
  }
}
