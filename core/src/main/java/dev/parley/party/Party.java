package dev.parley.party;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A side in a negotiation: a state, an alliance, a union or an organisation, named by an id that
 * the rest of a {@link dev.parley.record.NegotiationRecord} refers to.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParty.class)
@JsonDeserialize(as = ImmutableParty.class)
public interface Party {
  /** The id other values refer to, such as {@code "RU"} or {@code "NATO"}. */
  String id();

  /** The name to show, such as {@code "Russia"}. */
  String name();

  /** What sort of body this is. */
  PartyKind kind();

  /** Creates a party. */
  static Party of(String id, String name, PartyKind kind) {
    return builder().id(id).name(name).kind(kind).build();
  }

  /** Returns a builder. */
  static ImmutableParty.Builder builder() {
    return ImmutableParty.builder();
  }

  /** Checks that the id and name are not blank. */
  @Value.Check
  default void check() {
    checkArgument(!id().isBlank(), "party id must not be blank");
    checkArgument(!name().isBlank(), "party %s: name must not be blank", id());
  }
}
