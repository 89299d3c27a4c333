package dev.parley.io.match;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The keys of a direct-mapped word memo kept in primitive arrays, so that a lookup tells a
 * remembered word from its slot without reading any object: what was made of the word lies in
 * arrays the memo's owner keeps beside these keys, one element a slot.
 *
 * <p>Each slot holds, in one run of a char array, a word's hash, one int of the owner's ({@link
 * #value}), the word's length and variant and its chars: a lookup reads one stretch of memory, and
 * what is read there on a hit lies beside the hash, with no further load. {@link #find} gives the
 * slot of a word found there, or where it would go; {@link #put} then writes the word's key there,
 * replacing whatever was there. Words longer than the limit are not kept.
 *
 * <p>Not safe for use by more than one thread: the keys and their owner's values are written apart,
 * so each thread keeps its own table.
 */
public final class WordKeys {
  /** What {@link #find} gives for a word too long to be kept. */
  public static final int TOO_LONG = Integer.MIN_VALUE;

  /** Where in a slot its hash (two chars, high first), value (two chars) and header lie. */
  private static final int HASH = 0;

  private static final int VALUE = 2;
  private static final int HEADER = 4;

  /** Each slot's hash, value, header and chars, {@link #stride} chars a slot. */
  private final char[] keys;

  private final int stride;
  private final int shift;
  private final int mask;
  private final int maxLength;

  /**
   * Keys for {@code slots} words (a power of two) of at most {@code maxLength} chars, in variants
   * below 256.
   */
  public WordKeys(int slots, int maxLength) {
    checkArgument(slots > 0 && Integer.bitCount(slots) == 1, "slots %s: not a power of two", slots);
    checkArgument(maxLength > 0 && maxLength < 256, "maxLength %s: not in 1..255", maxLength);
    this.stride = HEADER + 1 + maxLength;
    this.keys = new char[slots * stride];
    this.shift = Integer.SIZE - Integer.numberOfTrailingZeros(slots);
    this.mask = slots - 1;
    this.maxLength = maxLength;
  }

  /** How many slots there are: the length of the arrays of values kept beside the keys. */
  public int slots() {
    return keys.length / stride;
  }

  /**
   * The slot holding the word {@code text[start, end)} in {@code variant} (0 to 255), if it is
   * there; else {@code -1 - slot} for the slot it would go in, or {@link #TOO_LONG}. A word is
   * found only in the variant it was put in.
   */
  public int find(CharSequence text, int start, int end, int variant) {
    int length = end - start;
    if (length > maxLength) {
      return TOO_LONG;
    }
    int hash = hash(text, start, end, variant);
    int slot = slotOf(hash);
    int base = slot * stride;
    if (readInt(base + HASH) == hash
        && keys[base + HEADER] == header(length, variant)
        && same(text, start, base)) {
      return slot;
    }
    return -1 - slot;
  }

  /**
   * Writes the word {@code text[start, end)} in {@code variant} into {@code slot}, which {@link
   * #find} gave for it (as {@code -1 - slot}); the slot's {@link #value} becomes 0.
   */
  public void put(int slot, CharSequence text, int start, int end, int variant) {
    int length = end - start;
    int base = slot * stride;
    keys[base + HEADER] = header(length, variant);
    for (int i = 0; i < length; i++) {
      keys[base + HEADER + 1 + i] = text.charAt(start + i);
    }
    writeInt(base + HASH, hash(text, start, end, variant));
    writeInt(base + VALUE, 0);
  }

  /** The owner's int kept beside the key of {@code slot}: 0 until {@link #setValue set}. */
  public int value(int slot) {
    return readInt(slot * stride + VALUE);
  }

  /** Keeps {@code value} beside the key of {@code slot}, until another word is put there. */
  public void setValue(int slot, int value) {
    writeInt(slot * stride + VALUE, value);
  }

  private int readInt(int at) {
    return keys[at] << 16 | keys[at + 1];
  }

  private void writeInt(int at, int value) {
    keys[at] = (char) (value >>> 16);
    keys[at + 1] = (char) value;
  }

  /** The hash of a word in a variant, as the word memos key it. */
  static int hash(CharSequence text, int start, int end, int variant) {
    int hash = variant;
    if (text instanceof String s) {
      // The common case, read without the interface call.
      for (int i = start; i < end; i++) {
        hash = 31 * hash + s.charAt(i);
      }
    } else {
      for (int i = start; i < end; i++) {
        hash = 31 * hash + text.charAt(i);
      }
    }
    return hash;
  }

  /**
   * The slot of a hash: its top bits after a multiplication by the golden ratio's fraction of 2^32,
   * which spreads the hashes of short words (close to one another in their low bits) over the slots
   * better than the low bits alone.
   */
  private int slotOf(int hash) {
    // The mask keeps one slot's table (a shift by 32 shifts by nothing) at slot 0.
    return ((hash * 0x9E3779B9) >>> shift) & mask;
  }

  private static char header(int length, int variant) {
    // A kept word has at least one char, so an empty slot (all zero) matches none.
    return (char) (length | variant << 8);
  }

  private boolean same(CharSequence text, int start, int base) {
    int length = keys[base + HEADER] & 0xff;
    int first = base + HEADER + 1;
    if (text instanceof String s) {
      for (int i = 0; i < length; i++) {
        if (keys[first + i] != s.charAt(start + i)) {
          return false;
        }
      }
      return true;
    }
    for (int i = 0; i < length; i++) {
      if (keys[first + i] != text.charAt(start + i)) {
        return false;
      }
    }
    return true;
  }
}
