package dev.parley.io.match;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A bounded memo of what was made of the words of a text, keyed by a word's chars as written, so
 * that a frequent word is neither copied out of the text nor worked on again.
 *
 * <p>News prose repeats a small vocabulary: the same few thousand words make up most tokens. The
 * memo is a direct-mapped table: a word found there gives back what was made of it the first time;
 * a word not found is copied, made, and put in its slot, replacing whatever was there. Lookups read
 * the text in place, so a hit allocates nothing. Words longer than the memo's limit are made afresh
 * each time: they are rare and would crowd out common ones.
 *
 * <p>It is shared by threads without locks. A slot holds one immutable entry, so a thread that
 * reads a slot sees an older entry, a newer one or none, each complete; a lost write costs only a
 * later miss. The table holds at most its number of slots, whatever the input.
 *
 * @param <E> what is made of a word; immutable
 */
public final class WordMemo<E extends WordMemo.Word> {
  /** What a memo keeps of one word: the word as written, and the variant it was made for. */
  public interface Word {
    /** The word as written. */
    String text();

    /** Which of the ways of making a word this entry was made by; see {@link #of}. */
    int variant();
  }

  /** Makes the entry of a word. */
  @FunctionalInterface
  public interface Maker<E> {
    /** The entry of {@code word} made in the given variant. */
    E make(String word, int variant);
  }

  private final Object[] table;

  /**
   * The hash of each slot's word, written before its entry, so that a miss is mostly told without
   * reading the entry: the hashes lie together in memory, the entries do not.
   */
  private final int[] hashes;

  private final int mask;
  private final int maxLength;
  private final Maker<E> maker;

  /**
   * A memo of {@code slots} entries (a power of two) for words of at most {@code maxLength} chars.
   */
  public WordMemo(int slots, int maxLength, Maker<E> maker) {
    checkArgument(slots > 0 && Integer.bitCount(slots) == 1, "slots %s: not a power of two", slots);
    checkArgument(maxLength > 0, "maxLength %s: not positive", maxLength);
    this.table = new Object[slots];
    this.hashes = new int[slots];
    this.mask = slots - 1;
    this.maxLength = maxLength;
    this.maker = checkNotNull(maker, "maker");
  }

  /**
   * The entry of the word {@code text[start, end)} in the given variant: a word may be made in more
   * than one way (a tokenizer's word and number, say), and entries of one variant never answer for
   * another.
   */
  public E of(CharSequence text, int start, int end, int variant) {
    int length = end - start;
    if (length > maxLength) {
      return maker.make(text.subSequence(start, end).toString(), variant);
    }
    int hash = WordKeys.hash(text, start, end, variant);
    int slot = (hash ^ (hash >>> 13)) & mask;
    if (hashes[slot] == hash) {
      // A slot's hash and entry are written apart, so a thread may see one without the other:
      // the entry itself is checked.
      @SuppressWarnings("unchecked") // the table holds only entries this memo made
      E cached = (E) table[slot];
      if (cached != null
          && cached.variant() == variant
          && sameChars(cached.text(), text, start, length)) {
        return cached;
      }
    }
    E made = maker.make(text.subSequence(start, end).toString(), variant);
    hashes[slot] = hash;
    table[slot] = made;
    return made;
  }

  private static boolean sameChars(String word, CharSequence text, int start, int length) {
    if (word.length() != length) {
      return false;
    }
    if (text instanceof String s) {
      return s.regionMatches(start, word, 0, length);
    }
    for (int i = 0; i < length; i++) {
      if (word.charAt(i) != text.charAt(start + i)) {
        return false;
      }
    }
    return true;
  }
}
