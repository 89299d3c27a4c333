package dev.parley.io.statement;

import dev.parley.io.match.SpelledWords;
import dev.parley.io.match.WordTraits;
import java.util.Arrays;
import java.util.Collection;

/**
 * Which word sets ({@link FoldedWords}) a text may hold, found in one read of the text: the
 * statement rules test a sentence for a dozen word sets, and a sentence that holds none of a set's
 * four-char keys is passed without reading it again for that set.
 *
 * <p>Every word set joins the census when it is made and is given a number. A reading of a text
 * ({@link #read}, a {@code long}) keeps one bit for each set one of whose keys (four letters in a
 * row of one of its words: a word's first four chars when they are letters) stands in the text with
 * its ASCII capitals made small. A set whose bit is clear cannot be held; a set whose bit is set is
 * read as before.
 *
 * <p>A sentence whose words the lexicon's scan spelt ({@link SpelledWords}) is read from its words
 * instead of its chars: the census's keys are looked up once for each word a thread remembers, as
 * the word's traits ({@link Keys#of}), and a sentence's reading is the union of its words' traits.
 * For a set of words made only of the letters a to z the traits tell whether the word holds one of
 * them, not only one of their keys, so that the set's test is answered without reading the
 * sentence.
 */
final class WordSetCensus {
  /**
   * How many bits of a word's traits keep its number ({@link WordNumbers}): a flag that tells it
   * has one, and 13 bits for the number, or for how many words were numbered when it had none.
   */
  private static final int NUMBER_BITS = 14;

  /** How many sets the census tells apart; a set joining after them is always read itself. */
  static final int MOST_SETS = Long.SIZE - 2 - NUMBER_BITS;

  /** The sets' bits of a reading. */
  private static final long SETS = (1L << MOST_SETS) - 1;

  /** The bits of a word's traits that keep its number, from bit {@link #MOST_SETS} on. */
  private static final long NUMBER = ((1L << NUMBER_BITS) - 1) << MOST_SETS;

  /** The flag, among the number's bits, that tells the word has a number. */
  private static final int NUMBERED = 1 << (NUMBER_BITS - 1);

  /** The bit of a word's traits that tells it is a personal pronoun ({@link English#PRONOUNS}). */
  static final long PRONOUN = 1L << (MOST_SETS + NUMBER_BITS);

  /**
   * The bit of a reading, or of a word's traits, that tells a char folds apart (see {@link #read}).
   */
  private static final long FOLDS_APART = Long.MIN_VALUE;

  private static final int FILTER_BITS = 14;

