package dev.parley.evidence;

/** Whether a source is a primary document or a report about one. */
public enum SourceKind {
  /** A primary document: a draft treaty, a letter, an official statement. */
  DOCUMENT,
  /** A news article or other report by a third party. */
  ARTICLE
}
