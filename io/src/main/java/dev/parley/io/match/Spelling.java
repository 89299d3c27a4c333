package dev.parley.io.match;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Ascii;

/**
 * How one word is written, kept by a word memo so that its strings are made once for all the
 * sentences that hold it: the word as written, its lower case (ASCII capitals made small) and the
 * traits the text's reader gives it ({@link WordTraits}).
 *
 * <p>A spelling is a function of the word's chars and of the traits it was made with: two spellings
 * of the same word made with the same traits are equal in all but identity.
 */
public final class Spelling {
  private final String text;
  private final String lower;
  private final long traits;
  private final int length;
  private final boolean lettersOrDigits;

  private Spelling(String text, String lower, long traits) {
    this.text = text;
    this.lower = lower;
    this.traits = traits;
    this.length = text.length();
    this.lettersOrDigits = isLettersOrDigits(text);
  }

  private static boolean isLettersOrDigits(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetterOrDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The spelling of {@code word}, its traits given by {@code traits} of its lower case. */
  public static Spelling of(String word, WordTraits traits) {
    String lower = Ascii.toLowerCase(checkNotNull(word, "word"));
    return new Spelling(word, lower, traits.of(lower));
  }

  /** The word as written. */
  public String text() {
    return text;
  }

  /** The word with its ASCII capitals made small, as {@link Ascii#toLowerCase(String)} makes it. */
  public String lower() {
    return lower;
  }

  /** What the reader's {@link WordTraits} made of {@link #lower}. */
  public long traits() {
    return traits;
  }

  /**
   * Whether each char of the word, read on its own, is a letter or digit ({@link
   * Character#isLetterOrDigit(char)}): a reader that splits a text where such a run ends need read
   * none of the word's chars again.
   */
  public boolean isLettersOrDigits() {
    return lettersOrDigits;
  }

  /** The number of chars of the word: where it ends, from where it begins. */
  public int length() {
    // Kept, so that where a word ends is read from the spelling alone.
    return length;
  }

  @Override
  public String toString() {
    return text;
  }
}
