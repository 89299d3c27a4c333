package dev.parley.io.article;

/** Character classes the reader shares, tuned for scraped text. */
final class Text {
  private Text() {}

  /**
   * Whether {@code c} is blank: Java whitespace, no-break spaces, zero-width spaces and joiners and
   * a stray byte order mark. Blank characters belong to no sentence or boilerplate span.
   */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || c == '\u00A0'
        || c == '\u2007'
        || c == '\u202F'
        || c == '\u200B'
        || c == '\u200C'
        || c == '\u200D'
        || c == '\u2060'
        || c == '\uFEFF';
  }

  /** Whether {@code c} is a horizontal space, that is blank but no line break. */
  static boolean isInlineSpace(char c) {
    return c != '\n' && c != '\r' && isSpace(c);
  }

  /** The first offset in [from, to) that is not blank, or {@code to}. */
  static int skipSpace(CharSequence s, int from, int to) {
    int i = from;
    while (i < to && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The offset just past the last non-blank character in [from, to), or {@code from}. */
  static int trimEnd(CharSequence s, int from, int to) {
    int i = to;
    while (i > from && isSpace(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** Whether {@code c} opens a quotation. */
  static boolean isOpeningQuote(char c) {
    return c == '"' || c == '“' || c == '„' || c == '«' || c == '‘' || c == '\'' || c == '‹';
  }

  /** Whether {@code c} may close a quotation or a bracket after a full stop. */
  static boolean isCloser(char c) {
    return c == '"' || c == '”' || c == '’' || c == '\'' || c == '»' || c == '›' || c == ')'
        || c == ']' || c == '“';
  }

  /** Whether {@code c} is any quotation mark. */
  static boolean isQuote(char c) {
    return isOpeningQuote(c) || (isCloser(c) && c != ')' && c != ']');
  }

  /** Whether the region [from, to) contains {@code word} at {@code at}, ignoring case. */
  static boolean regionMatches(CharSequence s, int at, int to, String word) {
    if (at < 0 || at + word.length() > to) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (lower(s.charAt(at + k)) != lower(word.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** {@link Character#toLowerCase(char)}, worked out inline for an ASCII char. */
  static char lower(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
    }
    return Character.toLowerCase(c);
  }
}
