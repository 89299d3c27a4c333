package dev.parley.io.statement;

/**
 * A lexicon entry found in the article text, reduced to what the extractor needs.
 *
 * @param kind what the entry is
 * @param entry the lexicon id (an act id, a party id, an item id, or the cue phrase for grammar)
 * @param start offset of the first character in the article text
 * @param end offset just past the last character
 */
record Cue(Kind kind, String entry, int start, int end) {

  /** The kinds of lexicon entries the extractor reads. */
  enum Kind {
    PARTY,
    ACTOR,
    ITEM,
    DOCUMENT,
    ACT,
    NEGATION,
    MODALITY,
    REPORTING,
    ROLE;

    /** The start of a label of a cue of this kind: the kind's name in lower case and a colon. */
    private final String labelPrefix = name().toLowerCase(java.util.Locale.ROOT) + ":";
  }

  /**
   * Whether any cue is of the kind: a rule that needs a cue of it gives nothing for a sentence that
   * has none, and can pass the sentence without reading its tokens.
   */
  static boolean anyOfKind(java.util.List<Cue> cues, Kind kind) {
    for (Cue cue : cues) {
      if (cue.kind == kind) {
        return true;
      }
    }
    return false;
  }

  /** Whether a cue of the kind holds the token: "troops" in the item "withdraw troops". */
  static boolean anyHolds(java.util.List<Cue> cues, Kind kind, Tokens.Token token) {
    for (Cue cue : cues) {
      if (cue.kind == kind && cue.start <= token.start() && token.end() <= cue.end) {
        return true;
      }
    }
    return false;
  }

  boolean overlaps(Cue other) {
    return start < other.end && other.start < end;
  }

  int length() {
    return end - start;
  }

  /** The form used in a statement's cue list: {@code kind:id}. */
  String label() {
    return kind.labelPrefix + entry;
  }
}
