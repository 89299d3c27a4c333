package dev.parley.io.statement;

import dev.parley.io.article.DateMention;
import java.util.List;

/**
 * Talks told as going on, to come or held: "further talks are scheduled for Thursday", "talks
 * between the union and the hospital will resume next week", "another round of talks is pencilled
 * in", "talks between the two sides resumed in Doha on Monday". No one is the subject, but the
 * talks are the sides': each side discusses, as when the sides are the subject ("the two sides will
 * meet again").
 */
final class ScheduledTalks {
  /** Nouns of talks that may be the subject. */
  private static final WordSet TALKS =
      WordSet.of("talks", "negotiations", "negotiation", "round", "meeting", "dialogue");

  /**
   * Nouns of a part of talks that may head their phrase before "of": "the last round of the
   * negotiations", "the fourth cycle of talks".
   */
  private static final WordSet PARTS =
      WordSet.of("round", "rounds", "cycle", "cycles", "session", "sessions", "phase");

  /** Participles of scheduling after a form of "be" ("are scheduled for"). */
  private static final WordSet SCHEDULED =
      WordSet.of("scheduled", "planned", "pencilled", "penciled", "slated", "arranged", "foreseen");

  /**
   * Verbs of going on or beginning after "will" or "to" ("will resume", "set to continue", "will
   * begin on Monday").
   */
  private static final WordSet GOING_ON =
      WordSet.of("resume", "continue", "reconvene", "begin", "start", "open");

  /**
   * The present of those verbs right after the talks' phrase, as a timeline or a live report tells
   * what happens ("talks resume at a hotel", "negotiations begin in Geneva"): talks the sides hold
   * or are about to hold.
   */
  private static final WordSet GOING_ON_NOW =
      WordSet.of(
          "resume",
          "resumes",
          "continue",
          "continues",
          "reconvene",
          "reconvenes",
          "begin",
          "begins",
          "start",
          "starts",
          "open",
          "opens");

  /**
   * Participles of holding after a form of "be" ("was held", "will be held"; "will be realised", as
   * a translation may say it).
   */
  private static final WordSet HELD = WordSet.of("held", "realised", "realized", "convened");

  /**
   * Past verbs of taking place or going on right after the talks' phrase ("talks resumed on
   * Monday", "the round was held in Doha"); "ended" and "lasted" are not among them: they tell the
   * course of talks already told of ("the meeting ended without results", "the negotiations lasted
   * four hours").
   */
  private static final WordSet TOOK_PLACE =
      WordSet.of("resumed", "began", "started", "opened", "continued", "reconvened", "took");

  /** Words that open a clause of time or condition, whose talks are background, not news. */
  private static final WordSet SUBORDINATORS =
      WordSet.of(
          "since", "after", "before", "when", "until", "once", "as", "while", "if", "because");

  /** Forms of "be" before a participle of scheduling. */
  private static final WordSet BE = WordSet.of("is", "are", "was", "were", "be");

  /** Forms of "be" that tell talks held when a participle of holding follows ("was held"). */
  private static final WordSet WAS = WordSet.of("was", "were");

  /** Modals and "to" before a verb of going on. */
  private static final WordSet WILL = WordSet.of("will", "would", "to");

  /** How many words the talks' own phrase may run after the noun ("between the union and X"). */
  private static final int PHRASE_WORDS = 8;

  private ScheduledTalks() {}

  /**
   * Whether a discuss cue opening with a noun of talks is the subject of a verb of scheduling,
   * going on or taking place: after the cue, at most eight words with no punctuation (the talks'
   * own phrase: "of talks", "between the union and Mercy"), then a form of "be" and a participle of
   * scheduling, or "will" or "to" and a verb of going on, or a past verb of taking place
   * ("resumed", "lasted", "took place", "was held"). The talks open the sentence or follow a comma,
   * perhaps after a determiner or an adjective of more ("further", "fresh", "another round of"),
   * and not after a word that opens a clause of time ("since talks began").
   */
  static boolean isScheduled(Tokens tokens, Cue cue) {
    return verbAfter(tokens, cue).told() != Told.NOT;
  }

