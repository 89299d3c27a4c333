package dev.parley.io.lexicon;

import java.util.Optional;

/** What kind of document a negotiation text is. */
public enum DocumentKind {
  /** A draft treaty or agreement put forward by one side. */
  DRAFT_TREATY,
  /** A letter from one government or official to others. */
  LETTER,
  /** A written reply to another document. */
  REPLY,
  /** A public statement. */
  STATEMENT,
  /** An informal paper without official standing. */
  NON_PAPER,
  /** What was said at a press conference. */
  PRESS_CONFERENCE;

  /** The word for this constant in lexicon files, such as {@code draft-treaty}. */
  public String word() {
    return Words.of(this);
  }

  /** The constant written {@code word} in lexicon files, if any. */
  public static Optional<DocumentKind> fromWord(String word) {
    return Words.parse(DocumentKind.class, word);
  }
}
