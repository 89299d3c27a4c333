package dev.parley.io.statement;

/**
 * Attribution as machine translation renders it: "In the MFA of Russia said that ...", "In the
 * Kremlin noted that ...", "In NATO stated ..." (a calque of a Russian impersonal "В МИД России
 * заявили"): the body after "In" is who speaks.
 */
final class CalqueSubjects {
  private CalqueSubjects() {}

  /**
   * Whether a mention governed by "in" is the subject of the reporting verb at token {@code
   * reporting}: "In" opens the sentence, only "the" stands between it and the mention, and the
   * reporting verb follows the mention directly.
   */
  static boolean isSubject(Tokens tokens, Mention m, int reporting) {
    int first = tokens.indexAt(m.start());
    int in = first - 1;
    if (in >= 0 && tokens.get(in).lower().equals("the")) {
      in--;
    }
    int opening = Math.max(0, tokens.indexAt(Mentions.datelineEnd(tokens)));
    return in == opening
        && tokens.get(in).lower().equals("in")
        && tokens.indexBefore(m.end()) == reporting - 1;
  }
}
