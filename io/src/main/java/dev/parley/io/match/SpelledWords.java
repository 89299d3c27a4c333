package dev.parley.io.match;

import java.util.Arrays;
import java.util.Objects;

/**
 * The words and numbers of the spans of a text as scans spelt them, in the order they were added:
 * where each begins and its {@link Spelling}, which also tells where it ends. A later reader of a
 * span takes a word's spelling from here instead of looking it up again.
 *
 * <p>One store serves all the spans of a text, and may be {@link #clear cleared} and filled again
 * for the next text, so that keeping a sentence's words costs no allocation of its own. Not safe
 * for use by more than one thread.
 */
public final class SpelledWords {
  /** Room kept between texts: a long text's arrays are let go. */
  private static final int KEPT = 1 << 12;

  private int[] starts = new int[KEPT];
  private Spelling[] spellings = new Spelling[KEPT];
  private int count;

  /** Empties the store, for the next text. */
  public void clear() {
    count = 0;
    if (starts.length > KEPT) {
      starts = new int[KEPT];
      spellings = new Spelling[KEPT];
    }
  }

  /** Adds a word that begins at {@code start} and is spelt {@code spelling}. */
  public void add(int start, Spelling spelling) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      spellings = Arrays.copyOf(spellings, count * 2);
    }
    starts[count] = start;
    spellings[count] = Objects.requireNonNull(spelling, "spelling");
    count++;
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
}
