package dev.parley.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/** How positions and demands changed from one date to a later one. */
@Value.Immutable
@JsonSerialize(as = ImmutableMovementReport.class)
@JsonDeserialize(as = ImmutableMovementReport.class)
public interface MovementReport {
  /** The earlier date. */
  // The name is the report's vocabulary; the builder does without its copying from(...) method.
  @SuppressWarnings("immutables:from")
  LocalDate from();

  /** The later date. */
  LocalDate to();

  /** The moves towards acceptance. */
  List<StanceChange> concessions();

  /** The moves away from acceptance. */
  List<StanceChange> hardenings();

  /** The demands a party made at the later date but not at the earlier one. */
  List<DemandRef> newDemands();

  /** The demands a party made at the earlier date but no longer at the later one. */
  List<DemandRef> droppedDemands();

  /** Returns a builder. */
  static ImmutableMovementReport.Builder builder() {
    return ImmutableMovementReport.builder();
  }

  /** Checks that the dates are in order and each change is filed on the right side. */
  @Value.Check
  default void check() {
    checkArgument(!from().isAfter(to()), "movement from %s to %s: from is after to", from(), to());
    for (StanceChange change : concessions()) {
      checkArgument(
          change.isConcession(),
          "movement from %s to %s: %s on %s moved away from acceptance, not towards it",
          from(),
          to(),
          change.party(),
          change.item());
    }
    for (StanceChange change : hardenings()) {
      checkArgument(
          !change.isConcession(),
          "movement from %s to %s: %s on %s moved towards acceptance, not away from it",
          from(),
          to(),
          change.party(),
          change.item());
    }
  }
}
