package dev.parley.analysis;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A pointer to one demand: which party demanded which item, in which proposal and when. */
@Value.Immutable
@JsonSerialize(as = ImmutableDemandRef.class)
@JsonDeserialize(as = ImmutableDemandRef.class)
public interface DemandRef {
  /** The id of the proposal that makes the demand. */
  String proposal();

  /** The id of the demanding party. */
  String party();

  /** The id of the item demanded. */
  String item();

  /** The date of the proposal. */
  LocalDate date();

  /** Returns a builder. */
  static ImmutableDemandRef.Builder builder() {
    return ImmutableDemandRef.builder();
  }
}