  /** How talks are told: not as the subject, as scheduled or to come, or as held. */
  private enum Told {
    NOT,
    TO_COME,
    HELD
  }

  /** How talks are told, and the token of the verb that tells it (-1 for none). */
  private record Telling(Told told, int verb) {
    static final Telling NONE = new Telling(Told.NOT, -1);
  }

  private static Telling verbAfter(Tokens tokens, Cue cue) {
    if (!Act.DISCUSS.id().equals(cue.entry())) {
      return Telling.NONE;
    }
    int at = tokens.indexAt(cue.start());
    if (at >= tokens.size()
        || !TALKS.contains(tokens.get(at))
        || !opensClause(tokens, headOf(tokens, at))) {
      return Telling.NONE;
    }
    int after = tokens.indexAt(cue.end());
    for (int k = after; k + 1 < tokens.size() && k <= after + PHRASE_WORDS; k++) {
      Tokens.Token t = tokens.get(k);
      if (!t.isWord()) {
        return Telling.NONE;
      }
      String w = t.lower();
      String next = tokens.get(k + 1).lower();
      if ((BE.contains(t) && SCHEDULED.contains(tokens.get(k + 1)))
          || (WILL.contains(t) && GOING_ON.contains(tokens.get(k + 1)))) {
        return new Telling(Told.TO_COME, k + 1);
      }
      if (TOOK_PLACE.contains(t) && (!w.equals("took") || next.equals("place"))) {
        return new Telling(Told.HELD, k);
      }
      if (BE.contains(t) && HELD.contains(tokens.get(k + 1))) {
        // "was held in Doha": held; "will be held between the two ministers": to come.
        return new Telling(WAS.contains(t) ? Told.HELD : Told.TO_COME, k + 1);
      }
      if (GOING_ON_NOW.contains(t)
          && !English.DETERMINERS.contains(tokens.get(k - 1))
          && !next.equals("to")) {
        // "Talks resume at a hotel": the present of a timeline or a live report; "the talks
        // continue to stall" tells their course.
        return new Telling(Told.TO_COME, k);
      }
    }
    return Telling.NONE;
  }

  /**
   * The cue to date talks told as held by: the cue up to the verb that tells them held, whose date
   * is the talks' ("talks resumed on Monday"); any other cue as it is.
   */
  static Cue withVerbOfHolding(Tokens tokens, Cue cue) {
    Telling telling = verbAfter(tokens, cue);
    if (telling.told() != Told.HELD) {
      return cue;
    }
    return new Cue(cue.kind(), cue.entry(), cue.start(), tokens.get(telling.verb()).end());
  }

  /**
   * The dates of an act without those told after scheduled talks: "further talks are scheduled for
   * Thursday" names when the talks will be, not when they were arranged.
   */
  static List<DateMention> withoutSchedule(Tokens tokens, Cue cue, List<DateMention> dates) {
    if (verbAfter(tokens, cue).told() != Told.TO_COME) {
      return dates;
    }
    return dates.stream().filter(d -> d.start() < cue.start()).toList();
  }

  /**
   * The token that heads the talks' phrase: a noun of a part of talks before "of" and perhaps "the"
   * ("the last round of the negotiations", "the fourth cycle of talks"), else the talks noun at
   * {@code at} itself.
   */
  private static int headOf(Tokens tokens, int at) {
    int of = at - 1;
    if (of >= 0 && tokens.get(of).lower().equals("the")) {
      of--;
    }
    if (of >= 1 && tokens.get(of).lower().equals("of") && PARTS.contains(tokens.get(of - 1))) {
      return of - 1;
    }
    return at;
  }

  /**
   * Whether at most three words (a determiner, "further", "the last", "another round of") open the
   * clause, none of them a word of time or condition ("since talks began", "after the meeting
   * lasted"), at the start of the sentence, after punctuation or after "that" ("said that the last
   * round was held").
   */
  private static boolean opensClause(Tokens tokens, int at) {
    for (int j = at - 1; j >= Math.max(-1, at - 4); j--) {
      if (j < 0 || !tokens.get(j).isWord() || tokens.get(j).lower().equals("that")) {
        return true;
      }
      if (SUBORDINATORS.contains(tokens.get(j))) {
        return false;
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
