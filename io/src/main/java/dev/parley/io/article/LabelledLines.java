package dev.parley.io.article;

/**
 * The two cue matches of {@code boilerplate.txt} that look past the cue at what follows it on the
 * line: a heading that names a section or a site after its cue ({@code Most viewed in Business}),
 * and a bar of controls ({@code Accept all | Settings}, {@code Sort by: Newest | Oldest}).
 */
final class LabelledLines {
  /** Most words the part that opens a bar of controls may have after its cue. */
  private static final int MAX_WORDS_AFTER_CUE = 3;

  /** The marks of a sentence, which no part of a bar and no section's name has. */
  private static final String SENTENCE_MARKS = ".!?;:,\"“”()";

  private final ArticleLines lines;
  private final Navigation navigation;
  private final String text;

  LabelledLines(ArticleLines lines) {
    this.lines = lines;
    this.navigation = new Navigation(lines);
    this.text = lines.text;
  }

  /**
   * Whether the rest of a line after a heading's cue, [after, e), is a section's or a site's name:
   * one to three words, the first capitalised, perhaps after "the" ({@code Business}, {@code the
   * Harbour Post}), with no sentence's marks. "Most viewed in the capital, the plan was rejected"
   * is no heading.
   */
  boolean isSectionHeading(int after, int e) {
    if (after == e || !Text.isInlineSpace(text.charAt(after))) {
      return false;
    }
    int name = Text.skipSpace(text, after, e);
    int the = name + 3;
    if (the < e
        && Text.regionMatches(text, name, e, "the")
        && Text.isInlineSpace(text.charAt(the))) {
      name = Text.skipSpace(text, the, e);
    }
    return navigation.isMenuPart(name, Text.trimEnd(text, name, e));
  }

  /**
   * Whether the line [s, e), which opens with a bar's cue ending at {@code after}, is a bar of
   * controls: more parts follow between separators ({@code |}, {@code ·}, {@code •}), or a colon
   * stands right after the cue; the cue's part has at most three words more, every other part one
   * to three words, and no part has a sentence's marks. "Sort by region, the figures show a rise"
   * is no bar.
   */
  boolean isBar(int s, int after, int e) {
    int first = lines.partEnd(s, e, Navigation.PART_SEPARATORS);
    int rest = Text.skipSpace(text, after, first);
    boolean colon = rest < first && text.charAt(rest) == ':';
    if (colon) {
      rest++;
    }
    if (first == e && !colon) {
      return false;
    }
    int restEnd = Text.trimEnd(text, rest, first);
    if (hasSentenceMarks(rest, restEnd) || lines.countWords(rest, restEnd) > MAX_WORDS_AFTER_CUE) {
      return false;
    }
    for (int p = first + 1; p <= e; ) {
      int q = lines.partEnd(p, e, Navigation.PART_SEPARATORS);
      int from = Text.skipSpace(text, p, q);
      int to = Text.trimEnd(text, from, q);
      int words = lines.countWords(from, to);
      if (words < 1 || words > MAX_WORDS_AFTER_CUE || hasSentenceMarks(from, to)) {
        return false;
      }
      p = q + 1;
    }
    return true;
  }

  private boolean hasSentenceMarks(int from, int to) {
    for (int i = from; i < to; i++) {
      if (SENTENCE_MARKS.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
