package dev.parley.io.article;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A date mentioned in a text ({@code February 15, 2022}, {@code on Tuesday}, {@code in December}),
 * resolved to a calendar date.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDateMention.class)
@JsonDeserialize(as = ImmutableDateMention.class)
public interface DateMention {
  /** The offset of the first character of the mention in the searched text. */
  int start();

  /** The offset just past the last character. */
  int end();

  /** The mention as written. */
  String text();

  /** The date; for month or year precision, the first day of the month or year. */
  LocalDate date();

  /** How much of the date the text fixes. */
  DatePrecision precision();

  /** Whether the date needed an anchor or an earlier mention to resolve (no year written). */
  boolean relative();

  /**
   * Whether the mention is of a day still to come when it was told: of a clause told in the future
   * ("will vote on Thursday", "talks are due to resume in January") or a deadline ("by December").
   * Such a day is when something is to happen, not when anything was done.
   */
  @Value.Default
  default boolean ahead() {
    return false;
  }

  /** A builder. */
  static ImmutableDateMention.Builder builder() {
    return ImmutableDateMention.builder();
  }

  /** Checks that the span matches the text. */
  @Value.Check
  default void check() {
    checkArgument(
        start() >= 0 && start() < end(),
        "date mention '%s': span [%s, %s) must be non-empty",
        text(),
        start(),
        end());
    checkArgument(
        text().length() == end() - start(),
        "date mention '%s': text length does not match the span [%s, %s)",
        text(),
        start(),
        end());
  }
}
