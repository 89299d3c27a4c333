package dev.parley.io.article;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A body paragraph of an {@link Article}: a span of its text that holds one or more sentences and
 * no boilerplate.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParagraph.class)
@JsonDeserialize(as = ImmutableParagraph.class)
public interface Paragraph {
  /** The 0-based position among the article's paragraphs. */
  int index();

  /** The offset of the first character in the article text. */
  int start();

  /** The offset just past the last character. */
  int end();

  /** The 1-based line on which the paragraph starts. */
  int line();

  /** A builder. */
  static ImmutableParagraph.Builder builder() {
    return ImmutableParagraph.builder();
  }

  /** Checks that the span is non-empty and well placed. */
  @Value.Check
  default void check() {
    checkArgument(index() >= 0, "paragraph %s: index must be >= 0", index());
    checkArgument(
        start() >= 0 && start() < end(),
        "paragraph %s: span [%s, %s) must be non-empty",
        index(),
        start(),
        end());
    checkArgument(line() >= 1, "paragraph %s: line must be >= 1 but was %s", index(), line());
  }
}
