package dev.parley.io.statement;

/**
 * Which characters of a paragraph lie inside quotation marks. Curly and angle quotes open and
 * close; straight quotes toggle; a closing mark with no opening one quotes everything before it in
 * its sentence (a quotation begun in an earlier, unmarked sentence).
 */
final class Quotes {
  private boolean open;

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
   * and carries an unclosed quotation on to the next sentence.
   */
  boolean[] mark(String text, int start, int end) {
    boolean[] quoted = new boolean[end - start];
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (isOpening(c)) {
        open = true;
        quoted[i - start] = true;
      } else if (isClosing(c)) {
        if (!open) {
          for (int j = 0; j < i - start; j++) {
            quoted[j] = true;
          }
        }
        quoted[i - start] = true;
        open = false;
      } else if (c == '"') {
        quoted[i - start] = true;
        open = !open;
      } else {
        quoted[i - start] = open;
      }
    }
    return quoted;
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
