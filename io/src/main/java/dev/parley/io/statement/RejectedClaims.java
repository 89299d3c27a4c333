package dev.parley.io.statement;

import org.jspecify.annotations.Nullable;

/**
 * A claim rejected by a pronoun: "Some say the union gave in. We reject that completely." denies
 * what the sentence before claimed; it rejects no item of the talks.
 */
final class RejectedClaims {
  /** Pronouns that stand for what was said before. */
  private static final WordSet PRONOUNS = WordSet.of("that", "this", "it");

  /** Adverbs of degree that may follow the pronoun ("reject that completely", "outright"). */
  private static final WordSet DEGREE =
      WordSet.of("outright", "entirely", "completely", "totally", "utterly", "absolutely");

  /** Verbs that report a claim when "that" follows them ("some will say that ..."). */
  private static final WordSet CLAIMING =
      WordSet.of(
          "say",
          "says",
          "said",
          "claim",
          "claims",
          "claimed",
          "argue",
          "argues",
          "argued",
          "suggest",
          "suggests",
          "suggested",
          "allege",
          "alleges",
          "alleged",
          "insist",
          "insists",
          "insisted",
          "accuse",
          "accuses",
          "accused");

  private RejectedClaims() {}

  /**
   * Whether a rejection's object is a pronoun for a claim the sentence before told: "that", "this"
   * or "it" right after the cue, perhaps an adverb of degree, and the end of the sentence, after a
   * sentence of the same paragraph with a verb of claiming followed by "that" ("Critics claim that
   * the deal was forced on us. I reject that."). "We reject that." after an offer rejects the
   * offer.
   */
  static boolean rejectsTheClaimBefore(Tokens tokens, Cue act, @Nullable Tokens before) {
    if (before == null) {
      return false;
    }
    int at = tokens.indexAt(act.end());
    if (at >= tokens.size() || !PRONOUNS.contains(tokens.get(at))) {
      return false;
    }
    int next = at + 1;
    while (next < tokens.size() && DEGREE.contains(tokens.get(next))) {
      next++;
    }
    if (next < tokens.size() && tokens.get(next).isWord()) {
      return false;
    }
    for (int i = 0; i + 1 < before.size(); i++) {
      if (CLAIMING.contains(before.get(i)) && before.get(i + 1).lower().equals("that")) {
        return true;
      }
    }
    return false;
  }
}
