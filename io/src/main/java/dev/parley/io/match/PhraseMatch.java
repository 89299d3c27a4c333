package dev.parley.io.match;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One occurrence of a phrase found by a {@link PhraseMatcher}: the value the phrase was registered
 * with, the tokens it covers and their char range.
 *
 * @param <T> what phrases stand for
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePhraseMatch.class)
@JsonDeserialize(as = ImmutablePhraseMatch.class)
public interface PhraseMatch<T> extends TokenSpan {
  /** The value the matched phrase was registered with. */
  T value();

  @Override
  int firstToken();

  @Override
  int lastToken();

  /** The char offset where the first token starts. */
  int start();

  /** The char offset where the last token ends. */
  int end();

  /** Creates a match. */
  static <T> PhraseMatch<T> of(T value, int firstToken, int lastToken, int start, int end) {
    return ImmutablePhraseMatch.<T>builder()
        .value(value)
        .firstToken(firstToken)
        .lastToken(lastToken)
        .start(start)
        .end(end)
        .build();
  }

  /** Checks the ranges. */
  @Value.Check
  default void check() {
    checkArgument(
        firstToken() >= 0 && lastToken() >= firstToken(),
        "bad token range %s..%s of match for %s",
        firstToken(),
        lastToken(),
        value());
    checkArgument(
        start() >= 0 && end() > start(),
        "bad char range %s..%s of match for %s",
        start(),
        end(),
        value());
  }
}
