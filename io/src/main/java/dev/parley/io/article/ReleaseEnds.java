package dev.parley.io.article;

/**
 * The line rule for what follows a news release's end mark ({@code -30-}, {@code ###}, {@code
 * -ends-}): the release's contacts, its source and its links, set aside as {@code
 * release-contacts}.
 */
final class ReleaseEnds {
  /** The rule of an end mark's own line, given by the cues of {@code boilerplate.txt}. */
  static final String END_MARK = "end-mark";

  /** Longest line of a contact block; a longer one is a paragraph of the story. */
  private static final int MAX_CONTACT_LINE = 160;

  /** Most lines with text after an end mark that can be a contact block. */
  private static final int MAX_CONTACT_LINES = 15;

  private ReleaseEnds() {}

  /**
   * Sets aside the lines after the last end mark, when every one of them is short and there are
   * few: a release closes with contacts, a source line and links. Long lines after a mark (a story
   * that uses the mark as a section break) stay body, and so do the lines of a mark that is not the
   * last.
   */
  static void mark(ArticleLines lines) {
    markAfterLast(lines, END_MARK, "release-contacts");
  }

  /**
   * Sets aside under {@code restRule} the lines after the last line set aside under {@code
   * markRule}, when every one of them is short and there are few.
   */
  static void markAfterLast(ArticleLines lines, String markRule, String restRule) {
    int mark = -1;
    for (int l = lines.count - 1; l >= 0; l--) {
      if (markRule.equals(lines.wholeRule[l])) {
        mark = l;
        break;
      }
    }
    if (mark < 0) {
      return;
    }
    int after = 0;
    for (int l = mark + 1; l < lines.count; l++) {
      if (lines.hasBody(l)
          && (lines.be[l] - lines.bs[l] > MAX_CONTACT_LINE || ++after > MAX_CONTACT_LINES)) {
        return;
      }
    }
    for (int l = mark + 1; l < lines.count; l++) {
      if (lines.hasBody(l)) {
        lines.wholeRule[l] = restRule;
      }
    }
  }
}
