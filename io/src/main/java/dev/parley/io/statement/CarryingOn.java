package dev.parley.io.statement;

/**
 * Not leaving talks is staying in them: "had not walked away from the talks", "did not pull out of
 * the negotiations" tell that the speaker goes on talking, a discussion, not an acceptance of what
 * the talks are about.
 */
final class CarryingOn {
  /** Nouns of talks, as opposed to a deal reached. */
  private static final WordSet TALKS =
      WordSet.of(
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

  /**
   * Words a cue of walking away may end with after "away": "walked away and ...", "walked away
   * again".
   */
  private static final WordSet AFTER_AWAY = WordSet.of("and", "but", "again", "altogether");

  /**
   * Whether a reject cue leaves talks: its last word is a noun of talks, or it is walking away with
   * nothing after "away" ("had not walked away"), which leaves the talks the sentence is about.
   */
  static boolean leavesTalks(Tokens tokens, Cue cue) {
    int first = tokens.indexAt(cue.start());
    int last = tokens.indexBefore(cue.end());
    while (last > first && (!tokens.get(last).word() || AFTER_AWAY.contains(tokens.get(last)))) {
      last--;
    }
    if (last <= first) {
      return false;
    }
    String word = tokens.get(last).lower();
    return TALKS.contains(tokens.get(last)) || word.equals("away");
  }
}
