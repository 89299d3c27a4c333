package dev.parley.io.statement;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of a sentence's items an act is about: those in its own clause, after the act cue (its
 * object or complement), else before it back to the clause's start or to the reporting verb that
 * opens it ("NATO expansion is unacceptable, he said"). A purpose clause ("in order to de-escalate,
 * ...") says why, not what, and an item a reporting verb stands between belongs to another clause
 * ("rejected the demand for X and said it was ready to keep bargaining"). A clause of result after
 * the act ("reached a deal on pay, ending the strike") tells what the act brought about, not what
 * it was about.
 */
final class ItemScope {
  private ItemScope() {}

  /**
   * The ids of the items in an act's scope, in text order; adds each one's cue label to {@code
   * labels}. {@code clause} is the act's clause (see {@link Clauses#around}).
   */
  static List<String> of(
      Tokens tokens, List<Cue> cues, Cue act, int[] clause, int nextAct, List<String> labels) {
    List<int[]> purposes = Grammar.purposes(tokens);
    for (int[] result : ResultClauses.of(tokens)) {
      if (result[0] > act.start()) {
        purposes.add(result);
      }
    }
    int end = Math.min(clause[1], nextAct);
    Set<String> ids = new LinkedHashSet<>();
    List<Cue> found = new ArrayList<>();
    for (Cue cue : cues) {
      // An item that holds the act's own words ("a bilateral meeting" for talks) is its object too.
      if (cue.kind() == Cue.Kind.ITEM
          && cue.end() > act.start()
          && cue.end() <= end
          && !Grammar.within(cue, purposes)) {
        found.add(cue);
      }
    }
    if (found.isEmpty()) {
      int start = clause[0];
      for (Cue cue : cues) {
        if (cue.kind() == Cue.Kind.REPORTING && cue.start() >= start && cue.end() <= act.start()) {
          start = cue.end();
        }
      }
      for (Cue cue : cues) {
        if (cue.kind() == Cue.Kind.ITEM
            && cue.start() >= start
            && cue.end() <= act.start()
            && !Grammar.within(cue, purposes)) {
          found.add(cue);
        }
      }
    }
    for (Cue cue : found) {
      if (isComplementOfAnother(tokens, found, cue)) {
        continue;
      }
      if (ids.add(cue.entry())) {
        labels.add(cue.label());
      }
    }
    return ImmutableList.copyOf(ids);
  }

  /** Prepositions that attach a complement to an item's phrase ("a clean increase in ..."). */
  private static final WordSet COMPLEMENT_PREPOSITIONS =
      WordSet.of("in", "of", "on", "for", "from");

  /** A preposition of several words that attaches a complement as "of" does. */
  private static final ImmutableList<String> EXPENSE =
      ImmutableList.of("at", "the", "expense", "of");

  private static boolean isExpense(Tokens tokens, int k) {
    for (int j = 0; j < EXPENSE.size(); j++) {
      if (!tokens.get(k + j).lower().equals(EXPENSE.get(j))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether an item is named in the complement of another item's phrase: right after it, a
   * preposition (or "at the expense of") and at most a determiner ("a clean increase in the debt
   * limit", "the compensation for the Qana field"): it says what the other item is about, not a
   * thing of its own.
   */
  private static boolean isComplementOfAnother(Tokens tokens, List<Cue> found, Cue cue) {
    int at = tokens.indexAt(cue.start());
    for (Cue other : found) {
      if (other.entry().equals(cue.entry()) || other.end() > cue.start()) {
        continue;
      }
      int k = tokens.indexAt(other.end());
      if (k + EXPENSE.size() <= at && isExpense(tokens, k)) {
        // "expand NATO at the expense of the former republics": at whose cost, not a thing asked.
        k += EXPENSE.size() - 1;
      }
      if (k < at && COMPLEMENT_PREPOSITIONS.contains(tokens.get(k))) {
        int between = at - k - 1;
        if (between == 0 || (between == 1 && English.DETERMINERS.contains(tokens.get(k + 1)))) {
          return true;
        }
      }
    }
    return false;
  }
}
