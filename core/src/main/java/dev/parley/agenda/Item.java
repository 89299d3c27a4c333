package dev.parley.agenda;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A single term that can be demanded or offered, such as "NATO renounces further eastward
 * expansion", with the parties who would have to act on it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableItem.class)
@JsonDeserialize(as = ImmutableItem.class)
public interface Item {
  /** The id proposals, responses and packages refer to. */
  String id();

  /** The term in words. */
  String text();

  /** The ids of the parties who would have to act if the item were agreed. */
  Set<String> actingParties();

  /** Creates an item. */
  static Item of(String id, String text, String... actingParties) {
    return builder().id(id).text(text).addActingParties(actingParties).build();
  }

  /** Returns a builder. */
  static ImmutableItem.Builder builder() {
    return ImmutableItem.builder();
  }

  /** Checks that the id and text are not blank. */
  @Value.Check
  default void check() {
    checkArgument(!id().isBlank(), "item id must not be blank");
    checkArgument(!text().isBlank(), "item %s: text must not be blank", id());
  }
}
