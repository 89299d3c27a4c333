package dev.parley.io.statement;

import dev.parley.io.article.Sentence;
import org.jspecify.annotations.Nullable;

/**
 * The clause of a sentence that carries one act: from the last clause boundary (a comma, semicolon,
 * colon, dash, "but", "while") after the previous act cue to the first one before the next act cue;
 * the sentence's own edges where there is none. The commas of the act's coordinated objects ("will
 * discuss pay, class sizes and the pension plan, but ...") bound nothing: the clause ends after the
 * list.
 */
final class Clauses {
  private Clauses() {}

  /**
   * The clause's start and end offsets in the article text; never empty. {@code objectsEnd} is
   * where the act's coordinated objects end (see {@link CoordinatedObjects#endOf}), or -1.
   */
  static int[] around(
      Tokens tokens,
      String text,
      Sentence sentence,
      Cue act,
      @Nullable Cue previous,
      @Nullable Cue next,
      int objectsEnd) {
    int start = sentence.start();
    int end = sentence.end();
    if (previous != null) {
      for (int j = 0; j < tokens.size(); j++) {
        Tokens.Token t = tokens.get(j);
        if (t.start() >= previous.end() && t.end() <= act.start() && isBoundary(t)) {
          start = isWordBoundary(t) ? t.start() : t.end();
        }
      }
    }
    if (next != null) {
      int from = objectsEnd <= next.start() ? Math.max(act.end(), objectsEnd) : act.end();
      for (int j = 0; j < tokens.size(); j++) {
        Tokens.Token t = tokens.get(j);
        if (t.start() >= from && t.end() <= next.start() && isBoundary(t)) {
          end = t.start();
          break;
        }
      }
    }
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start >= end || start > act.start() || end < act.end()) {
      return new int[] {sentence.start(), sentence.end()};
    }
    return new int[] {start, end};
  }

  /** Whether the token bounds a clause: a comma, semicolon, colon, dash, "but", "while". */
  static boolean isBoundary(Tokens.Token t) {
    String w = t.text();
    return w.equals(",")
        || w.equals(";")
        || w.equals(":")
        || w.equals("\u2014")
        || w.equals("\u2013")
        || isWordBoundary(t);
  }

  private static boolean isWordBoundary(Tokens.Token t) {
    String w = t.lower();
    return w.equals("but") || w.equals("while") || w.equals("whereas");
  }
}