  /**
   * The keys of the sets joined so far: a bit set over their hashes, and an open-addressing table
   * of the keys with, for each, the sets that hold it (bit {@code n} for set number {@code n}); the
   * sets themselves; which of them are made only of the letters a to z ({@code exact}), and which
   * hold a word with no four such letters in a row ({@code unkeyed}: a word's keys cannot tell
   * whether a text holds it).
   *
   * <p>As {@link WordTraits}, the traits of a lower-case word: bit {@code n} for a set {@code n}
   * one of whose words it holds (exact sets), one of whose keys it holds (other sets), or always
   * (unkeyed sets and sets that joined later), the word's number among the words of the {@link
   * WordSet word sets} ({@link #numberOf}), {@link #PRONOUN} and {@link #FOLDS_APART}.
   */
  record Keys(
      int sets,
      long[] filter,
      int[] keys,
      long[] owners,
      FoldedWords[] members,
      long exact,
      long unkeyed,
      WordNumbers numbers)
      implements WordTraits {
    @Override
    public long of(String lower) {
      long held = 0;
      boolean foldsApart = false;
      int key = 0;
      int run = 0;
      for (int i = 0; i < lower.length(); i++) {
        char c = lower.charAt(i);
        if (c >= 128) {
          foldsApart |= c == '\u0130' || Character.toLowerCase(c) < 128;
          run = 0;
          continue;
        }
        key = key << 8 | c;
        if (++run >= FoldedWords.KEY_CHARS) {
          held |= ownersOf(key);
        }
      }
      for (long toConfirm = held & exact; toConfirm != 0; toConfirm &= toConfirm - 1) {
        int set = Long.numberOfTrailingZeros(toConfirm);
        if (!members[set].inAsciiFolded(lower, 0, lower.length())) {
          held &= ~(1L << set);
        }
      }
      int number = numbers.of(lower);
      long numberBits = number >= 0 ? number | NUMBERED : -1 - number;
      return held
          | unkeyed
          | later(sets)
          | numberBits << MOST_SETS
          | (foldsApart ? FOLDS_APART : 0)
          | (English.PRONOUNS.contains(lower) ? PRONOUN : 0);
    }

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
      new Keys(
          0,
          new long[(1 << FILTER_BITS) / Long.SIZE],
          new int[1],
          new long[1],
          new FoldedWords[0],
          0,
          0,
          WordNumbers.NONE);

  private WordSetCensus() {}

  /**
   * The census as it stands, as the traits of words: a reading of words spelt with these traits
   * knows the sets joined so far.
   */
  static Keys traits() {
    return current;
  }

  /**
   * Adds a set with the given keys (packed as {@link FoldedWords} packs them); its number. Each key
   * is four chars in a row of one of the set's words, so that a text holding the word holds the
   * key; when they are letters a to z ({@code keyed} tells that each word's are), one of the text's
   * words holds it. {@code exact} tells the set's words are made only of the letters a to z.
   */
  static synchronized int join(
      FoldedWords member, Collection<Integer> keys, boolean exact, boolean keyed) {
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
    FoldedWords[] members = Arrays.copyOf(old.members(), set + 1);
    members[set] = member;
    current =
        new Keys(
            set + 1,
            filter,
            table,
            owners,
            members,
            old.exact() | (exact ? 1L << set : 0),
            old.unkeyed() | (keyed ? 0 : 1L << set),
            old.numbers());
    return set;
  }

  /**
   * Numbers those of {@code words} that have no number yet; the numbering after. Words spelt with
   * the census's traits from then on carry their numbers.
   */
  static synchronized WordNumbers number(Iterable<String> words) {
    Keys old = current;
    WordNumbers numbers = old.numbers().with(words);
    if (numbers != old.numbers()) {
      current =
          new Keys(
              old.sets(),
              old.filter(),
              old.keys(),
              old.owners(),
              old.members(),
              old.exact(),
              old.unkeyed(),
              numbers);
    }
    return numbers;
  }

  /**
   * The number of the word whose traits are {@code traits} (see {@link WordNumbers#of}): its
   * number, or {@code -1 - n} if it had none when {@code n} words were numbered.
   */
  static int numberOf(long traits) {
    int bits = (int) ((traits & NUMBER) >>> MOST_SETS);
    return (bits & NUMBERED) != 0 ? bits & ~NUMBERED : -1 - bits;
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
    return held | later(keys.sets()) | (foldsApart ? FOLDS_APART : 0);
  }

  /**
   * Reads a sentence from its words, {@code from} (inclusive) {@code to} (exclusive) of {@code
   * words}, spelt with {@code traits}: as {@link #read} of its chars would, but for sets made only
   * of the letters a to z, whose bits tell whether the sentence holds one of their words. The words
   * must {@link SpelledWords#coversLetters() cover} the sentence's letters.
   */
  static long read(SpelledWords words, int from, int to, Keys traits) {
    long held = 0;
    for (int i = from; i < to; i++) {
      held |= words.spelling(i).traits();
    }
    return held & ~(PRONOUN | NUMBER) | traits.unkeyed() | later(traits.sets());
  }

  /** The bits of the sets that join after the first {@code sets}, among those told apart. */
  private static long later(int sets) {
    return sets >= MOST_SETS ? 0 : -1L << sets & SETS;
  }

  /**
   * Whether a text of the given reading may hold a word of set {@code set}, folded to lower case in
   * full or only its ASCII capitals.
   */
  static boolean mayHold(long reading, int set, boolean fullLowerCase) {
    return set >= MOST_SETS || (fullLowerCase && reading < 0) || (reading >>> set & 1) != 0;
  }

  /**
   * Whether a reading from words spelt with traits that knew {@code knownSets} sets tells for sure
   * that its text holds a word of set {@code set}, an exact set, folded to lower case in full or
   * only its ASCII capitals: no need to read the text.
   */
  static boolean surelyHolds(long reading, int set, int knownSets, boolean fullLowerCase) {
    return set < Math.min(knownSets, MOST_SETS)
        && (reading >>> set & 1) != 0
        && !(fullLowerCase && reading < 0);
  }
}
