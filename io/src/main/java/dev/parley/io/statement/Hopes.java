package dev.parley.io.statement;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * Hopes told without "that": "said it hoped the two leaders would continue their dialogue" wishes
 * an act of others, a call on them, as "expressed hope that" is in the generic lexicon.
 */
final class Hopes {
  /** The forms of "hope" that take a clause. */
  private static final WordSet HOPE = WordSet.of("hope", "hopes", "hoped", "hoping");

  /** Modals of the hoped-for clause. */
  private static final WordSet WILL = WordSet.of("will", "would", "can", "could", "should");

  /** How many words the clause's subject may take before its modal ("the two leaders"). */
  private static final int SUBJECT_WORDS = 5;

  /** The verbs of hoping as a cheap test: a sentence holding none of them makes no call. */
  private static final FoldedWords HOPE_WORDS = new FoldedWords(HOPE);

  private Hopes() {}

  /** Whether a word is a form of "hope" that may take a clause. */
  static boolean isHope(String word) {
    return HOPE.contains(word);
  }

  /**
   * The demand cues of the sentence's hopes: a form of "hope" not followed by "that" (read by the
   * lexicon) nor by "to" (an aim of one's own: "hopes to reach a deal"), and a clause whose subject
   * of one to five words, with no punctuation, is followed by a modal ("hoped the two leaders would
   * continue", "hopes Moscow will respond"). "hoped for progress" and "hope is fading" give none.
   */
  static List<Cue> find(Tokens tokens, List<Cue> cues) {
    if (!tokens.mayHoldAny(HOPE_WORDS)) {
      return ImmutableList.of();
    }
    List<Cue> found = new ArrayList<>();
    for (int i = 1; i + 2 < tokens.size(); i++) {
      if (!HOPE.contains(tokens.get(i)) || Cue.anyHolds(cues, Cue.Kind.ACT, tokens.get(i))) {
        continue;
      }
      for (int k = i + 1; k < Math.min(tokens.size(), i + 2 + SUBJECT_WORDS); k++) {
        Tokens.Token t = tokens.get(k);
        if (!t.isWord() || (k == i + 1 && (t.lower().equals("that") || t.lower().equals("to")))) {
          break;
        }
        if (WILL.contains(t)) {
          if (k > i + 1) {
            Tokens.Token verb = tokens.get(i);
            found.add(new Cue(Cue.Kind.ACT, Act.DEMAND.id(), verb.start(), verb.end()));
          }
          break;
        }
      }
    }
    return found;
  }
}
