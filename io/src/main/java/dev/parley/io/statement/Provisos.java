package dev.parley.io.statement;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * A demand told as the only way to a deal: "the deal can only be signed if the hospital offers a
 * pay rise", "only when the union drops its demand", "there can be no settlement until the
 * hospitals agree to a raise". What the condition asks of the other side is demanded; the acts
 * named in the condition are what is asked, not acts of their own.
 */
final class Provisos {
  /** Words that open the condition. */
  private static final WordSet CONNECTIVES =
      WordSet.of("if", "when", "once", "after", "until", "unless");

  /** Connectives after "there can be no ...": what must happen first. */
  private static final WordSet UNTIL = WordSet.of("until", "unless");

  /** Modals before "only" ("can only be signed if"). */
  private static final WordSet MODALS = WordSet.of("can", "could", "will", "would", "may", "shall");

  /** Forms of "be" before "no" ("there can be no settlement until"). */
  private static final WordSet BE = WordSet.of("be", "is");

  /** Words between the "only" or "no" and the connective, with no punctuation. */
  private static final int REACH = 6;

  private Provisos() {}

  /**
   * The demand cues of the sentence: each connective, with an item named after it before any
   * punctuation, that follows "only" (perhaps "can only ... if") or "there can be no ... until".
   */
  static List<Cue> find(Tokens tokens, List<Cue> cues) {
    if (!Cue.anyOfKind(cues, Cue.Kind.ITEM)) {
      return ImmutableList.of();
    }
    List<Cue> found = new ArrayList<>();
    for (int i = 1; i < tokens.size(); i++) {
      Tokens.Token token = tokens.get(i);
      String w = token.lower();
      int from = CONNECTIVES.contains(token) ? provisoStart(tokens, i) : -1;
      if (from >= 0 && Obligations.namesAnItemAfter(tokens, cues, i)) {
        found.add(
            new Cue(Cue.Kind.ACT, Act.DEMAND.id(), tokens.get(from).start(), tokens.get(i).end()));
      }
    }
    return found;
  }

  /** Whether an act cue stands in the condition of one of {@code provisos}, before punctuation. */
  static boolean isInCondition(Tokens tokens, List<Cue> provisos, Cue cue) {
    for (Cue proviso : provisos) {
      if (cue.start() < proviso.end()) {
        continue;
      }
      for (int k = tokens.indexAt(proviso.end()); k < tokens.size(); k++) {
        Tokens.Token t = tokens.get(k);
        if (t.start() >= cue.start()) {
          return true;
        }
        if (!t.isWord() && !t.text().startsWith("'")) {
          break;
        }
      }
    }
    return false;
  }

  /**
   * Where the proviso before the connective at {@code i} starts: its "only" or "no"; -1 when the
   * connective opens no proviso.
   */
  private static int provisoStart(Tokens tokens, int i) {
    Tokens.Token token = tokens.get(i);
    String w = token.lower();
    for (int j = i - 1; j >= Math.max(0, i - 1 - REACH); j--) {
      Tokens.Token t = tokens.get(j);
      if (!t.isWord() && !t.text().startsWith("'")) {
        return -1;
      }
      String v = t.lower();
      if (v.equals("only")) {
        return j == i - 1 || (j > 0 && MODALS.contains(tokens.get(j - 1))) ? j : -1;
      }
      if (v.equals("no") && UNTIL.contains(token) && j > 0 && BE.contains(tokens.get(j - 1))) {
        return j;
      }
    }
    return -1;
  }
}
