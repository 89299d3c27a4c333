package dev.parley.io.article;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A sentence of an article's body, the unit that later stages quote as evidence; its text is
 * exactly the article text between {@link #start()} and {@link #end()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSentence.class)
@JsonDeserialize(as = ImmutableSentence.class)
public interface Sentence {
  /** The 0-based position among the article's sentences. */
  int index();

  /** The index of the {@link Paragraph} that holds the sentence. */
  int paragraph();

  /** The offset of the first character in the article text. */
  int start();

  /** The offset just past the last character. */
  int end();

  /** The 1-based line on which the sentence starts. */
  int line();

  /** The sentence as it stands in the article, noise included. */
  String text();

  /** A builder. */
  static ImmutableSentence.Builder builder() {
    return ImmutableSentence.builder();
  }

  /** Checks that the span is non-empty and matches the text. */
  @Value.Check
  default void check() {
    checkArgument(index() >= 0, "sentence %s: index must be >= 0", index());
    checkArgument(paragraph() >= 0, "sentence %s: paragraph must be >= 0", index());
    checkArgument(
        start() >= 0 && start() < end(),
        "sentence %s: span [%s, %s) must be non-empty",
        index(),
        start(),
        end());
    checkArgument(
        text().length() == end() - start(),
        "sentence %s: text has %s characters but the span [%s, %s) has %s",
        index(),
        text().length(),
        start(),
        end(),
        end() - start());
    checkArgument(line() >= 1, "sentence %s: line must be >= 1 but was %s", index(), line());
  }
}
