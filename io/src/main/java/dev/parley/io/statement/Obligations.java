package dev.parley.io.statement;

import java.util.ArrayList;
import java.util.List;

/**
 * What one party says another should or must do is a demand on it: "Mercy Hospital should withdraw
 * the staffing ratios, the union said", "said the hospitals ought to restore the pay rise". The
 * party before the modal is the one asked, the addressee, never the speaker ("Mercy Hospital must
 * agree to a pay rise, Carter said" is the union's demand).
 */
final class Obligations {
  /** Modals of obligation: the subject before them is the one obliged. */
  static final WordSet MODALS = WordSet.of("must", "should", "ought", "need", "needs");

  /** Modals of obligation that the generic lexicon does not read as a demand of their own. */
  private static final WordSet UNREAD = WordSet.of("should", "ought");

  /** "should" and "ought" as a cheap test: a sentence holding neither makes no demand here. */
  private static final FoldedWords UNREAD_WORDS = new FoldedWords(UNREAD);

  private Obligations() {}

  /** Whether the act cue opens with a modal of obligation ("must comply", "should withdraw"). */
  static boolean isObligation(Tokens tokens, Cue act) {
    int at = tokens.indexAt(act.start());
    return at < tokens.size() && MODALS.contains(tokens.get(at));
  }

  /**
   * Whether the act is what its clause's subject is obliged to do: a modal of obligation right
   * after the subject (auxiliaries and -ly adverbs aside) and the act at or after it with no
   * punctuation between ("The universities must decide the numbers and submit the plans"). Told by
   * no one, such a sentence states a duty, no act of the one bound.
   */
  static boolean bindsItsSubject(Tokens tokens, Mention subject, Cue act) {
    int k = tokens.indexAt(subject.end());
    while (k < tokens.size()
        && !MODALS.contains(tokens.get(k))
        && Attribution.isAuxiliaryOrAdverb(tokens.get(k))) {
      k++;
    }
    if (k >= tokens.size() || !MODALS.contains(tokens.get(k))) {
      return false;
    }
    int at = tokens.indexAt(act.start());
    for (int j = k; j < at && j < tokens.size(); j++) {
      if (!tokens.get(j).isWord()) {
        return false;
      }
    }
    return at >= k;
  }

  /**
   * Whether the sentence has an item cue and holds "should" or "ought": false tells that {@link
   * #find} gives nothing, without the sentence's mentions.
   */
  static boolean mayFind(Tokens tokens, List<Cue> cues) {
    return Cue.anyOfKind(cues, Cue.Kind.ITEM) && tokens.mayHoldAny(UNREAD_WORDS);
  }

  /**
   * The demand cues of "should" and "ought" right after a known party or actor ("Mercy Hospital
   * should withdraw"), with an item named after it before any punctuation; "should" after a pronoun
   * or a thing ("the deal should be signed") and one that names no item give none.
   */
  static List<Cue> find(Tokens tokens, List<Mention> mentions, List<Cue> cues) {
    List<Cue> found = new ArrayList<>();
    for (int i = 1; i + 1 < tokens.size(); i++) {
      Tokens.Token t = tokens.get(i);
      if (UNREAD.contains(t)
          && afterAName(tokens.get(i - 1), mentions)
          && namesAnItemAfter(tokens, cues, i)) {
        found.add(new Cue(Cue.Kind.ACT, Act.DEMAND.id(), t.start(), t.end()));
      }
    }
    return found;
  }

  private static boolean afterAName(Tokens.Token before, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.end() == before.end() && (m.party().isPresent() || m.actor().isPresent())) {
        return true;
      }
    }
    return false;
  }

  /** Whether an item is named after token {@code i}, before any punctuation. */
  static boolean namesAnItemAfter(Tokens tokens, List<Cue> cues, int i) {
    for (int k = i + 1; k < tokens.size(); k++) {
      Tokens.Token t = tokens.get(k);
      if (!t.isWord() && !t.text().startsWith("'")) {
        return false;
      }
      if (Cue.anyHolds(cues, Cue.Kind.ITEM, t)) {
        return true;
      }
    }
    return false;
  }
}
