package dev.parley.io.lexicon;

/** Reading the extent of character classes and Unicode class names in an RE2 pattern's source. */
final class RegexClasses {
  private RegexClasses() {}

  /**
   * The index just past the Unicode class name at {@code at} (after {@code \p} or {@code \P}):
   * {@code {Name}} or one letter; -1 if it is not well formed.
   */
  static int unicodeNameEnd(String re, int at) {
    if (at >= re.length()) {
      return -1;
    }
    if (re.charAt(at) == '{') {
      int close = re.indexOf('}', at);
      return close < 0 ? -1 : close + 1;
    }
    return at + 1;
  }

  /**
   * The index just past the class that opens with the {@code [} at {@code at}; -1 if it is not well
   * formed or uses what this reading does not know (a nested class other than {@code [:name:]},
   * {@code \x} or {@code \Q}).
   */
  static int classEnd(String re, int at) {
    int pos = at + 1;
    if (pos < re.length() && re.charAt(pos) == '^') {
      pos++;
    }
    if (pos < re.length() && re.charAt(pos) == ']') {
      pos++;
    }
    while (pos < re.length() && re.charAt(pos) != ']') {
      if (re.charAt(pos) == '\\') {
        pos++;
        if (pos < re.length() && (re.charAt(pos) == 'p' || re.charAt(pos) == 'P')) {
          pos = unicodeNameEnd(re, pos + 1);
          if (pos < 0) {
            return -1;
          }
          continue;
        }
        if (pos < re.length() && (re.charAt(pos) == 'x' || re.charAt(pos) == 'Q')) {
          return -1;
        }
        pos++;
      } else if (re.startsWith("[:", pos)) {
        int close = re.indexOf(":]", pos + 2);
        if (close < 0) {
          return -1;
        }
        pos = close + 2;
      } else if (re.charAt(pos) == '[') {
        return -1;
      } else {
        pos++;
      }
    }
    return pos >= re.length() ? -1 : pos + 1;
  }
}
