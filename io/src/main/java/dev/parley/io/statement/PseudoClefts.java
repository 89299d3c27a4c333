package dev.parley.io.statement;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * Refusals told as a pseudo-cleft: "What we will not do is reopen the contract" refuses what
 * follows "is", as "we will not reopen the contract" does, though no act word tells it.
 */
final class PseudoClefts {
  /** Modals that, negated, refuse. */
  private static final WordSet MODALS = WordSet.of("will", "would", "can", "shall");

  /** Negations after the modal. */
  private static final WordSet NOT = WordSet.of("not", "never");

  /** Negated modals written as one word. */
  private static final WordSet NEGATED_MODALS =
      WordSet.of("won't", "wouldn't", "cannot", "can't", "won\u2019t", "can\u2019t");

  /** Forms of "be" that join the cleft's two halves. */
  private static final WordSet BE = WordSet.of("is", "was");

  /** How many words the subject between "what" and the modal may take ("what the union will"). */
  private static final int SUBJECT_WORDS = 3;

  /** How many words after "is" are searched for an act word that tells the refusal itself. */
  private static final int COMPLEMENT_REACH = 6;

  private PseudoClefts() {}

  /**
   * The word a pseudo-cleft opens with. No char beyond ASCII is any of its letters with its case
   * ignored, so the text's ASCII capitals made small hold it whenever the text holds it in any
   * case.
   */
  private static final FoldedWords WHAT = new FoldedWords(ImmutableList.of("what"));

  /** Whether the sentence may hold a pseudo-cleft: it has the word "what", in any case. */
  static boolean mayFind(Tokens tokens) {
    return tokens.mayHoldAny(WHAT);
  }

  /**
   * The rejection cues of the sentence's pseudo-clefts: "what", a subject of one to three words, a
   * negated modal ("will not", "won't", "cannot", "will never"), "do", "is" or "was" and a word,
   * the refused verb ("What we won't do is sign a two-year deal"). The cue spans from "what" to
   * that verb. A complement that holds an act word ("What we will not do is accept the offer") is
   * read by that word, negated, and gives none here.
   */
  static List<Cue> find(Tokens tokens, List<Cue> cues) {
    List<Cue> found = new ArrayList<>();
    for (int i = 0; i + 5 < tokens.size(); i++) {
      if (!tokens.get(i).lower().equals("what")) {
        continue;
      }
      int doAt = negatedDo(tokens, i + 1);
      if (doAt < 0 || doAt + 2 >= tokens.size() || !BE.contains(tokens.get(doAt + 1))) {
        continue;
      }
      Tokens.Token verb = tokens.get(doAt + 2);
      if (!verb.isWord() || holdsAnAct(tokens, cues, doAt + 2)) {
        continue;
      }
      found.add(new Cue(Cue.Kind.ACT, Act.REJECT.id(), tokens.get(i).start(), verb.end()));
    }
    return found;
  }

  /**
   * The index of "do" after a subject and a negated modal from token {@code from} ("we will not
   * do", "the union won't do"), or -1.
   */
  private static int negatedDo(Tokens tokens, int from) {
    for (int j = from + 1; j <= from + SUBJECT_WORDS && j < tokens.size(); j++) {
      if (!tokens.get(j - 1).isWord()) {
        return -1;
      }
      String w = tokens.get(j).lower();
      int next;
      if (NEGATED_MODALS.contains(tokens.get(j))) {
        next = j + 1;
      } else if (MODALS.contains(tokens.get(j))
          && j + 1 < tokens.size()
          && NOT.contains(tokens.get(j + 1))) {
        next = j + 2;
      } else {
        continue;
      }
      return next < tokens.size() && tokens.get(next).lower().equals("do") ? next : -1;
    }
    return -1;
  }

  /** Whether an act cue stands in the complement from token {@code from} before punctuation. */
  private static boolean holdsAnAct(Tokens tokens, List<Cue> cues, int from) {
    for (int k = from; k < Math.min(tokens.size(), from + COMPLEMENT_REACH); k++) {
      Tokens.Token t = tokens.get(k);
      if (!t.isWord()) {
        return false;
      }
      if (Cue.anyHolds(cues, Cue.Kind.ACT, t)) {
        return true;
      }
    }
    return false;
  }
}
