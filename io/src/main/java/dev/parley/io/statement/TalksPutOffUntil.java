package dev.parley.io.statement;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * Talks put off until the other side acts: "postponed talks with Velmar until its troops withdraw",
 * "suspended the negotiations until the insurgents free the hostages". Holding back the talks on a
 * condition of the other side's doing refuses them for now and asks for what the condition names: a
 * rejection from the verb to the talks and a demand from "until" or "unless" to the condition's
 * end. A forum's calendar ("postponed talks with the union until Monday": no side and no item in
 * the condition) stays no act, as {@link Procedures} says.
 */
final class TalksPutOffUntil {
  /** Words that open the condition the talks wait for. */
  private static final WordSet UNTIL = WordSet.of("until", "unless", "till");

  /** The words of the cheap test. */
  private static final FoldedWords WORDS = new FoldedWords(UNTIL);

  /** How many words may stand between the talks and "until" ("talks with Russia on a new pact"). */
  private static final int REACH = 10;

  private TalksPutOffUntil() {}

  /**
   * Whether the sentence may put talks off on a condition: it holds "until", "unless" or "till".
   */
  static boolean mayFind(Tokens tokens) {
    return tokens.mayHoldAny(WORDS);
  }

  /** The rejection and demand cues of the talks the sentence puts off on a condition. */
  static List<Cue> find(Tokens tokens, List<Cue> cues) {
    List<Cue> found = new ArrayList<>();
    for (Cue cue : cues) {
      if (cue.kind() != Cue.Kind.ACT) {
        continue;
      }
      int verb = Procedures.putOffBy(tokens, cue);
      if (verb < 0) {
        continue;
      }
      int until = untilAfter(tokens, tokens.indexBefore(cue.end()));
      if (until < 0) {
        continue;
      }
      int end = until + 1;
      boolean named = false;
      while (end < tokens.size() && tokens.get(end).isWord()) {
        Tokens.Token t = tokens.get(end);
        named |=
            Cue.anyHolds(cues, Cue.Kind.PARTY, t)
                || Cue.anyHolds(cues, Cue.Kind.ACTOR, t)
                || Cue.anyHolds(cues, Cue.Kind.ITEM, t);
        end++;
      }
      if (!named) {
        continue;
      }
      found.add(new Cue(Cue.Kind.ACT, Act.REJECT.id(), tokens.get(verb).start(), cue.end()));
      found.add(
          new Cue(
              Cue.Kind.ACT, Act.DEMAND.id(), tokens.get(until).start(), tokens.get(end - 1).end()));
    }
    return found.isEmpty() ? ImmutableList.of() : found;
  }

  /** The index of "until" or "unless" within ten words after {@code last}, or -1. */
  private static int untilAfter(Tokens tokens, int last) {
    for (int k = last + 1; k < Math.min(tokens.size(), last + 1 + REACH); k++) {
      Tokens.Token t = tokens.get(k);
      if (!t.isWord()) {
        return -1;
      }
      if (UNTIL.contains(t)) {
        return k;
      }
    }
    return -1;
  }
}
