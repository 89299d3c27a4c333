package dev.parley.io.match;

/**
 * The tokenizer's memo of the words it has met, so that a frequent word is neither copied out of
 * the text nor normalised again; see {@link WordMemo}. It holds at most {@value #SLOTS} words, of
 * at most {@value #MAX_LENGTH} chars, and is shared by all threads.
 */
final class WordForms {
  /** One remembered word: its text and its normalised form. */
  record Form(String text, String normalised) implements WordMemo.Word {
    @Override
    public int variant() {
      return 0;
    }
  }

  static final int SLOTS = 1 << 12;

  /** Words longer than this are not remembered: they are rare and would crowd out common ones. */
  static final int MAX_LENGTH = 24;

  private static final WordMemo<Form> MEMO =
      new WordMemo<>(
          SLOTS, MAX_LENGTH, (word, variant) -> new Form(word, Tokenizer.normalise(word)));

  private WordForms() {}

  /**
   * The word {@code text[start, end)} as a string, with its normalised form ({@link
   * Tokenizer#normalise(String)}).
   */
  static Form of(CharSequence text, int start, int end) {
    return MEMO.of(text, start, end, 0);
  }
}
