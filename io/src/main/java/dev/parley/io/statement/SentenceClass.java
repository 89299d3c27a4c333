package dev.parley.io.statement;

/** What a sentence contributes to the record, so that every sentence is accounted for. */
public enum SentenceClass {
  /** The sentence makes at least one negotiating statement. */
  STATEMENT,
  /** The sentence names known parties, actors, items or documents but makes no negotiating act. */
  CONTEXT,
  /** The sentence lies in the article's boilerplate (bylines, see-also links, stamps). */
  BOILERPLATE,
  /** The sentence names nothing the lexicon knows, or is in another language. */
  UNRECOGNISED
}
