package dev.parley.io.match;

/**
 * A bounded memo of the words the tokenizer has met, so that a frequent word is neither copied out
 * of the text nor normalised again.
 *
 * <p>News prose repeats a small vocabulary: the same few thousand words make up most tokens. The
 * memo is a direct-mapped table keyed by a word's chars: a word found there gives back the string
 * and the normalised form made the first time; a word not found is copied, normalised and put in
 * its slot, replacing whatever was there. Lookups read the text in place, so a hit allocates
 * nothing.
 *
 * <p>It is shared by all threads without locks. A slot holds one immutable entry whose fields are
 * final, so a thread that reads a slot sees either an older entry, a newer one or none, each
 * complete; a lost write costs only a later miss. The table holds at most {@value #SLOTS} entries,
 * whatever the input.
 */
final class WordForms {
  /** One remembered word: its text and its normalised form. */
  record Form(String text, String normalised) {}

  static final int SLOTS = 1 << 12;

  /** Words longer than this are not remembered: they are rare and would crowd out common ones. */
  static final int MAX_LENGTH = 24;

  private static final Form[] TABLE = new Form[SLOTS];

  private WordForms() {}

  /**
   * The word {@code text[start, end)} as a string, with its normalised form ({@link
   * Tokenizer#normalise(String)}).
   */
  static Form of(CharSequence text, int start, int end) {
    int length = end - start;
    if (length > MAX_LENGTH) {
      String word = text.subSequence(start, end).toString();
      return new Form(word, Tokenizer.normalise(word));
    }
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    int slot = (hash ^ (hash >>> 12)) & (SLOTS - 1);
    Form cached = TABLE[slot];
    if (cached != null && sameChars(cached.text(), text, start, length)) {
      return cached;
    }
    String word = text.subSequence(start, end).toString();
    Form made = new Form(word, Tokenizer.normalise(word));
    TABLE[slot] = made;
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
