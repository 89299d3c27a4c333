package dev.parley.io.statement;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import java.util.List;

/** The words and punctuation of a sentence, with their offsets in the article text. */
final class Tokens {
  /** One word or punctuation mark, with its lower-case form worked out once. */
  record Token(String text, int start, int end, String lower) {
    Token(String text, int start, int end) {
      this(text, start, end, Ascii.toLowerCase(text));
    }

    boolean isWord() {
      return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean isCapitalised() {
      return Character.isUpperCase(text.charAt(0));
    }
  }

  private final List<Token> tokens;

  private Tokens(List<Token> tokens) {
    this.tokens = tokens;
  }

  static Tokens of(String text, int start, int end) {
    ImmutableList.Builder<Token> tokens = ImmutableList.builder();
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < end && isWordPart(text, j, end)) {
          j++;
        }
        tokens.add(new Token(text.substring(i, j), i, j));
        i = j;
      } else {
        tokens.add(new Token(String.valueOf(c), i, i + 1));
        i++;
      }
    }
    return new Tokens(tokens.build());
  }

  private static boolean isWordPart(String text, int j, int end) {
    char c = text.charAt(j);
    if (Character.isLetterOrDigit(c) || c == '-') {
      return true;
    }
    boolean apostrophe = c == '\'' || c == '\u2019';
    return apostrophe && j + 1 < end && Character.isLetter(text.charAt(j + 1));
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
