package dev.parley.io.statement;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A cheap test of whether a text holds any of a few lower-case ASCII words, anywhere and ignoring
 * case, as its lower-case copy's {@code contains} would answer, without making that copy.
 *
 * <p>The text is read once, keeping its last four chars folded to lower case in one int. A bit set
 * over those keys rules out nearly every place at once; where its bit is set, the words that begin
 * with those four chars are compared with what follows.
 */
final class FoldedWords {
  /** How many chars a key holds: every word has at least so many. */
  static final int KEY_CHARS = 4;

  private static final int FILTER_BITS = 14;

  /** One bit for each key hash of a word's first four chars. */
  private final long[] filter = new long[(1 << FILTER_BITS) / Long.SIZE];

  /**
   * The first four chars of the words, packed as {@link #find} packs them, in an open-addressing
   * table; {@link #lists} holds the words of each, null where a slot is free.
   */
  private final int[] keys;

  private final String[][] lists;

  /** This set's number in the {@link WordSetCensus}. */
  private final int set;

  /**
   * Whether the words are made only of the letters a to z: a sentence's words then tell whether it
   * holds one ({@link WordSetCensus#surelyHolds}).
   */
  private final boolean exact;

  /** Words of at least four chars, each lower-case ASCII (no letters A to Z, nothing above 127). */
  FoldedWords(Iterable<String> words) {
    Map<Integer, List<String>> byKey = new HashMap<>();
    boolean letters = true;
    boolean keyLetters = true;
    for (String word : words) {
      checkArgument(word.length() >= KEY_CHARS, "word %s: shorter than four chars", word);
      int key = 0;
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        checkArgument(c < 128 && !(c >= 'A' && c <= 'Z'), "word %s: not lower-case ASCII", word);
        boolean letter = c >= 'a' && c <= 'z';
        letters &= letter;
        if (i < KEY_CHARS) {
          key = key << 8 | c;
          keyLetters &= letter;
        }
      }
      int bit = bitOf(key);
      filter[bit >>> 6] |= 1L << bit;
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(word);
    }
    int slots = Integer.highestOneBit(Math.max(1, byKey.size()) * 4);
    this.keys = new int[slots];
    this.lists = new String[slots][];
    byKey.forEach(
        (key, list) -> {
          int slot = slotOf(key);
          while (this.lists[slot] != null) {
            slot = (slot + 1) & (slots - 1);
          }
          this.keys[slot] = key;
          this.lists[slot] = list.toArray(new String[0]);
        });
    this.exact = letters;
    this.set = WordSetCensus.join(this, byKey.keySet(), letters, keyLetters);
  }

  /**
   * Whether {@code text[start, end)} with its ASCII capitals made small (as {@code
   * Ascii.toLowerCase}) holds one of the words.
   */
  boolean inAsciiFolded(String text, int start, int end) {
    return find(text, start, end, false);
  }

  /**
   * As {@link #inAsciiFolded(String, int, int)}, where {@code census} is the census's reading of
   * that text: a text the census finds none of the words' keys in is not read again. A reading made
   * from the text's words with traits that knew {@code knownSets} sets (0 for a reading of its
   * chars) answers for an exact set without reading the text.
   */
  boolean inAsciiFolded(long census, int knownSets, String text, int start, int end) {
    if (!WordSetCensus.mayHold(census, set, false)) {
      return false;
    }
    return (exact && WordSetCensus.surelyHolds(census, set, knownSets, false))
        || find(text, start, end, false);
  }

  /** Whether {@code text.toLowerCase(Locale.ROOT)} holds one of the words. */
  boolean inLowerCase(String text) {
    return inLowerCase(text, 0, text.length());
  }

  /**
   * As {@link #inLowerCase(String)} of {@code text[start, end)}, where {@code census} is the
   * census's reading of that text, made from its words with traits that knew {@code knownSets} sets
   * (0 for a reading of its chars).
   */
  boolean inLowerCase(long census, int knownSets, String text, int start, int end) {
    if (!WordSetCensus.mayHold(census, set, true)) {
      return false;
    }
    return (exact && WordSetCensus.surelyHolds(census, set, knownSets, true))
        || inLowerCase(text, start, end);
  }

  private boolean inLowerCase(String text, int start, int end) {
    int dotted = text.indexOf('\u0130', start);
    if (dotted >= 0 && dotted < end) {
      // The one char whose lower case is two chars ("i" and a combining dot): compare as written.
      String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
      return find(lower, 0, lower.length(), false);
    }
    return find(text, start, end, true);
  }

  private boolean find(String text, int start, int end, boolean unicode) {
    if (end - start < KEY_CHARS) {
      return false;
    }
    int key = 0;
    int run = 0;
    for (int i = start; i < end; i++) {
      int c = fold(text.charAt(i), unicode);
      if (c >= 128) {
        run = 0;
        continue;
      }
      key = key << 8 | c;
      run++;
      if (run >= KEY_CHARS) {
        int bit = bitOf(key);
        if ((filter[bit >>> 6] & (1L << bit)) != 0
            && startsWordAt(text, i + 1, end, key, unicode)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a word whose first four chars are {@code key} goes on at {@code at} as it does. */
  private boolean startsWordAt(String text, int at, int end, int key, boolean unicode) {
    for (int slot = slotOf(key); lists[slot] != null; slot = (slot + 1) & (keys.length - 1)) {
      if (keys[slot] == key) {
        for (String word : lists[slot]) {
          if (goesOn(text, at, end, word, unicode)) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  private static boolean goesOn(String text, int at, int end, String word, boolean unicode) {
    int rest = word.length() - KEY_CHARS;
    if (end - at < rest) {
      return false;
    }
    for (int k = 0; k < rest; k++) {
      if (fold(text.charAt(at + k), unicode) != word.charAt(KEY_CHARS + k)) {
        return false;
      }
    }
    return true;
  }

  private int slotOf(int key) {
    return hashOf(key) >>> 16 & (keys.length - 1);
  }

  private static int bitOf(int key) {
    return hashOf(key) >>> (Integer.SIZE - FILTER_BITS);
  }

  /** The hash of a key of four packed chars, spread over all 32 bits. */
  static int hashOf(int key) {
    return key * 0x9E3779B1;
  }

  /**
   * A char in lower case: ASCII capitals only, or as {@code toLowerCase(Locale.ROOT)} makes a char
   * other than U+0130 (one char for one; what is not ASCII stays above 127 but for the Kelvin
   * sign).
   */
  private static int fold(char c, boolean unicode) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
    return unicode ? Character.toLowerCase(c) : c;
  }
}
