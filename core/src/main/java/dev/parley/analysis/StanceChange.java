package dev.parley.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.parley.communication.StanceKind;
import dev.parley.evidence.Evidence;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A party's move on one item between two dates, with what it said at the later one. */
@Value.Immutable
@JsonSerialize(as = ImmutableStanceChange.class)
@JsonDeserialize(as = ImmutableStanceChange.class)
public interface StanceChange {
  /** The id of the party that moved. */
  String party();

  /** The id of the item. */
  String item();

  /** The stance at the earlier date, {@link StanceKind#NOT_ADDRESSED} when it had none. */
  StanceKind before();

  /** The stance at the later date. */
  StanceKind after();

  /** The id of the communication the later stance comes from. */
  Optional<String> communication();

  /** The evidence of the later stance. */
  List<Evidence> evidence();

  /** Whether the move is towards acceptance. */
  @JsonIgnore
  default boolean isConcession() {
    return after().isMoreAcceptingThan(before());
  }

  /** Returns a builder. */
  static ImmutableStanceChange.Builder builder() {
    return ImmutableStanceChange.builder();
  }

  /** Checks that the stance changed in how accepting it is. */
  @Value.Check
  default void check() {
    checkArgument(
        before().acceptance() != after().acceptance(),
        "change of %s on %s: %s to %s is no move",
        party(),
        item(),
        before(),
        after());
  }
}
