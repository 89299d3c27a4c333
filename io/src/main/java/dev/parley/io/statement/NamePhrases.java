package dev.parley.io.statement;

import java.util.List;

/**
 * The whole noun phrase that names one party when several of its names stand side by side: a
 * modifier that is itself a name of the party and the name it modifies ("the paramilitary Rapid
 * Support Forces"), or a name and its abbreviation in brackets ("Transitional Military Council
 * (TMC)"). Compound subjects are joined at the phrase's edges, not at the inner name's.
 */
final class NamePhrases {
  private NamePhrases() {}

  /**
   * Where the phrase of a mention's party that ends with the mention starts: the earliest mention
   * of the same party reached going back over mentions of that party with only spaces and brackets
   * between.
   */
  static int start(List<Mention> mentions, String text, Mention m) {
    int start = m.start();
    boolean extended = true;
    while (extended) {
      extended = false;
      for (Mention other : mentions) {
        if (other.end() <= start
            && other.start() < start
            && other.party().isPresent()
            && other.party().equals(m.party())
            && isBracketsOrSpace(text.substring(other.end(), start))) {
          start = other.start();
          extended = true;
        }
      }
    }
    return start;
  }

  /**
   * Where the phrase of a mention's party that opens with the mention ends: the last mention of the
   * same party reached going on over mentions of that party with only spaces and brackets between,
   * and a closing bracket right after it.
   */
  static int end(List<Mention> mentions, String text, Mention m) {
    int end = m.end();
    boolean extended = true;
    while (extended) {
      extended = false;
      for (Mention other : mentions) {
        if (other.start() >= end
            && other.end() > end
            && other.party().isPresent()
            && other.party().equals(m.party())
            && isBracketsOrSpace(text.substring(end, other.start()))) {
          end = other.end();
          extended = true;
        }
      }
    }
    return end < text.length() && text.charAt(end) == ')' ? end + 1 : end;
  }

  /** Whether a stretch is only spaces and brackets ("", " ", " (", ") "). */
  private static boolean isBracketsOrSpace(String between) {
    for (int i = 0; i < between.length(); i++) {
      char c = between.charAt(i);
      if (c != ' ' && c != '(' && c != ')') {
        return false;
      }
    }
    return true;
  }
}
