package dev.parley.evidence;

/**
 * Whether a source is a primary document, a report about one, or the analyst's own description of
 * the case.
 */
public enum SourceKind {
  /** A primary document: a draft treaty, a letter, an official statement. */
  DOCUMENT,
  /** A news article or other report by a third party. */
  ARTICLE,
  /**
   * The analyst's description of the case, such as a case lexicon's entry for a document: no source
   * of the negotiation, so that what rests on it alone, no source read reports.
   */
  LEXICON
}
