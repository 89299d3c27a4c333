package dev.parley.io.statement;

import com.google.common.collect.ImmutableList;

/**
 * The words at which the rules of acts told with no act word (offers, hopes, threats, authorship)
 * are found, as one cheap test: most sentences hold none of them, and are then read once for all of
 * those rules instead of once for each.
 */
final class UntoldWords {
  /** Every word any of those rules is found at. */
  static final FoldedWords ANY =
      FoldedWords.anyOf(
          ImmutableList.of(
              Offers.TRIGGERS, Hopes.HOPE_WORDS, Consequences.TRIGGERS, Authorship.TRIGGERS));

  private UntoldWords() {}
}
