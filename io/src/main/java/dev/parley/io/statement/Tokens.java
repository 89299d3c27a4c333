package dev.parley.io.statement;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import java.util.List;

/** The words and punctuation of a sentence, with their offsets in the article text. */
final class Tokens {
  /** One word or punctuation mark, with its lower-case form worked out once. */
  record Token(String text, int start, int end, String lower) {
    boolean isWord() {
      return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean isCapitalised() {
      return Character.isUpperCase(text.charAt(0));
    }
  }

  /** The one-char strings of ASCII punctuation, shared by all tokens of them. */
  private static final String[] ASCII_MARKS = asciiMarks();

  private final List<Token> tokens;
  private final String text;
  private final int start;
  private final int end;

  private Tokens(List<Token> tokens, String text, int start, int end) {
    this.tokens = tokens;
    this.text = text;
    this.start = start;
    this.end = end;
  }

  static Tokens of(String text, int start, int end) {
    // About one token in five chars of prose: room enough that the builder seldom grows.
    ImmutableList.Builder<Token> tokens =
        ImmutableList.builderWithExpectedSize((end - start) / 4 + 4);
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        boolean capitals = isAsciiCapital(c);
        int j = i + 1;
        while (j < end && isWordPart(text, j, end)) {
          capitals |= isAsciiCapital(text.charAt(j));
          j++;
        }
        String word = text.substring(i, j);
        tokens.add(new Token(word, i, j, capitals ? Ascii.toLowerCase(word) : word));
        i = j;
      } else {
        // Not a letter, so not an ASCII capital: the mark is its own lower case.
        String mark = c < ASCII_MARKS.length ? ASCII_MARKS[c] : String.valueOf(c);
        tokens.add(new Token(mark, i, i + 1, mark));
        i++;
      }
    }
    return new Tokens(tokens.build(), text, start, end);
  }

  private static boolean isAsciiCapital(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static String[] asciiMarks() {
    String[] marks = new String[128];
    for (char c = 0; c < marks.length; c++) {
      marks[c] = String.valueOf(c);
    }
    return marks;
  }

  private static boolean isWordPart(String text, int j, int end) {
    char c = text.charAt(j);
    if (Character.isLetterOrDigit(c) || c == '-') {
      return true;
    }
    boolean apostrophe = c == '\'' || c == '\u2019';
    return apostrophe && j + 1 < end && Character.isLetter(text.charAt(j + 1));
  }

  /**
   * Whether the text the tokens were read from, ASCII capitals made small, holds one of {@code
   * words}: false tells that no token's lower-case form is, or holds, one of them.
   */
  boolean mayHoldAny(FoldedWords words) {
    return words.inAsciiFolded(text, start, end);
  }

  List<Token> all() {
    return tokens;
  }

  /** The index of the first token starting at or after {@code offset}; size() if none. */
  int indexAt(int offset) {
    // Tokens are in text order and do not overlap, so their ends increase: search for the first
    // end after the offset.
    int low = 0;
    int high = tokens.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).end() > offset) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }

  /** The index of the last token ending at or before {@code offset}; -1 if none. */
  int indexBefore(int offset) {
    return indexAt(offset) - 1;
  }

  int size() {
    return tokens.size();
  }

  Token get(int i) {
    return tokens.get(i);
  }
}
