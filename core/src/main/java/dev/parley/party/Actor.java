package dev.parley.party;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person or institution who speaks for a {@link Party}: a minister, a ministry, a spokesperson,
 * an ambassador.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActor.class)
@JsonDeserialize(as = ImmutableActor.class)
public interface Actor {
  /** The id other values refer to, such as {@code "lavrov"}. */
  String id();

  /** The name to show, such as {@code "Sergei Lavrov"}. */
  String name();

  /** The id of the party this actor speaks for. */
  String party();

  /** The capacity in which the actor speaks. */
  ActorRole role();

  /** The title as written, such as {@code "Foreign Minister"}, when known. */
  Optional<String> title();

  /** Creates an actor with no title. */
  static Actor of(String id, String name, String party, ActorRole role) {
    return builder().id(id).name(name).party(party).role(role).build();
  }

  /** Returns a builder. */
  static ImmutableActor.Builder builder() {
    return ImmutableActor.builder();
  }

  /** Checks that the id, name and party are not blank. */
  @Value.Check
  default void check() {
    checkArgument(!id().isBlank(), "actor id must not be blank");
    checkArgument(!name().isBlank(), "actor %s: name must not be blank", id());
    checkArgument(!party().isBlank(), "actor %s: party must not be blank", id());
  }
}
