package dev.parley.io.statement;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;

/**
 * The day an interview was held, told in the lead of a transcript ("We spoke with the union's
 * president by phone on Wednesday", "in an interview on Tuesday"): the day its answers were given.
 */
final class InterviewDays {
  /** Phrases that tell of an interview held with someone. */
  private static final ImmutableList<String> INTERVIEW_PHRASES =
      ImmutableList.of(
          "interview",
          "spoke with",
          "spoke to",
          "spoken with",
          "spoken to",
          "talked with",
          "talked to",
          "speaking with",
          "speaking to");

  private InterviewDays() {}

  /** Whether a sentence of a transcript's lead tells of the interview held with its answerer. */
  static boolean tellsOfAnInterview(String sentence) {
    String lower = Ascii.toLowerCase(sentence);
    for (String phrase : INTERVIEW_PHRASES) {
      if (lower.contains(phrase)) {
        return true;
      }
    }
    return false;
  }
}
