package dev.parley.io.statement;

import java.util.List;

/**
 * Acts a demand asks of someone: in "Stoltenberg urged Russia to accept the proposal" the
 * acceptance is what is asked of Russia, not an act of anyone's; the one urged is the addressee.
 */
final class AskedActs {
  /** How many words the one asked and a time or place may take ("McCarthy on Monday"). */
  private static final int ASKED = 4;

  private AskedActs() {}

  /**
   * Whether an act cue is the infinitive of what a demand asks of someone: a demand cue, the one
   * asked and perhaps a time or place (one to four words, no punctuation), then "to" or "not to"
   * right before the cue ("urged McCarthy on Monday not to give ground", "urged all parties to
   * renew the deal"). "wants to discuss", with no one asked, is the speaker's own act.
   */
  static boolean isAsked(Tokens tokens, List<Cue> cues, Cue act) {
    int j = tokens.indexAt(act.start()) - 1;
    if (j < 1 || !tokens.get(j).lower().equals("to")) {
      return false;
    }
    j--;
    if (tokens.get(j).lower().equals("not") || tokens.get(j).lower().equals("never")) {
      j--;
    }
    for (int k = j; k > Math.max(-1, j - ASKED); k--) {
      Tokens.Token t = tokens.get(k);
      if (!t.isWord()) {
        return false;
      }
      if (isDemandRightBefore(tokens, cues, t.start())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a demand cue ends right before an offset. */
  private static boolean isDemandRightBefore(Tokens tokens, List<Cue> cues, int offset) {
    int before = tokens.indexAt(offset) - 1;
    if (before < 0) {
      return false;
    }
    int end = tokens.get(before).end();
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.ACT && cue.entry().equals(Act.DEMAND.id()) && cue.end() == end) {
        return true;
      }
    }
    return false;
  }
}
