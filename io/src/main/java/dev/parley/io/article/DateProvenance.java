package dev.parley.io.article;

/** Where an article's publication date came from. */
public enum DateProvenance {
  /** The article states it: a {@code Published} stamp, a {@code date} header or a date line. */
  STATED,
  /**
   * Nothing states it; it was inferred from the dates the body mentions (none after the day of an
   * update stamp), or, when the body gives none, it is the day of an update stamp ({@code Updated 5
   * March 2021}): the article is no younger. The evidence is the sentence or the stamp's line.
   */
  INFERRED,
  /** Neither stated nor inferable. */
  UNKNOWN
}
