package dev.parley.io.statement;

import com.google.common.collect.ImmutableSet;

/**
 * Refusals to say rather than to agree: "declined to comment", "refused to say what it would take".
 * Declining to speak to the press withholds information, and rejects nothing of the other side.
 */
final class Withholdings {
  /** The forms of the verbs of declining that the generic lexicon reads as a rejection. */
  private static final ImmutableSet<String> DECLINING =
      ImmutableSet.of(
          "decline",
          "declines",
          "declined",
          "declining",
          "refuse",
          "refuses",
          "refused",
          "refusing");

  /** Verbs of saying or telling, whose refusal withholds words, not consent. */
  private static final ImmutableSet<String> SAYING =
      ImmutableSet.of(
          "say",
          "comment",
          "elaborate",
          "speculate",
          "specify",
          "disclose",
          "reveal",
          "confirm",
          "detail",
          "identify",
          "name",
          "explain");

  /** Nouns of information that, after "give" or "provide", make the verb one of telling. */
  private static final ImmutableSet<String> DETAILS =
      ImmutableSet.of("details", "specifics", "figures", "comment");

  private Withholdings() {}

  /**
   * Whether an act cue is a verb of declining whose infinitive is a verb of saying: "declined to
   * comment", "refused to say whether ...", "declined to give details". "declined to discuss the
   * offer" and "refused to sign" stay rejections.
   */
  static boolean isRefusalToSay(Tokens tokens, Cue cue) {
    if (!Act.REJECT.id().equals(cue.entry())) {
      return false;
    }
    int verb = tokens.indexBefore(cue.end());
    if (verb < 0 || !DECLINING.contains(tokens.get(verb).lower())) {
      return false;
    }
    int to = verb + 1;
    if (to + 1 >= tokens.size() || !tokens.get(to).lower().equals("to")) {
      return false;
    }
    String said = tokens.get(to + 1).lower();
    if (said.equals("give") || said.equals("provide")) {
      return to + 2 < tokens.size() && DETAILS.contains(tokens.get(to + 2).lower());
    }
    return SAYING.contains(said);
  }
}
