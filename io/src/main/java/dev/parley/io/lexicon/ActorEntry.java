package dev.parley.io.lexicon;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A person or body who speaks for a party, with the aliases news articles use for them. */
@Value.Immutable
@JsonSerialize(as = ImmutableActorEntry.class)
@JsonDeserialize(as = ImmutableActorEntry.class)
public interface ActorEntry {
  /** The id, such as {@code lavrov}. */
  String id();

  /** The full name, such as {@code Sergei Lavrov}. */
  String name();

  /** The id of the party the actor speaks for. */
  String party();

  /** The office the actor speaks through. */
  ActorRole role();

  /** The title, such as {@code Foreign Minister}. */
  Optional<String> title();

  /** Aliases: surname, title with nationality, periphrases ({@code head of Russian diplomacy}). */
  List<String> names();

  /** Starts a builder. */
  static ImmutableActorEntry.Builder builder() {
    return ImmutableActorEntry.builder();
  }

  /** Checks the ids and phrases. */
  @Value.Check
  default void check() {
    Checks.id(id(), "actor");
    Checks.partyId(party(), "party");
    Checks.text(name(), "name", id());
    Checks.phrases(names(), "names", id());
  }
}
