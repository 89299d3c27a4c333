package dev.parley.io.statement;

/**
 * What is done to a forum's calendar is no act on what it would discuss: "postponed talks with the
 * union until Monday", "called off its meeting", "adjourned the session", "suspended negotiations
 * until Monday". The talks named are the thing put off, not a discussion held.
 */
final class Procedures {
  /** Verbs that move, stop for a time or cancel a meeting. */
  private static final WordSet VERBS =
      WordSet.of(
          "postpone",
          "postpones",
          "postponed",
          "postponing",
          "delay",
          "delays",
          "delayed",
          "delaying",
          "adjourn",
          "adjourns",
          "adjourned",
          "adjourning",
          "cancel",
          "cancels",
          "cancelled",
          "canceled",
          "cancelling",
          "canceling",
          "suspend",
          "suspends",
          "suspended",
          "suspending",
          "defer",
          "defers",
          "deferred",
          "deferring",
          "reschedule",
          "reschedules",
          "rescheduled",
          "rescheduling",
          "pause",
          "paused",
          "pauses",
          "pausing");

  /** Verbs that do so with "off": "called off", "put off". */
  private static final WordSet OFF_VERBS =
      WordSet.of("call", "calls", "called", "calling", "put", "puts", "putting");

  /** Words that may stand between the verb and the meeting: "its next meeting", "the planned". */
  private static final int REACH = 3;

  private Procedures() {}

  /**
   * Whether a discuss cue is the object of a verb of postponing, cancelling or suspending: the verb
   * at most three words before it, with only words (no punctuation) between.
   */
  static boolean isPutOff(Tokens tokens, Cue cue) {
    return putOffBy(tokens, cue) >= 0;
  }

  /**
   * The index of the verb of postponing, cancelling or suspending whose object is a discuss cue (of
   * "called off", the index of "called"), or -1 when the cue is no such object.
   */
  static int putOffBy(Tokens tokens, Cue cue) {
    if (!Act.DISCUSS.id().equals(cue.entry())) {
      return -1;
    }
    int at = tokens.indexAt(cue.start());
    for (int j = at - 1; j >= Math.max(0, at - 1 - REACH); j--) {
      Tokens.Token t = tokens.get(j);
      if (!t.isWord() && !t.text().startsWith("'")) {
        return -1;
      }
      String w = t.lower();
      if (VERBS.contains(t)) {
        return j;
      }
      if (w.equals("off") && j > 0 && OFF_VERBS.contains(tokens.get(j - 1))) {
        return j - 1;
      }
    }
    return -1;
  }
}
