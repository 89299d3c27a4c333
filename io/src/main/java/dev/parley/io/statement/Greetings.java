package dev.parley.io.statement;

import com.google.common.base.Ascii;
import java.util.List;

/**
 * Welcoming a guest is no acceptance: "welcomed the delegation", "welcomed Blinken to Moscow" name
 * someone received, not a thing the speaker takes, while "welcomed the proposal" and "welcomed
 * Blinken's remarks" stay acceptances.
 */
final class Greetings {
  /** Nouns of those one receives. */
  private static final WordSet GUESTS =
      WordSet.of(
          "delegation",
          "delegations",
          "delegates",
          "visitor",
          "visitors",
          "guest",
          "guests",
          "counterpart",
          "counterparts",
          "envoy",
          "envoys",
          "team",
          "visit");

  /** Words that may end a guest's phrase: the end of the clause, or where and when it came. */
  private static final WordSet AFTER_GUEST =
      WordSet.of(
          ",", ";", ":", ".", "!", "?", "(", ")", "\u2013", "\u2014", "to", "in", "at", "on",
          "and");

  private static final WordSet DETERMINERS =
      WordSet.of("the", "a", "an", "his", "her", "their", "its", "our");

  private Greetings() {}

  /**
   * Whether an act cue is a one-word verb of welcoming whose object is a guest: after at most a
   * determiner and a modifier, a noun of guests ({@link #GUESTS}), or a known actor or party alone,
   * followed by the end of the clause or by "to", "in", "at", "on" or "and".
   */
  static boolean isGreeting(Tokens tokens, List<Cue> cues, Cue cue) {
    int first = tokens.indexAt(cue.start());
    int k = tokens.indexAt(cue.end());
    if (k - first != 1
        || !Ascii.toLowerCase(tokens.get(first).text()).startsWith("welcom")
        || k >= tokens.size()) {
      return false;
    }
    for (Cue other : cues) {
      if ((other.kind() == Cue.Kind.ACTOR || other.kind() == Cue.Kind.PARTY)
          && other.start() == tokens.get(k).start()) {
        int after = tokens.indexAt(other.end());
        return after >= tokens.size() || AFTER_GUEST.contains(tokens.get(after));
      }
    }
    if (DETERMINERS.contains(tokens.get(k))) {
      k++;
    }
    for (int j = k; j < Math.min(tokens.size(), k + 2); j++) {
      if (GUESTS.contains(tokens.get(j))) {
        return j + 1 >= tokens.size() || AFTER_GUEST.contains(tokens.get(j + 1));
      }
    }
    return false;
  }
}
