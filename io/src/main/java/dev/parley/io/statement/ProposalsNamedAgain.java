package dev.parley.io.statement;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A proposal named again by a noun phrase: "Velmar proposed a joint patrol of the strait. The
 * insurgents rejected the proposal." The answer's object is a definite or demonstrative noun phrase
 * of a proposal-like noun ("the proposal", "those proposals", "the offer", "the plan", "such
 * demands") with no item of its own, so the act is on the items of the proposal or demand it refers
 * to: the nearest one told before it in its paragraph (see {@link #antecedent}).
 */
final class ProposalsNamedAgain {
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

  private static final ImmutableSet<String> NOUN_FORMS =
      ImmutableSet.of(
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

  /** The determiners that point back: definite or demonstrative. */
  private static final ImmutableSet<String> POINTING =
      ImmutableSet.of("the", "this", "that", "these", "those", "such");

  /** Particles that may stand between the act's verb and its object ("agreed to the plan"). */
  private static final ImmutableSet<String> PARTICLES = ImmutableSet.of("to", "on", "upon", "with");

  /**
   * Words after the noun that give it content of its own ("the proposal to extend", "the demand
   * for", "the idea that"): the noun then names what follows, not what came before.
   */
  private static final ImmutableSet<String> OWN_CONTENT =
      ImmutableSet.of(
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
   * Whether the act's object, right after its cue (perhaps after "to", "on", "upon" or "with"), is
   * a definite or demonstrative noun phrase of a proposal-like noun with at most two modifiers and
   * no content of its own after it: "rejected those proposals", "agreed to the revised offer".
   */
  static boolean namesOne(Tokens tokens, Cue act) {
    if (!tokens.mayHoldAny(NOUNS)) {
      return false;
    }
    int k = tokens.indexAt(act.end());
    if (k < tokens.size() && PARTICLES.contains(tokens.get(k).lower())) {
      k++;
    }
    if (k >= tokens.size() || !POINTING.contains(tokens.get(k).lower())) {
      return false;
    }
    for (int j = k + 1; j < tokens.size() && j <= k + 1 + MODIFIERS; j++) {
      Tokens.Token t = tokens.get(j);
      if (!t.isWord() || English.CONJUNCTIONS.contains(t.lower())) {
        return false;
      }
      if (NOUN_FORMS.contains(t.lower())) {
        return j + 1 >= tokens.size() || !OWN_CONTENT.contains(tokens.get(j + 1).lower());
      }
    }
    return false;
  }

  /**
   * The proposal or demand the noun phrase refers to: of {@code earlier} (the statements told
   * before the act, nearest last), the last proposal or demand, if it names items and, for an
   * acceptance or a rejection, is another party's; null when the nearest such statement fails those
   * tests or there is none.
   */
  static @Nullable Statement antecedent(List<Statement> earlier, Act act, String party) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Statement s = earlier.get(i);
      if (s.act() != Act.PROPOSE && s.act() != Act.DEMAND) {
        continue;
      }
      boolean answers = act == Act.ACCEPT || act == Act.REJECT;
      if (s.items().isEmpty() || (answers && s.speakerParty().orElse("").equals(party))) {
        return null;
      }
      return s;
    }
    return null;
  }
}
