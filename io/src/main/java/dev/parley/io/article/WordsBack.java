package dev.parley.io.article;

import com.google.common.base.Ascii;
import org.jspecify.annotations.Nullable;

/**
 * Walks back, word by word, from a point of a sentence towards its start, noting whether it has
 * crossed a clause's mark: what the date rules read to see how the words before a date frame it.
 */
final class WordsBack {
  /** The marks that end a clause: a word beyond one belongs to another clause. */
  private static final String CLAUSE_MARKS = ",;:()\"“”—";

  private final String text;
  private final int floor;
  private int at;
  private boolean clauseCrossed;

  /** A walk back from {@code from} over the words of {@code text} at or after {@code floor}. */
  WordsBack(String text, int floor, int from) {
    this.text = text;
    this.floor = floor;
    this.at = from;
  }

  /** The next word back, lower-cased, or null at the start or before a run with no letter. */
  @Nullable String next() {
    int end = at;
    while (end > floor && !Character.isLetter(text.charAt(end - 1))) {
      if (CLAUSE_MARKS.indexOf(text.charAt(end - 1)) >= 0) {
        clauseCrossed = true;
      }
      end--;
    }
    int start = end;
    while (start > floor && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    if (start == end) {
      return null;
    }
    at = start;
    return Ascii.toLowerCase(text.substring(start, end));
  }

  /** Whether the walk has crossed a clause's mark so far. */
  boolean clauseCrossed() {
    return clauseCrossed;
  }
}
