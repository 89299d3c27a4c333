package dev.parley.io.lexicon;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something that can be demanded or offered in a negotiation, with the phrases (and optionally an
 * RE2 pattern) that mention it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableItemEntry.class)
@JsonDeserialize(as = ImmutableItemEntry.class)
public interface ItemEntry {
  /** The id, such as {@code nato-no-expansion}. */
  String id();

  /** What the item commits to, as one sentence. */
  String text();

  /** The ids of the parties who would have to act. */
  List<String> acting();

  /** Phrases that mention the item. */
  List<String> phrases();

  /** An RE2 regular expression (without the {@code re2:} prefix) that also mentions the item. */
  Optional<String> pattern();

  /** Starts a builder. */
  static ImmutableItemEntry.Builder builder() {
    return ImmutableItemEntry.builder();
  }

  /** Checks the ids, phrases and pattern. */
  @Value.Check
  default void check() {
    Checks.id(id(), "item");
    Checks.text(text(), "text", id());
    acting().forEach(p -> Checks.partyId(p, "acting party"));
    Checks.phrases(phrases(), "phrases", id());
    pattern().ifPresent(p -> checkPattern(p, id()));
  }

  /** Checks that {@code pattern} compiles with RE2/J. */
  static void checkPattern(String pattern, String id) {
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      checkArgument(false, "pattern of '%s' does not compile: %s", id, e.getDescription());
    }
  }
}
