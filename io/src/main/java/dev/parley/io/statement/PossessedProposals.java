package dev.parley.io.statement;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The other side's proposal named by a possessive inside a refusal or a judgement: "rejected the
 * insurgents' proposals on the truce", "turned down Mercy's offer on pensions", "said Velmar's
 * demand for a buffer zone was unacceptable". The refusal tells that the owner put the thing
 * forward, so the owner's proposal or demand on what is refused is reported too.
 */
final class PossessedProposals {
  /** Nouns of asking: what the owner asks of the other side is a demand. */
  private static final WordSet ASKING =
      WordSet.of(
          "demand", "demands", "call", "calls", "request", "requests", "insistence", "ultimatum");

  /** Nouns of putting forward: a proposal or a demand, as the case says who acts on its items. */
  private static final WordSet OFFERING =
      WordSet.of(
          "proposal",
          "proposals",
          "offer",
          "offers",
          "counteroffer",
          "counter-offer",
          "counterproposal",
          "counter-proposal",
          "plan",
          "plans",
          "package",
          "terms",
          "suggestion",
          "suggestions");

  /** All the nouns, for the cheap test before any reading. */
  private static final FoldedWords NOUNS =
      new FoldedWords(ImmutableSet.<String>builder().addAll(ASKING).addAll(OFFERING).build());

  /**
   * Words that may stand between a rejecting verb and the possessive it governs ("rejected some of
   * Mercy's proposals", "turned down all the union's demands").
   */
  private static final WordSet OBJECT_OPENERS =
      WordSet.of("the", "some", "all", "any", "of", "both", "each", "several", "most");

  /** Prepositions of cause or agent before a possessive: "changed at Mercy's request". */
  private static final WordSet CAUSES = WordSet.of("at", "by", "upon", "after", "following");

  /** How many modifiers may stand between the possessive and its noun ("Mercy's latest offer"). */
  private static final int MODIFIERS = 2;

  /** A proposal found: the mention that owns it and whether its noun is one of asking. */
  record Owned(Mention owner, boolean asks) {}

  private PossessedProposals() {}

  /** Whether the sentence may name a proposal by a possessive: it holds one of the nouns. */
  static boolean mayName(Tokens tokens) {
    return tokens.mayHoldAny(NOUNS);
  }

  /**
   * The proposals named by a known party's or actor's possessive between {@code from} and {@code
   * to}: the possessive ("Mercy's", "the insurgents'"), at most two modifiers (words that are no
   * auxiliary or conjunction) and a noun of asking or putting forward; in text order. Not the
   * object of a rejecting verb, nor a possessive after a preposition of cause.
   */
  static List<Owned> find(Tokens tokens, List<Mention> mentions, List<Cue> cues, int from, int to) {
    List<Owned> found = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.anaphor()
          || m.party().isEmpty()
          || m.start() < from
          || m.end() > to
          || isGoverned(tokens, cues, m)) {
        continue;
      }
      int t = tokens.indexAt(m.end() - 1);
      if (t < 0 || t >= tokens.size()) {
        continue;
      }
      int next = t + 1;
      String word = tokens.get(t).text();
      if (!word.endsWith("'s") && !word.endsWith("\u2019s")) {
        if (next >= tokens.size()
            || !(tokens.get(next).text().equals("'") || tokens.get(next).text().equals("\u2019"))) {
          continue;
        }
        next++;
      }
      for (int k = next; k < Math.min(tokens.size(), next + MODIFIERS + 1); k++) {
        Tokens.Token w = tokens.get(k);
        if (w.end() > to || !w.isWord()) {
          break;
        }
        if (ASKING.contains(w) || OFFERING.contains(w)) {
          found.add(new Owned(m, ASKING.contains(w)));
          break;
        }
        if (English.CONJUNCTIONS.contains(w) || English.AUXILIARIES.contains(w)) {
          break;
        }
      }
    }
    return found;
  }

  /**
   * Whether the possessive is the object of a rejecting verb ("rejected Mercy's offer": the
   * rejection is the one act, and the noun names what it refuses) or follows a preposition of cause
   * ("at Mercy's request").
   */
  private static boolean isGoverned(Tokens tokens, List<Cue> cues, Mention m) {
    int k = tokens.indexAt(m.start()) - 1;
    while (k >= 0 && OBJECT_OPENERS.contains(tokens.get(k))) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    Tokens.Token before = tokens.get(k);
    if (CAUSES.contains(before)) {
      return true;
    }
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.ACT
          && cue.entry().equals(Act.REJECT.id())
          && cue.end() == before.end()) {
        return true;
      }
    }
    return false;
  }
}
