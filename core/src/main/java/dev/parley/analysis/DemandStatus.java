package dev.parley.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.parley.evidence.Evidence;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One active demand at a date and how far it is met: who demanded which item in which proposal, and
 * where each addressee stands on it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDemandStatus.class)
@JsonDeserialize(as = ImmutableDemandStatus.class)
public interface DemandStatus {
  /** The id of the proposal that makes the demand. */
  String proposal();

  /** The date of that proposal. */
  LocalDate proposed();

  /** The id of the party that demands, the proposal's author. */
  String demandingParty();

  /** The id of the item demanded. */
  String item();

  /**
   * The id of the innermost package of the proposal that lists the item as a direct member, the
   * first such in the order members were put forward; empty when the proposal's package does not
   * hold the item or it puts forward no package.
   */
  Optional<String> inPackage();

  /** How far the demand is met, following from {@link #addressees()}. */
  DemandState state();

  /** The position of every party the demand is addressed to, in the order they were named. */
  List<AddresseePosition> addressees();

  /**
   * The evidence that the item was demanded: that of its entry or, for a package member the
   * proposal lists no entry for, that of the proposal itself.
   */
  List<Evidence> demandEvidence();

  /** Whether every addressee has accepted the demand. */
  @JsonIgnore
  @Value.Derived
  default boolean isMet() {
    return state() == DemandState.MET;
  }

  /** Returns a builder. */
  static ImmutableDemandStatus.Builder builder() {
    return ImmutableDemandStatus.builder();
  }

  /** Checks that each addressee appears once and that the state follows from their positions. */
  @Value.Check
  default void check() {
    Addressees.checkDistinct(
        addressees(), demandingParty(), "demand for " + item() + " in " + proposal());
    checkArgument(
        state() == DemandState.of(addressees()),
        "demand for %s in %s: state %s does not follow from the addressees' positions",
        item(),
        proposal(),
        state());
  }
}
