package dev.parley.io.lexicon;

import java.util.BitSet;
import java.util.Collection;

/**
 * The beginnings of a lexicon's normalised word forms, so that a word of the text that can
 * normalise to none of them is known at a glance, without being normalised.
 *
 * <p>Normalising an ASCII word keeps its first two chars up to case and can change its third only
 * from {@code i} to {@code y} ({@code xxies} and {@code xxied} give {@code xxy}): accents are
 * folded, apostrophes and dots dropped, and the stemmer only takes off or replaces endings, leaving
 * at least two chars. So a word whose first three chars are ASCII letters or digits can normalise
 * to a form only if its first three chars begin that form (with {@code y} read also as {@code i}),
 * or its first two chars are the whole of a two-char form; a word of two chars only if it is such a
 * form; a word of one char only if it is a one-char form. Words that begin otherwise are never
 * ruled out.
 */
final class SymbolPrefixes {
  private static final int BITS = 6;

  private final BitSet three = new BitSet(1 << (3 * BITS));
  private final BitSet two = new BitSet(1 << (2 * BITS));
  private final BitSet one = new BitSet(1 << BITS);

  SymbolPrefixes(Collection<String> forms) {
    for (String f : forms) {
      int n = Math.min(3, f.length());
      int key = key(f, 0, n);
      if (key < 0) {
        continue; // a form that begins otherwise: words that begin so are never ruled out
      }
      switch (n) {
        case 1 -> one.set(key);
        case 2 -> {
          if (f.length() == 2) {
            two.set(key);
          }
        }
        default -> {
          three.set(key);
          if (lower(f.charAt(2)) == 'y') {
            three.set(key - code('y') + code('i'));
          }
        }
      }
    }
  }

  /** Whether the word {@code text[start, end)} surely normalises to none of the forms. */
  boolean rulesOut(CharSequence text, int start, int end) {
    int length = end - start;
    int n = Math.min(3, length);
    int key = key(text, start, n);
    if (key < 0) {
      return false;
    }
    return switch (n) {
      case 1 -> !one.get(key);
      case 2 -> !two.get(key);
      default -> !three.get(key) && !two.get(key >>> BITS);
    };
  }

  /** The first {@code n} chars from {@code start} as one key; -1 if one is not ASCII alnum. */
  private static int key(CharSequence s, int start, int n) {
    int key = 0;
    for (int i = start; i < start + n; i++) {
      int c = code(lower(s.charAt(i)));
      if (c < 0) {
        return -1;
      }
      key = key << BITS | c;
    }
    return key;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
  }

  /** 1 to 10 for a digit, 11 to 36 for a lower-case letter, -1 otherwise. */
  private static int code(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0' + 1;
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 11;
    }
    return -1;
  }
}
