package dev.parley.io.statement;

/**
 * Whether an acceptance takes only part of its object: "agreed to some of the proposals", "accepted
 * parts of the plan", "partly accepted", "accepted the plan in part".
 */
final class Partial {
  /** How many words after the act cue a part word may come ("agreed to some of"). */
  private static final int REACH = 2;

  private Partial() {}

  static boolean isPartial(Tokens tokens, Cue act) {
    int first = tokens.indexAt(act.start());
    if (first > 0 && English.PART_ADVERBS.contains(tokens.get(first - 1))) {
      return true;
    }
    int after = tokens.indexAt(act.end());
    for (int j = after; j < Math.min(tokens.size() - 1, after + REACH + 1); j++) {
      String w = tokens.get(j).lower();
      if (!tokens.get(j).isWord()) {
        return false;
      }
      if (English.PART_ADVERBS.contains(tokens.get(j))
          || (English.PART_WORDS.contains(tokens.get(j)) && tokens.get(j + 1).lower().equals("of"))
          || (w.equals("in") && tokens.get(j + 1).lower().equals("part"))) {
        return true;
      }
    }
    return false;
  }
}
