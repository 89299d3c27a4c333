package dev.parley.io.lexicon;

import java.util.Arrays;

/**
 * The pairs of next chars a text holds, hashed to {@value #SLOTS} slots, so that a string one of
 * whose pairs the text lacks is known to stand nowhere in it without a search. A slot holds the
 * number of the text that last set it, so that the table is made once a thread and {@link #read
 * read} again for each text without being cleared, each char written on its own rather than into a
 * shared word of bits.
 *
 * <p>Not safe for use by more than one thread.
 */
final class CharPairs {
  /** How many slots the pairs are hashed to. */
  static final int SLOTS = 1 << 10;

  private static final int MASK = SLOTS - 1;

  private final int[] marks = new int[SLOTS];
  private int stamp;

  /** A table to be {@link #read} before it is asked. */
  CharPairs() {
    this(0);
  }

  /** An empty table whose next text gets the number after {@code stamp}: for tests of the wrap. */
  CharPairs(int stamp) {
    this.stamp = stamp;
  }

  /** The slot of the pair of chars {@code a}, {@code b}. */
  static int slot(char a, char b) {
    return ((a << 5) ^ b) & MASK;
  }

  /** The slots of the pairs of next chars of {@code s}, in order. */
  static int[] slotsOf(String s) {
    int[] out = new int[Math.max(0, s.length() - 1)];
    for (int i = 1; i < s.length(); i++) {
      out[i - 1] = slot(s.charAt(i - 1), s.charAt(i));
    }
    return out;
  }

  /** Forgets the text read before and reads the pairs of {@code chars[0, length)}. */
  void read(char[] chars, int length) {
    stamp++;
    if (stamp == 0) {
      // The numbers went round: slots set by a text long ago could pass for this one's.
      Arrays.fill(marks, 0);
      stamp = 1;
    }
    int s = stamp;
    for (int i = 1; i < length; i++) {
      marks[slot(chars[i - 1], chars[i])] = s;
    }
  }

  /**
   * Whether the text read last may hold a string whose pairs have the given {@link #slotsOf slots}:
   * false when one of them was set by no pair of the text.
   */
  boolean mayHold(int[] stringSlots) {
    int s = stamp;
    for (int slot : stringSlots) {
      if (marks[slot] != s) {
        return false;
      }
    }
    return true;
  }
}
