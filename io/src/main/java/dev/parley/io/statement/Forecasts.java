package dev.parley.io.statement;

/**
 * Acts that a sentence only expects or schedules ("is expected to approve the extension", "is due
 * to sign the deal on Friday"): a forecast, which reports no act by anyone.
 */
final class Forecasts {
  /** Words that, after a form of "be" and before "to", make what follows a forecast. */
  private static final WordSet EXPECTING =
      WordSet.of("expected", "due", "scheduled", "slated", "set", "poised", "likely");

  /** Forms of "be" that carry a forecast. */
  private static final WordSet BE =
      WordSet.of("is", "are", "was", "were", "be", "been", "being", "remains", "seems");

  private Forecasts() {}

  /**
   * Whether an act cue is the verb of a forecast: "to" before it, perhaps with -ly adverbs between,
   * a word of expecting or scheduling before that and a form of "be" (perhaps with "also", "now" or
   * an -ly adverb) before that ("Russia is widely expected to reject", "the parliament is due to
   * approve"), also when the verb holds the talk the cue names ("is due to begin talks"). "expected
   * Russia to reject" (someone's expectation of another) and "set out to reject" are no forecast
   * here.
   */
  static boolean isForecast(Tokens tokens, Cue cue) {
    int at = tokens.indexAt(cue.start());
    if (isExpectingWord(tokens, at)) {
      return true;
    }
    int j = at - 1;
    if (j > 0 && English.DETERMINERS.contains(tokens.get(j))) {
      j--;
    }
    if (j > 0 && English.HOLDING_VERBS.contains(tokens.get(j))) {
      // "is due to begin talks": the forecast verb holds the talk the cue names.
      j--;
    }
    while (j >= 0 && isAdverb(tokens.get(j).lower())) {
      j--;
    }
    if (j < 1 || !tokens.get(j).lower().equals("to")) {
      return false;
    }
    j--;
    if (!EXPECTING.contains(tokens.get(j))) {
      return false;
    }
    j--;
    while (j >= 0 && isAdverb(tokens.get(j).lower())) {
      j--;
    }
    return j >= 0 && BE.contains(tokens.get(j));
  }

  /**
   * Whether the cue's word is itself the word of expecting of a forecast: "is expected to meet",
   * where "expected" says what others foresee, not what its subject asks of anyone ("Moscow
   * expected Kyiv to withdraw" stays a demand).
   */
  private static boolean isExpectingWord(Tokens tokens, int at) {
    if (at < 1
        || at + 1 >= tokens.size()
        || !EXPECTING.contains(tokens.get(at))
        || !tokens.get(at + 1).lower().equals("to")) {
      return false;
    }
    int j = at - 1;
    while (j >= 0 && isAdverb(tokens.get(j).lower())) {
      j--;
    }
    return j >= 0 && BE.contains(tokens.get(j));
  }

  private static boolean isAdverb(String word) {
    return word.equals("also")
        || word.equals("now")
        || word.equals("still")
        || (word.length() > 4 && word.endsWith("ly") && !word.equals("likely"));
  }
}
