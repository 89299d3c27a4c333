package dev.parley.io.statement;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * Demands told as a need of the speaker's side: "we need a guarantee that the ratios will hold",
 * "our members need a big pay rise". What one side needs of an item the other side acts on is asked
 * of that side; a party named before "need" is the one obliged (see {@link Obligations}). A thing's
 * need ("the talks need more time") and a need to do something ("we need to", read by the lexicon)
 * are none.
 */
final class Needs {
  /** The forms of "need" that tell a need. */
  private static final WordSet NEED = WordSet.of("need", "needs", "needed");

  /** Subjects of the first person: the speaker's side. */
  private static final WordSet FIRST_PERSON = WordSet.of("we", "i");

  /** Possessives of the first person that open a subject ("our members", "our nurses"). */
  private static final WordSet OURS = WordSet.of("our", "my");

  /** Words after "need" that make it no need of a thing: an infinitive, a negation. */
  private static final WordSet NOT_A_THING =
      WordSet.of("to", "not", "no", "never", "it", "them", "that", "this");

  /** The words a need is found at: a sentence holding none of them tells none. */
  private static final FoldedWords WORDS = new FoldedWords(NEED);

  /**
   * How many words a first-person possessive subject may take after "our" ("our union members").
   */
  private static final int OURS_WORDS = 2;

  private Needs() {}

  /**
   * The demand cues of the sentence's needs: a form of "need" right after a subject of the
   * speaker's side ("we", "I", or "our" or "my" and one or two words), followed by a word that
   * opens a noun phrase (no "to", no negation; perhaps after a quotation mark) and an item named
   * after it before any punctuation. The cue is the verb.
   */
  static List<Cue> find(Tokens tokens, List<Cue> cues) {
    if (!tokens.mayHoldAny(WORDS)) {
      return ImmutableList.of();
    }
    List<Cue> found = new ArrayList<>();
    for (int i = 1; i + 1 < tokens.size(); i++) {
      Tokens.Token verb = tokens.get(i);
      int next = isQuoteMark(tokens.get(i + 1)) ? i + 2 : i + 1;
      if (!NEED.contains(verb)
          || next >= tokens.size()
          || !tokens.get(next).isWord()
          || NOT_A_THING.contains(tokens.get(next))
          || !hasSideSubject(tokens, i)
          || !namesItemAfter(tokens, cues, i)) {
        continue;
      }
      found.add(new Cue(Cue.Kind.ACT, Act.DEMAND.id(), verb.start(), verb.end()));
    }
    return found;
  }

  /** Whether the words right before the verb at {@code i} are a subject of a side. */
  private static boolean hasSideSubject(Tokens tokens, int i) {
    String before = tokens.get(i - 1).lower();
    if (FIRST_PERSON.contains(tokens.get(i - 1))) {
      return true;
    }
    for (int k = i - 2; k >= Math.max(0, i - 1 - OURS_WORDS); k--) {
      if (!tokens.get(k + 1).isWord()) {
        break;
      }
      if (OURS.contains(tokens.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a token is a quotation mark, which neither opens nor closes a clause here. */
  private static boolean isQuoteMark(Tokens.Token t) {
    String w = t.text();
    return w.equals("\"") || w.equals("\u201C") || w.equals("\u201D");
  }

  /**
   * Whether an item is named after the verb at {@code i} before any punctuation but quotation marks
   * ('needed "binding guarantees" that Kyiv would not join').
   */
  private static boolean namesItemAfter(Tokens tokens, List<Cue> cues, int i) {
    int stop = tokens.get(tokens.size() - 1).end();
    for (int k = i + 1; k < tokens.size(); k++) {
      Tokens.Token t = tokens.get(k);
      if (!t.isWord() && !t.text().equals("-") && !isQuoteMark(t)) {
        stop = t.start();
        break;
      }
    }
    int from = tokens.get(i).end();
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.ITEM && cue.start() >= from && cue.end() <= stop) {
        return true;
      }
    }
    return false;
  }
}
