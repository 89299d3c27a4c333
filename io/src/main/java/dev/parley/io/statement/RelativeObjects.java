package dev.parley.io.statement;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An act told in a relative clause after a comma, whose object is what the sentence named before
 * the comma: "Mercy called for longer shifts, a plan the union rejected outright", "the union wants
 * a pay rise, which Mercy has ruled out". Its speaker is the clause's own subject; when the act's
 * own clause names no item, its items are those named before the comma, back to the act before it.
 */
final class RelativeObjects {
  /** Words that open a noun phrase in apposition to what came before ("a plan", "something"). */
  private static final WordSet APPOSITION_OPENERS = WordSet.of("a", "an", "one", "something");

  /** How many words the clause may hold before its act ("a plan Mercy and the union have"). */
  private static final int WORDS_BEFORE_ACT = 9;

  /** How many words may stand between the clause's subject and its act ("has long"). */
  private static final int WORDS_AFTER_SUBJECT = 3;

  private RelativeObjects() {}

  /**
   * The subject of the act's clause, when the clause opens right after a comma and is a relative
   * clause whose object is what came before the comma, else null: "which", or an indefinite noun
   * phrase in apposition ("a plan", "an idea", "something") or a bare plural noun ("terms"), then a
   * subject of its own (a party, an actor or a pronoun, perhaps after "the") within three words of
   * the act: "..., which the union has ruled out", "..., a plan the insurgents rejected". ", which
   * rejected the plan" (no subject of its own: the clause tells of the one before the comma) and ",
   * and the union rejected it" are none.
   */
  static @Nullable Mention subjectAnsweringWhatCameBefore(
      Tokens tokens, List<Mention> mentions, int clauseStart, Cue act) {
    int k = tokens.indexAt(clauseStart);
    int at = tokens.indexAt(act.start());
    if (k == 0 || k >= at || at - k > WORDS_BEFORE_ACT || !tokens.get(k - 1).text().equals(",")) {
      return null;
    }
    String first = tokens.get(k).lower();
    boolean opens =
        first.equals("which")
            || APPOSITION_OPENERS.contains(tokens.get(k))
            || (isBarePlural(first) && !tokens.get(k).isCapitalised());
    if (!opens) {
      return null;
    }
    for (int j = k; j < at; j++) {
      if (!tokens.get(j).isWord()) {
        return null;
      }
    }
    int firstEnd = tokens.get(k).end();
    Mention subject = null;
    for (Mention m : mentions) {
      if (m.start() >= firstEnd
          && m.end() <= act.start()
          && at - tokens.indexAt(m.end()) <= WORDS_AFTER_SUBJECT) {
        subject = m;
      }
    }
    if (subject == null) {
      return null;
    }
    // "a plan Biden and the Democrats rejected": the compound subject's first member.
    for (Mention m : mentions) {
      int and = tokens.indexAt(m.end());
      if (m.start() >= firstEnd
          && and + 1 < tokens.size()
          && tokens.get(and).lower().equals("and")
          && tokens.get(and + 1).start() == subject.start()) {
        return m;
      }
    }
    return subject;
  }

  /**
   * Whether the clause tells what its subject is obliged to do ("which Velmar has to meet", "which
   * the union must accept"): a modal of obligation, or "to", between the subject and the act's end.
   * Such an act is asked of the subject, not done by it.
   */
  static boolean obliges(Tokens tokens, Mention subject, Cue act) {
    int end = tokens.indexAt(act.end());
    for (int j = tokens.indexAt(subject.end()); j < end; j++) {
      String w = tokens.get(j).lower();
      if (w.equals("to") || Obligations.MODALS.contains(tokens.get(j))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBarePlural(String word) {
    return word.length() > 4
        && word.endsWith("s")
        && !word.endsWith("ss")
        && !word.endsWith("ous")
        && !English.DETERMINERS.contains(word);
  }
}
