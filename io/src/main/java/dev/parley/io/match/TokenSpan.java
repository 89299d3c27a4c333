package dev.parley.io.match;

/** Anything that covers a run of tokens, so overlapping matches can be resolved generically. */
public interface TokenSpan {
  /** The index of the first covered token. */
  int firstToken();

  /** The index of the last covered token, inclusive. */
  int lastToken();
}
