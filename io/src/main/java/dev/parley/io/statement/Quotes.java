package dev.parley.io.statement;

/**
 * Which characters of a paragraph lie inside quotation marks. Curly and angle quotes open and
 * close; straight quotes toggle; a closing mark with no opening one quotes everything before it in
 * its sentence (a quotation begun in an earlier, unmarked sentence).
 */
final class Quotes {
  private boolean open;

  /** The chars of the sentence being marked, copied once: read from an array, not the string. */
  private char[] chars = new char[256];

  /**
   * The marking of every sentence with no quote mark that begins outside a quotation (most
   * sentences): all false, as long as the longest of them so far, and shared by them.
   */
  private boolean[] unquoted = new boolean[0];

  /** Starts a new paragraph: no quotation carries over. */
  void newParagraph() {
    open = false;
  }

  /** Whether the text is inside a quotation when the next sentence starts. */
  boolean isOpen() {
    return open;
  }

  /**
   * Marks the quoted characters of one sentence ({@code text} from {@code start} to {@code end})
   * and carries an unclosed quotation on to the next sentence: element {@code i} tells whether char
   * {@code start + i} is quoted. The marking may be longer than the sentence, and is then false
   * past its end; it may be shared with other sentences, and must not be changed.
   */
  boolean[] mark(String text, int start, int end) {
    int n = end - start;
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
    }
    char[] cs = chars;
    text.getChars(start, end, cs, 0);
    if (!open && !holdsQuoteMark(cs, n)) {
      if (unquoted.length < n) {
        unquoted = new boolean[Math.max(n, unquoted.length * 2)];
      }
      return unquoted;
    }
    boolean[] quoted = new boolean[n];
    for (int i = 0; i < n; i++) {
      char c = cs[i];
      if (c < '"' || (c > '"' && c < '\u00AB')) {
        // No quote mark is below U+00AB but the straight quote.
        quoted[i] = open;
      } else if (isOpening(c)) {
        open = true;
        quoted[i] = true;
      } else if (isClosing(c)) {
        if (!open) {
          for (int j = 0; j < i; j++) {
            quoted[j] = true;
          }
        }
        quoted[i] = true;
        open = false;
      } else if (c == '"') {
        quoted[i] = true;
        open = !open;
      } else {
        quoted[i] = open;
      }
    }
    return quoted;
  }

  private static boolean holdsQuoteMark(char[] cs, int n) {
    for (int i = 0; i < n; i++) {
      char c = cs[i];
      // No quote mark is below U+00AB but the straight quote.
      if (c == '"' || (c >= '\u00AB' && isQuoteMark(c))) {
        return true;
      }
    }
    return false;
  }

  static boolean isOpening(char c) {
    return c == '\u201C' || c == '\u00AB' || c == '\u201E';
  }

  static boolean isClosing(char c) {
    return c == '\u201D' || c == '\u00BB';
  }

  static boolean isQuoteMark(char c) {
    return isOpening(c) || isClosing(c) || c == '"';
  }
}
