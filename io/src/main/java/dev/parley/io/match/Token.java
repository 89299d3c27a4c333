package dev.parley.io.match;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One token of a text: what was written, where, and the normalised form phrases are matched on.
 *
 * <p>Offsets are char indices into the text given to the {@link Tokenizer}; {@code end} is
 * exclusive.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableToken.class)
@JsonDeserialize(as = ImmutableToken.class)
public interface Token {
  /** The text as written. */
  @Value.Parameter
  String text();

  /** The form used for matching; see {@link Tokenizer#normalise(String)}. */
  @Value.Parameter
  String normalised();

  /** The char offset of the first char. */
  @Value.Parameter
  int start();

  /** The char offset just after the last char. */
  @Value.Parameter
  int end();

  /** What the token is made of. */
  @Value.Parameter
  TokenKind kind();

  /** Whether the token is a word whose first letter is upper case, as proper names are. */
  @Value.Derived
  @JsonIgnore
  default boolean capitalised() {
    return kind() == TokenKind.WORD && Character.isUpperCase(text().codePointAt(0));
  }

  /** Creates a token. */
  static Token of(String text, String normalised, int start, int end, TokenKind kind) {
    return ImmutableToken.of(text, normalised, start, end, kind);
  }

  /** Starts a builder. */
  static ImmutableToken.Builder builder() {
    return ImmutableToken.builder();
  }

  /** Checks offsets and text. */
  @Value.Check
  default void check() {
    checkArgument(!text().isEmpty(), "token text must not be empty");
    checkArgument(!normalised().isEmpty(), "normalised form of '%s' must not be empty", text());
    checkArgument(start() >= 0, "token '%s' starts before 0: %s", text(), start());
    checkArgument(end() > start(), "token '%s' ends at %s, not after %s", text(), end(), start());
  }
}
