package dev.parley.io.article;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A span of an article that is not body text (a site stamp, a "See also" link, a byline, the
 * headline), set aside and reported with the rule that recognised it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBoilerplate.class)
@JsonDeserialize(as = ImmutableBoilerplate.class)
public interface Boilerplate {
  /** The offset of the first character in the article text. */
  int start();

  /** The offset just past the last character. */
  int end();

  /** The 1-based line on which the span starts. */
  int line();

  /** The span as it stands in the article. */
  String text();

  /** The name of the rule that set the span aside, such as {@code see-also} or {@code headline}. */
  String rule();

  /** A builder. */
  static ImmutableBoilerplate.Builder builder() {
    return ImmutableBoilerplate.builder();
  }

  /** Checks that the span is non-empty, matches the text and names its rule. */
  @Value.Check
  default void check() {
    checkArgument(
        start() >= 0 && start() < end(),
        "boilerplate at line %s: span [%s, %s) must be non-empty",
        line(),
        start(),
        end());
    checkArgument(
        text().length() == end() - start(),
        "boilerplate at line %s: text has %s characters but the span has %s",
        line(),
        text().length(),
        end() - start());
    checkArgument(line() >= 1, "boilerplate at offset %s: line must be >= 1", start());
    checkArgument(!rule().isEmpty(), "boilerplate at line %s: rule must not be empty", line());
  }
}
