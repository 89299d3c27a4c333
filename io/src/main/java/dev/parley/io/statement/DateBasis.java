package dev.parley.io.statement;

/** Where the date of a statement's act was found, from the most to the least direct. */
public enum DateBasis {
  /** A date mention in the statement's own sentence. */
  SENTENCE,
  /** The last date mention earlier in the same paragraph. */
  PARAGRAPH,
  /**
   * The last date mention earlier in the article, when the publication date was only inferred from
   * the body.
   */
  ARTICLE,
  /** The article's publication date. */
  PUBLICATION,
  /** No date could be found. */
  NONE
}
