package dev.parley.io.statement;

import com.google.common.collect.ImmutableSet;
import java.util.List;

/**
 * Acts a demand asks of someone: in "Stoltenberg urged Russia to accept the proposal" the
 * acceptance is what is asked of Russia, not an act of anyone's; the one urged is the addressee.
 */
final class AskedActs {
  /** Object pronouns that can stand for the one asked ("urged them to agree"). */
  private static final ImmutableSet<String> OBJECT_PRONOUNS =
      ImmutableSet.of("him", "her", "them", "it", "us", "me", "you");

  /** How many words (a time, a place) may stand between the one asked and the "to". */
  private static final int ADVERBIAL = 4;

  private AskedActs() {}

  /**
   * Whether an act cue is the infinitive of what a demand asks of someone: a demand cue, the one
   * asked (a party, an actor, a role or an object pronoun), at most a few words of time or place,
   * then "to" or "not to" right before the cue ("urged McCarthy on Monday not to give ground").
   * "wants to discuss", with no one asked, is the speaker's own act.
   */
  static boolean isAsked(Tokens tokens, List<Mention> mentions, List<Cue> cues, Cue act) {
    int j = tokens.indexAt(act.start()) - 1;
    if (j < 1 || !tokens.get(j).lower().equals("to")) {
      return false;
    }
    j--;
    if (tokens.get(j).lower().equals("not") || tokens.get(j).lower().equals("never")) {
      j--;
    }
    for (int k = j; k >= Math.max(0, j - ADVERBIAL); k--) {
      Tokens.Token t = tokens.get(k);
      if (!t.isWord()) {
        return false;
      }
      int askedStart = -1;
      if (OBJECT_PRONOUNS.contains(t.lower())) {
        askedStart = t.start();
      }
      for (Mention m : mentions) {
        if (m.end() == t.end()) {
          askedStart = m.start();
        }
      }
      if (askedStart >= 0 && isDemandRightBefore(tokens, cues, askedStart)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a demand cue ends right before an offset, a determiner at most between. */
  private static boolean isDemandRightBefore(Tokens tokens, List<Cue> cues, int offset) {
    int before = tokens.indexAt(offset) - 1;
    if (before >= 0 && English.DETERMINERS.contains(tokens.get(before).lower())) {
      before--;
    }
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
