package dev.parley.io.statement;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * Stances told with a copula and a preposition, with no act verb: "the union is for a pay rise"
 * accepts it, "the hospital is against staffing ratios" rejects them, "remains in favour of the
 * raise" accepts it. The object must be an item of the case.
 */
final class Positions {
  /** Forms of "be" and of staying that take a position after them. */
  private static final WordSet COPULAS =
      WordSet.of(
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "remain",
          "remains",
          "remained",
          "stay",
          "stays",
          "stayed");

  /** Adverbs that may stand between the copula and its preposition: "is firmly against". */
  private static final WordSet ADVERBS =
      WordSet.of("still", "firmly", "strongly", "also", "now", "clearly", "squarely", "all");

  /** Words that may stand between the preposition and the item: "against any staffing ratios". */
  private static final int REACH = 3;

  private Positions() {}

  /**
   * The positions of a sentence, each an act cue on its preposition: "for" or "in favour of" (an
   * acceptance), "against" (a rejection), after a copula and at most one adverb or "not", with an
   * item of the case starting at most three words after it and no punctuation between.
   */
  static List<Cue> find(Tokens tokens, List<Cue> cues) {
    if (!Cue.anyOfKind(cues, Cue.Kind.ITEM)) {
      return ImmutableList.of();
    }
    List<Cue> found = new ArrayList<>();
    for (int i = 1; i < tokens.size(); i++) {
      String w = tokens.get(i).lower();
      int end;
      Act act;
      if (w.equals("for") || w.equals("against")) {
        end = i;
        act = w.equals("for") ? Act.ACCEPT : Act.REJECT;
      } else if (w.equals("in")
          && i + 2 < tokens.size()
          && FAVOUR.contains(tokens.get(i + 1).lower())
          && tokens.get(i + 2).lower().equals("of")) {
        end = i + 2;
        act = Act.ACCEPT;
      } else {
        continue;
      }
      if (afterCopula(tokens, i) && itemAfter(tokens, cues, end)) {
        found.add(new Cue(Cue.Kind.ACT, act.id(), tokens.get(i).start(), tokens.get(end).end()));
      }
    }
    return found;
  }

  private static final ImmutableList<String> FAVOUR = ImmutableList.of("favour", "favor");

  private static boolean afterCopula(Tokens tokens, int i) {
    int j = i - 1;
    if (j > 0 && (ADVERBS.contains(tokens.get(j)) || tokens.get(j).lower().equals("not"))) {
      j--;
    }
    if (j > 0 && tokens.get(j).lower().equals("not")) {
      j--;
    }
    return j >= 1 && COPULAS.contains(tokens.get(j));
  }

  private static boolean itemAfter(Tokens tokens, List<Cue> cues, int end) {
    int limit = Math.min(tokens.size(), end + 1 + REACH);
    for (int k = end + 1; k < limit; k++) {
      Tokens.Token t = tokens.get(k);
      for (Cue cue : cues) {
        if (cue.kind() == Cue.Kind.ITEM && cue.start() == t.start()) {
          return true;
        }
      }
      if (!t.isWord()) {
        return false;
      }
    }
    return false;
  }
}
