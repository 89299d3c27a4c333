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

  /**
   * The items this one cannot stand with: whoever puts this item forward, or refuses to give it up,
   * counters those items of the other side.
   */
  List<String> opposes();

  /**
   * The narrower items this one covers, as arms-control talks cover limits on one kind of missile:
   * whoever is open to discuss this item, or offers it, is open to discuss those items too.
   */
  List<String> includes();

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
    checkArgument(!includes().contains(id()), "item '%s' cannot include itself", id());
    for (String included : includes()) {
      checkArgument(
          !opposes().contains(included),
          "item '%s' both includes and opposes '%s'",
          id(),
          included);
    }
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
