package dev.parley.io.article;

/** Where an article's publication date came from. */
public enum DateProvenance {
  /** The article states it: a {@code Published} stamp, a {@code date} header or a date line. */
  STATED,
  /** Nothing states it; it was inferred from the dates the body mentions. */
  INFERRED,
  /** Neither stated nor inferable. */
  UNKNOWN
}
