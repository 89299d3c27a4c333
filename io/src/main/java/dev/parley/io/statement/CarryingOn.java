package dev.parley.io.statement;

import com.google.common.collect.ImmutableSet;

/**
 * Not leaving talks is staying in them: "had not walked away from the talks", "did not pull out of
 * the negotiations" tell that the speaker goes on talking, a discussion, not an acceptance of what
 * the talks are about.
 */
final class CarryingOn {
  /** Nouns of talks, as opposed to a deal reached. */
  private static final ImmutableSet<String> TALKS =
      ImmutableSet.of(
          "talks",
          "negotiation",
          "negotiations",
          "dialogue",
          "table",
          "process",
          "meeting",
          "round",
          "conference",
          "summit");

  private CarryingOn() {}

  /** Whether a reject cue leaves talks: its last word is a noun of talks. */
  static boolean leavesTalks(Tokens tokens, Cue cue) {
    int last = tokens.indexBefore(cue.end());
    return last > tokens.indexAt(cue.start()) && TALKS.contains(tokens.get(last).lower());
  }
}
