package dev.parley.evidence;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The grounds for one claim: a quote from a source, where in the source it stands, who said it, and
 * whether it was quoted directly or reported.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvidence.class)
@JsonDeserialize(as = ImmutableEvidence.class)
public interface Evidence {
  /** The source the quote comes from. */
  Source source();

  /** The words of the source that support the claim. */
  String quote();

  /**
   * Where in the source the quote stands, in words a reader can follow, such as {@code "line 12"}
   * or {@code "Article 4"}.
   */
  Optional<String> locator();

  /** The offset of the quote's first character in the source's text, when known. */
  OptionalInt start();

  /** The offset just past the quote's last character in the source's text, when known. */
  OptionalInt end();

  /** The id of the actor who said it, when known. */
  Optional<String> speaker();

  /** Whether the quote gives the speaker's own words or the source's account of them. */
  Quotation quotation();

  /** Creates evidence of a directly quoted passage with no location. */
  static Evidence quoted(Source source, String quote) {
    return builder().source(source).quote(quote).quotation(Quotation.DIRECT).build();
  }

  /** Creates evidence of a reported passage with no location. */
  static Evidence reported(Source source, String quote) {
    return builder().source(source).quote(quote).quotation(Quotation.REPORTED).build();
  }

  /** Returns a builder. */
  static ImmutableEvidence.Builder builder() {
    return ImmutableEvidence.builder();
  }

  /** Checks that offsets, when given, are given together and in order. */
  @Value.Check
  default void check() {
    checkArgument(
        start().isPresent() == end().isPresent(),
        "evidence from %s: start and end must be given together",
        source().id());
    if (start().isPresent()) {
      checkArgument(
          0 <= start().getAsInt() && start().getAsInt() <= end().getAsInt(),
          "evidence from %s: offsets [%s, %s) are out of order",
          source().id(),
          start().getAsInt(),
          end().getAsInt());
    }
  }
}
