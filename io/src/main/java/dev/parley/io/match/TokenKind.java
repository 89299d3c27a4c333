package dev.parley.io.match;

/** What a {@link Token} is made of, so callers can tell words from marks. */
public enum TokenKind {
  /** Letters, possibly with digits, internal apostrophes or dots (as in {@code U.S.}). */
  WORD,
  /** Digits, possibly with internal separators ({@code 1,000}, {@code 2.5}). */
  NUMBER,
  /** A clitic split off a word: possessive {@code 's}, {@code n't}, {@code 'll} and the like. */
  CLITIC,
  /** Any other visible character except quotation marks, which are skipped. */
  PUNCTUATION
}
