package dev.parley.io.statement;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A cheap test of whether a text holds any of a few lower-case ASCII words, anywhere and ignoring
 * case, as its lower-case copy's {@code contains} would answer, without making that copy.
 *
 * <p>The text is read once, keeping its last four chars folded to lower case in one int. A bit set
 * over those keys rules out nearly every place at once; where its bit is set, the words that begin
 * with those four chars are compared with what follows.
 *
 * <p>A set joins the {@link WordSetCensus} twice at most: its words made only of the letters a to z
 * under one number, which a sentence's words answer for, and its other words ("cease-fire", "good
 * news", "non-starter") under another, each keyed by its first four letters in a row ("ceas",
 * "good", "star"), which a text holding the word holds inside one of its words: a word with a
 * hyphen or a space does not make every sentence be read.
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

  /**
   * This set's numbers in the {@link WordSetCensus}: that of its words made only of the letters a
   * to z, whose reading from a sentence's words tells whether the sentence holds one ({@link
   * WordSetCensus#surelyHolds}), and that of its other words ("cease-fire", "right to"); -1 where
   * it has no such words.
   */
  private final int letterSet;

  private final int otherSet;

  /** Words of at least four chars, each lower-case ASCII (no letters A to Z, nothing above 127). */
  FoldedWords(Iterable<String> words) {
    this(words, true);
  }

  /** The set of {@code words}, joining the census if {@code counted}. */
  private FoldedWords(Iterable<String> words, boolean counted) {
    Map<Integer, List<String>> byKey = new HashMap<>();
    List<String> letterWords = new ArrayList<>();
    Set<Integer> letterKeys = new HashSet<>();
    Set<Integer> otherKeys = new HashSet<>();
    boolean othersKeyed = true;
    for (String word : words) {
      checkArgument(word.length() >= KEY_CHARS, "word %s: shorter than four chars", word);
      int key = 0;
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        checkArgument(c < 128 && !(c >= 'A' && c <= 'Z'), "word %s: not lower-case ASCII", word);
        if (i < KEY_CHARS) {
          key = key << 8 | c;
        }
      }
      int bit = bitOf(key);
      filter[bit >>> 6] |= 1L << bit;
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(word);
      int letterKey = firstLetterKey(word);
      if (letterKey == key && isLetters(word)) {
        letterWords.add(word);
        letterKeys.add(key);
      } else {
        // A word with no four letters in a row ("1,000") is keyed by its first four chars for a
        // reading of a text's chars; a reading of its words cannot rule it out.
        otherKeys.add(letterKey != 0 ? letterKey : key);
        othersKeyed &= letterKey != 0;
      }
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
    if (!counted) {
      this.letterSet = -1;
      this.otherSet = -1;
      return;
    }
    boolean allLetters = letterWords.size() == byKey.values().stream().mapToInt(List::size).sum();
    // A word of letters alone is confirmed in a word's traits by a test of those words only.
    FoldedWords letters = allLetters ? this : new FoldedWords(letterWords, false);
    this.letterSet =
        letterWords.isEmpty() ? -1 : WordSetCensus.join(letters, letterKeys, true, true);
    this.otherSet = allLetters ? -1 : WordSetCensus.join(this, otherKeys, false, othersKeyed);
  }

  /**
   * The first four chars of {@code word} that are all letters a to z, packed as {@link #find} packs
   * them; 0 if it has no such run. A text that holds the word holds them inside a run of letters,
   * so inside one of its words.
   */
  private static int firstLetterKey(String word) {
    int key = 0;
    int run = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < 'a' || c > 'z') {
        run = 0;
        continue;
      }
      key = key << 8 | c;
      if (++run == KEY_CHARS) {
        return key;
      }
    }
    return 0;
  }

  private static boolean isLetters(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) < 'a' || word.charAt(i) > 'z') {
        return false;
      }
    }
    return true;
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
   * chars) tells whether the text holds one of the words made only of letters, without reading it.
   */
  boolean inAsciiFolded(long census, int knownSets, String text, int start, int end) {
    return switch (told(census, knownSets, false)) {
      case NONE -> false;
      case SURE -> true;
      default -> find(text, start, end, false);
    };
  }

  private static final int NONE = 0;
  private static final int SURE = 1;
  private static final int READ = 2;

  /**
   * What the census's reading tells of the text: it holds none of the words ({@link #NONE}), surely
   * holds one ({@link #SURE}), or must be read ({@link #READ}).
   */
  private int told(long census, int knownSets, boolean fullLowerCase) {
    boolean letters = letterSet >= 0 && WordSetCensus.mayHold(census, letterSet, fullLowerCase);
    if (letters && WordSetCensus.surelyHolds(census, letterSet, knownSets, fullLowerCase)) {
      return SURE;
    }
    boolean others = otherSet >= 0 && WordSetCensus.mayHold(census, otherSet, fullLowerCase);
    return letters || others ? READ : NONE;
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
    return switch (told(census, knownSets, true)) {
      case NONE -> false;
      case SURE -> true;
      default -> inLowerCase(text, start, end);
    };
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
