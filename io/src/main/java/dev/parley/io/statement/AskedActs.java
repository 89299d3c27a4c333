package dev.parley.io.statement;

import java.util.List;

/**
 * Acts a demand asks of someone: in "Stoltenberg urged Russia to accept the proposal" the
 * acceptance is what is asked of Russia, not an act of anyone's; the one urged is the addressee.
 * The same holds for an act in a demand's that-clause ("insisted that NATO must renounce ...").
 */
final class AskedActs {
  /** How many words the one asked and a time or place may take ("McCarthy on Monday"). */
  private static final int ASKED = 6;

  /** Object pronouns that stand for the one asked ("urged them to agree"). */
  private static final WordSet OBJECT_PRONOUNS =
      WordSet.of("him", "her", "them", "us", "me", "you", "it");

  /** Words for a group that can be asked ("all parties", "both sides", "members"). */
  static final WordSet GROUPS =
      WordSet.of(
          "all",
          "both",
          "everyone",
          "parties",
          "parts",
          "sides",
          "side",
          "members",
          "countries",
          "states",
          "governments",
          "leaders",
          "negotiators",
          "allies",
          "partners",
          "lawmakers",
          "workers",
          "companies",
          "government",
          "administration",
          "union");

  private static final WordSet BE = WordSet.of("is", "are", "was", "were", "be", "been", "being");

  private AskedActs() {}

  /**
   * Whether an act cue is the infinitive of what a demand asks of someone: a demand cue, the one
   * asked and perhaps a time or place (one to six words, no punctuation, naming someone: a name, an
   * object pronoun or a group word), then "to" or "not to" right before the cue ("urged McCarthy on
   * Monday not to give ground", "urged all parties to renew the deal"); or a passive demand
   * ("Russia was urged to accept"). "wants to discuss" and "wants more time to discuss", with no
   * one asked, are the speaker's own act.
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
    if (isPassiveDemand(tokens, cues, j) || holdsTheOneAsked(cues, tokens.get(j))) {
      return true;
    }
    boolean someone = false;
    for (int k = j; k > Math.max(-1, j - ASKED); k--) {
      Tokens.Token t = tokens.get(k);
      if (!t.isWord()) {
        return false;
      }
      someone |= t.isCapitalised() || OBJECT_PRONOUNS.contains(t) || GROUPS.contains(t);
      if (someone && isDemandRightBefore(tokens, cues, t.start())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a demand cue of several words ends with {@code last}, the word before "to": a demand
   * told with the one asked inside it ("pressed the insurgents to", "told them to").
   */
  private static boolean holdsTheOneAsked(List<Cue> cues, Tokens.Token last) {
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.ACT
          && cue.entry().equals(Act.DEMAND.id())
          && cue.end() == last.end()
          && cue.start() < last.start()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word ends a passive demand cue: "was urged", "have been asked". */
  private static boolean isPassiveDemand(Tokens tokens, List<Cue> cues, int last) {
    if (last < 1) {
      return false;
    }
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.ACT
          && cue.entry().equals(Act.DEMAND.id())
          && cue.end() == tokens.get(last).end()) {
        int before = tokens.indexAt(cue.start()) - 1;
        return before >= 0 && BE.contains(tokens.get(before));
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

  /** How many words a demand's "that" and the act cue in its clause may stand apart. */
  private static final int DEMANDED_CLAUSE_REACH = 8;

  /**
   * Whether an act cue stands in the that-clause of the demand cue before it, and so says what is
   * demanded rather than an act of its own: "the demand that NATO pledge not to expand", "insisted
   * that Kyiv reject the plan". The "that" follows the demand within a few words, and nothing but
   * words stands between it and the cue (a comma may end the clause: "demanded that X withdraw, and
   * X refused"). A hope's clause needs no "that": "hoped the two leaders would continue their
   * dialogue".
   */
  static boolean isInDemandedClause(Tokens tokens, Cue previous, Cue act) {
    if (!Act.DEMAND.id().equals(previous.entry())) {
      return false;
    }
    int from = tokens.indexBefore(previous.end()) + 1;
    int cue = tokens.indexAt(act.start());
    if (from <= 0 || cue < from) {
      return false;
    }
    // "hoped the two leaders would continue their dialogue": a hope's clause needs no "that".
    int that = Hopes.isHope(tokens.get(from - 1).lower()) ? from - 1 : -1;
    for (int j = from; that < 0 && j < cue && j <= from + DEMANDED_CLAUSE_REACH; j++) {
      if (tokens.get(j).lower().equals("that")) {
        that = j;
        break;
      }
    }
    if (that < 0 || cue - that > DEMANDED_CLAUSE_REACH) {
      return false;
    }
    for (int j = that + 1; j < cue; j++) {
      if (!tokens.get(j).isWord()) {
        return false;
      }
    }
    return true;
  }
}
