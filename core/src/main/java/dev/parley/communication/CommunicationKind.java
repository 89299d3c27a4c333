package dev.parley.communication;

/** The form a communication took. */
public enum CommunicationKind {
  /** A draft treaty or agreement. */
  DRAFT_TREATY,
  /** A letter, note or written message. */
  LETTER,
  /** A written reply to an earlier communication. */
  REPLY,
  /** A public statement or declaration. */
  STATEMENT,
  /** An informal paper handed over in talks. */
  NON_PAPER,
  /** Remarks at a press conference or briefing, or in an interview. */
  REMARKS
}
