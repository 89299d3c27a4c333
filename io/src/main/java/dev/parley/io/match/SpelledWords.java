package dev.parley.io.match;

import java.util.Objects;

/**
 * The words and numbers of a span of text as one scan spelt them, in text order: where each begins
 * and its {@link Spelling}, which also tells where it ends. A later reader of the same span takes a
 * word's spelling from here instead of looking it up again.
 *
 * <p>When {@link #coversLetters()} is true, every run of four or more ASCII letters of the span
 * lies inside one of the words (a clitic's one or two letters may lie outside them): a test of
 * whether the span holds a word of four letters or more may read the words' spellings instead of
 * the span's chars.
 */
public final class SpelledWords {
  private final int[] starts;
  private final Spelling[] spellings;
  private final int count;
  private final boolean coversLetters;

  /**
   * The first {@code count} words of the arrays, which the new value owns: each begins at {@code
   * starts[i]} and is spelt {@code spellings[i]}.
   */
  public SpelledWords(int[] starts, Spelling[] spellings, int count, boolean coversLetters) {
    Objects.checkFromIndexSize(0, count, Math.min(starts.length, spellings.length));
    this.starts = starts;
    this.spellings = spellings;
    this.count = count;
    this.coversLetters = coversLetters;
  }

  /** How many words there are. */
  public int count() {
    return count;
  }

  /** Where word {@code i} begins. */
  public int start(int i) {
    return starts[Objects.checkIndex(i, count)];
  }

  /** Where word {@code i} ends (exclusive). */
  public int end(int i) {
    return starts[Objects.checkIndex(i, count)] + spellings[i].length();
  }

  /** The spelling of word {@code i}. */
  public Spelling spelling(int i) {
    return spellings[Objects.checkIndex(i, count)];
  }

  /** Whether every run of four or more ASCII letters of the span lies inside one of the words. */
  public boolean coversLetters() {
    return coversLetters;
  }
}
