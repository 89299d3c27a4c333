package dev.parley.io.statement;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * Participle clauses of result after a comma: "The union and Mercy reached a deal on pay, ending a
 * six-week strike". They tell what the act brought about, not what it was about, so the items they
 * name are not the act's.
 */
final class ResultClauses {
  /** Participles that open a clause of result: ending, closing, averting, paving, ... */
  private static final WordSet PARTICIPLES =
      WordSet.of(
          "ending",
          "closing",
          "concluding",
          "averting",
          "paving",
          "capping",
          "halting",
          "bringing",
          "putting",
          "breaking");

  /** The cheap test of whether a sentence may hold one of them. */
  private static final FoldedWords WORDS = new FoldedWords(PARTICIPLES);

  private ResultClauses() {}

  /**
   * The clauses of result of a sentence: from a participle of result right after a comma to the
   * next comma or semicolon, or to the sentence's end; empty when the sentence holds none of those
   * words.
   */
  static List<int[]> of(Tokens tokens) {
    if (!tokens.mayHoldAny(WORDS)) {
      return ImmutableList.of();
    }
    List<int[]> spans = new ArrayList<>();
    for (int i = 1; i < tokens.size(); i++) {
      if (!tokens.get(i - 1).text().equals(",") || !PARTICIPLES.contains(tokens.get(i))) {
        continue;
      }
      int j = i + 1;
      while (j < tokens.size()
          && !tokens.get(j).text().equals(",")
          && !tokens.get(j).text().equals(";")) {
        j++;
      }
      int end = j < tokens.size() ? tokens.get(j).start() : tokens.get(tokens.size() - 1).end();
      spans.add(new int[] {tokens.get(i).start(), end});
      i = j;
    }
    return ImmutableList.copyOf(spans);
  }
}
