package dev.parley.io.statement;

import com.google.common.collect.ImmutableSet;
import dev.parley.io.article.DateMention;
import java.util.List;

/**
 * Talks told as going on or to come: "further talks are scheduled for Thursday", "talks between the
 * union and the hospital will resume next week", "another round of talks is pencilled in". No one
 * is the subject, but the talks are the sides': each side discusses, as when the sides are the
 * subject ("the two sides will meet again").
 */
final class ScheduledTalks {
  /** Nouns of talks that may be the subject. */
  private static final ImmutableSet<String> TALKS =
      ImmutableSet.of("talks", "negotiations", "round", "meeting", "dialogue");

  /** Participles of scheduling after a form of "be" ("are scheduled for"). */
  private static final ImmutableSet<String> SCHEDULED =
      ImmutableSet.of("scheduled", "planned", "pencilled", "penciled", "slated", "arranged");

  /** Verbs of going on after "will" or "to" ("will resume", "set to continue"). */
  private static final ImmutableSet<String> GOING_ON =
      ImmutableSet.of("resume", "continue", "reconvene");

  /** Forms of "be" before a participle of scheduling. */
  private static final ImmutableSet<String> BE = ImmutableSet.of("is", "are", "was", "were");

  /** Modals and "to" before a verb of going on. */
  private static final ImmutableSet<String> WILL = ImmutableSet.of("will", "would", "to");

  /** How many words the talks' own phrase may run after the noun ("between the union and X"). */
  private static final int PHRASE_WORDS = 8;

  private ScheduledTalks() {}

  /**
   * Whether a discuss cue opening with a noun of talks is the subject of a verb of scheduling or
   * going on: after the cue, at most eight words with no punctuation (the talks' own phrase: "of
   * talks", "between the union and Mercy"), then a form of "be" and a participle of scheduling, or
   * "will" or "to" and a verb of going on. The talks open the sentence or follow a comma, perhaps
   * after a determiner or an adjective of more ("further", "fresh", "another round of").
   */
  static boolean isScheduled(Tokens tokens, Cue cue) {
    if (!Act.DISCUSS.id().equals(cue.entry())) {
      return false;
    }
    int at = tokens.indexAt(cue.start());
    if (at >= tokens.size()
        || !TALKS.contains(tokens.get(at).lower())
        || !opensClause(tokens, at)) {
      return false;
    }
    int after = tokens.indexAt(cue.end());
    for (int k = after; k + 1 < tokens.size() && k <= after + PHRASE_WORDS; k++) {
      Tokens.Token t = tokens.get(k);
      if (!t.isWord()) {
        return false;
      }
      String w = t.lower();
      String next = tokens.get(k + 1).lower();
      if ((BE.contains(w) && SCHEDULED.contains(next))
          || (WILL.contains(w) && GOING_ON.contains(next))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The dates of an act without those told after scheduled talks: "further talks are scheduled for
   * Thursday" names when the talks will be, not when they were arranged.
   */
  static List<DateMention> withoutSchedule(Tokens tokens, Cue cue, List<DateMention> dates) {
    if (!isScheduled(tokens, cue)) {
      return dates;
    }
    return dates.stream().filter(d -> d.start() < cue.start()).toList();
  }

  /** Whether at most two words (a determiner, "further", "another round of") open the clause. */
  private static boolean opensClause(Tokens tokens, int at) {
    for (int j = at - 1; j >= Math.max(-1, at - 4); j--) {
      if (j < 0 || !tokens.get(j).isWord()) {
        return true;
      }
      if (Character.isUpperCase(tokens.get(j).text().charAt(0))
          && j > 0
          && tokens.get(j - 1).isWord()) {
        return false;
      }
    }
    return false;
  }
}
