package dev.parley.io.statement;

import java.util.ArrayList;
import java.util.List;

/**
 * A call on a group to act, made with "call" alone ("called the two sides to implement it without
 * delay", "calls all parties to refrain from"): a demand, as "called on" is.
 */
final class Calls {
  private static final WordSet CALL = WordSet.of("call", "calls", "called");

  /** Words that end the search for the group: "called on", "called for" are read elsewhere. */
  private static final WordSet STOPS = WordSet.of("on", "for");

  /** How many words the group called on may take ("the two sides", "all the parties"). */
  private static final int GROUP = 5;

  private Calls() {}

  /**
   * The demand cues of the sentence's calls: a form of "call", one to five words with no
   * punctuation ending in a word for a group (sides, parties, countries, members...), then "to" or
   * "not to" and a word. A name or a pronoun called ("called Putin to discuss Ukraine") is a
   * telephone call, and "called the talks useful" or "called on" is read elsewhere.
   */
  static List<Cue> find(Tokens tokens) {
    List<Cue> found = new ArrayList<>();
    for (int i = 0; i + 3 < tokens.size(); i++) {
      if (CALL.contains(tokens.get(i))
          && Instructions.oneAsked(tokens, i, GROUP, STOPS, t -> AskedActs.GROUPS.contains(t))
              > 0) {
        Tokens.Token call = tokens.get(i);
        found.add(new Cue(Cue.Kind.ACT, Act.DEMAND.id(), call.start(), call.end()));
      }
    }
    return found;
  }
}
