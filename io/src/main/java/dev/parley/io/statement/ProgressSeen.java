package dev.parley.io.statement;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * Progress a side sees as possible, an openness to discuss what it names: "sees progress on the
 * herring quota", "areas where progress is possible", "progress could be made on wages", "sees room
 * for agreement on the border". Negated ("sees no progress", "did not see progress") it is a
 * complaint of stalled talks, no offer to discuss and no rejection either, and it is not read.
 */
final class ProgressSeen {
  /** The words of progress: a sentence without one of them tells none. */
  static final FoldedWords WORDS =
      new FoldedWords(
          List.of("progress", "headway", "room", "agreement", "compromise", "deal", "settlement"));

  private static final WordSet SEEING = WordSet.of("see", "sees", "saw", "seen", "seeing");

  private static final WordSet PROGRESS = WordSet.of("progress", "headway");

  /** Nouns of agreeing that may be told possible: "agreement is possible on the quota". */
  private static final WordSet AGREEING =
      WordSet.of("agreement", "compromise", "deal", "settlement");

  /** What there may be room for: "room for agreement", "room for a deal", "room for headway". */
  private static final WordSet ROOM_FOR =
      WordSet.of("progress", "headway", "agreement", "compromise", "deal", "movement");

  /** Words of degree that may stand before "progress": "sees real progress". */
  private static final WordSet DEGREE =
      WordSet.of(
          "some",
          "real",
          "significant",
          "good",
          "great",
          "much",
          "more",
          "further",
          "genuine",
          "clear",
          "substantial",
          "considerable",
          "concrete",
          "tangible",
          "possible",
          "potential",
          "a",
          "chance",
          "of");

  /** Words that leave no room: "little room for", "less progress". */
  private static final WordSet SCANT = WordSet.of("little", "less", "scant");

  private static final WordSet COPULAS =
      WordSet.of("is", "was", "are", "be", "seems", "seemed", "remains", "remained");

  private static final WordSet MODALS = WordSet.of("can", "could", "might", "may", "will", "would");

  private static final WordSet MADE = WordSet.of("made", "achieved", "reached", "possible");

  private ProgressSeen() {}

  /**
   * The discuss cues of the progress a sentence sees as possible: a verb of seeing, at most three
   * words of degree, then "progress" or "headway" ("sees real progress"), or "room for" and what it
   * is room for ("saw room for agreement"); "progress", "headway", "agreement", "compromise",
   * "deal" or "settlement" then a form of "be" and "possible" ("agreement is possible"), or a
   * modal, "be" and "possible", or, after progress or headway, "made", "achieved" or "reached"
   * ("progress could be made"); "room for" agreement, headway, a compromise or a deal. None is
   * negated: a negation before it, or "no", "little" or "less" inside it.
   */
  static List<Cue> find(Tokens tokens, List<Cue> cues) {
    if (!tokens.mayHoldAny(WORDS)) {
      return ImmutableList.of();
    }
    List<Cue> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Tokens.Token token = tokens.get(i);
      String w = token.lower();
      int end = -1;
      int start = i;
      if (SEEING.contains(token)) {
        end = seenEnd(tokens, i + 1);
      } else if ((PROGRESS.contains(token) || AGREEING.contains(token))
          && !isScant(tokens, i - 1)) {
        end = possibleEnd(tokens, i + 1, PROGRESS.contains(token));
      } else if (w.equals("room") && !isScant(tokens, i - 1)) {
        end = roomEnd(tokens, i + 1);
      }
      if (end < 0) {
        continue;
      }
      Cue cue =
          new Cue(Cue.Kind.ACT, Act.DISCUSS.id(), tokens.get(start).start(), tokens.get(end).end());
      if (Grammar.negationBefore(cues, tokens, cue).isEmpty()) {
        found.add(cue);
      }
      i = end;
    }
    return found;
  }

  private static boolean isScant(Tokens tokens, int i) {
    return i >= 0 && (SCANT.contains(tokens.get(i)) || tokens.get(i).lower().equals("no"));
  }

  /**
   * After a verb of seeing: "real progress", "room for agreement"; the last token's index or -1.
   */
  private static int seenEnd(Tokens tokens, int i) {
    int k = i;
    while (k < tokens.size() && k < i + 3 && DEGREE.contains(tokens.get(k))) {
      k++;
    }
    if (k >= tokens.size()) {
      return -1;
    }
    Tokens.Token token = tokens.get(k);
    String w = token.lower();
    if (PROGRESS.contains(token)) {
      return k;
    }
    return w.equals("room") ? roomEnd(tokens, k + 1) : -1;
  }

  /**
   * After "progress" or a noun of agreeing: "is possible", "could be possible", and after progress
   * ({@code made}) "could be made"; the last token's index or -1.
   */
  private static int possibleEnd(Tokens tokens, int i, boolean made) {
    if (i + 1 < tokens.size()
        && COPULAS.contains(tokens.get(i))
        && tokens.get(i + 1).lower().equals("possible")) {
      return i + 1;
    }
    if (i + 2 < tokens.size()
        && MODALS.contains(tokens.get(i))
        && tokens.get(i + 1).lower().equals("be")
        && (made
            ? MADE.contains(tokens.get(i + 2))
            : tokens.get(i + 2).lower().equals("possible"))) {
      return i + 2;
    }
    return -1;
  }

  /** After "room": "for agreement", "for a deal"; the last token's index or -1. */
  private static int roomEnd(Tokens tokens, int i) {
    if (i >= tokens.size() || !tokens.get(i).lower().equals("for")) {
      return -1;
    }
    int k = i + 1;
    if (k < tokens.size()
        && (tokens.get(k).lower().equals("a") || tokens.get(k).lower().equals("an"))) {
      k++;
    }
    return k < tokens.size() && ROOM_FOR.contains(tokens.get(k)) ? k : -1;
  }
}
