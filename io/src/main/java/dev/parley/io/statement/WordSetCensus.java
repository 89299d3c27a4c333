package dev.parley.io.statement;

import java.util.Collection;

/**
 * Which word sets ({@link FoldedWords}) a text may hold, found in one read of the text: the
 * statement rules test a sentence for a dozen word sets, and a sentence that holds none of a set's
 * four-char keys is passed without reading it again for that set.
 *
 * <p>Every word set joins the census when it is made and is given a number. A reading of a text
 * ({@link #read}, a {@code long}) keeps one bit for each set one of whose keys (a word's first four
 * chars) stands in the text with its ASCII capitals made small: the places where the set's own test
 * would compare a word. A set whose bit is clear cannot be held; a set whose bit is set is read as
 * before.
 */
final class WordSetCensus {
  /** How many sets the census tells apart; a set joining after them is always read itself. */
  private static final int MOST_SETS = Long.SIZE - 1;

  private static final int FILTER_BITS = 14;

  /**
   * The keys of the sets joined so far: a bit set over their hashes, and an open-addressing table
   * of the keys with, for each, the sets that hold it (bit {@code n} for set number {@code n}).
   */
  private record Keys(int sets, long[] filter, int[] keys, long[] owners) {
    long ownersOf(int key) {
      int bit = FoldedWords.hashOf(key) >>> (Integer.SIZE - FILTER_BITS);
      if ((filter[bit >>> 6] & (1L << bit)) == 0) {
        return 0;
      }
      int mask = keys.length - 1;
      for (int slot = FoldedWords.hashOf(key) & mask; owners[slot] != 0; slot = (slot + 1) & mask) {
        if (keys[slot] == key) {
          return owners[slot];
        }
      }
      return 0;
    }
  }

  private static int joined;

  private static volatile Keys current =
      new Keys(0, new long[(1 << FILTER_BITS) / Long.SIZE], new int[1], new long[1]);

  private WordSetCensus() {}

  /** Adds a set with the given keys (packed as {@link FoldedWords} packs them); its number. */
  static synchronized int join(Collection<Integer> keys) {
    int set = joined++;
    if (set >= MOST_SETS) {
      return set;
    }
    Keys old = current;
    long[] filter = old.filter().clone();
    int size = 0;
    for (long owners : old.owners()) {
      size += owners != 0 ? 1 : 0;
    }
    int slots = Integer.highestOneBit(Math.max(1, size + keys.size()) * 4);
    int[] table = new int[slots];
    long[] owners = new long[slots];
    for (int slot = 0; slot < old.keys().length; slot++) {
      if (old.owners()[slot] != 0) {
        put(table, owners, old.keys()[slot], old.owners()[slot]);
      }
    }
    for (int key : keys) {
      int bit = FoldedWords.hashOf(key) >>> (Integer.SIZE - FILTER_BITS);
      filter[bit >>> 6] |= 1L << bit;
      put(table, owners, key, 1L << set);
    }
    current = new Keys(set + 1, filter, table, owners);
    return set;
  }

  private static void put(int[] table, long[] owners, int key, long owner) {
    int mask = table.length - 1;
    int slot = FoldedWords.hashOf(key) & mask;
    while (owners[slot] != 0 && table[slot] != key) {
      slot = (slot + 1) & mask;
    }
    table[slot] = key;
    owners[slot] |= owner;
  }

  /**
   * Reads {@code text[start, end)} once for all the sets: bit {@code n} of the reading is set when
   * the text may hold a word of set {@code n} (one of its keys stands there, or the set joined
   * after the read), and the sign bit when the text holds a char whose full lower case is ASCII or
   * two chars (the Kelvin sign, U+0130), so that its full lower case has other keys than its ASCII
   * folding.
   */
  static long read(String text, int start, int end) {
    Keys keys = current;
    long held = 0;
    boolean foldsApart = false;
    int key = 0;
    int run = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        foldsApart |= c == '\u0130' || Character.toLowerCase(c) < 128;
        run = 0;
        continue;
      }
      key = key << 8 | (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
      if (++run >= FoldedWords.KEY_CHARS) {
        held |= keys.ownersOf(key);
      }
    }
    long later = keys.sets() >= MOST_SETS ? 0 : -1L << keys.sets() & Long.MAX_VALUE;
    return held | later | (foldsApart ? Long.MIN_VALUE : 0);
  }

  /**
   * Whether a text of the given reading may hold a word of set {@code set}, folded to lower case in
   * full or only its ASCII capitals.
   */
  static boolean mayHold(long reading, int set, boolean fullLowerCase) {
    return set >= MOST_SETS || (fullLowerCase && reading < 0) || (reading >>> set & 1) != 0;
  }
}
