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
 * One offer at a date and where it stands: who offered which item in which proposal, where each
 * addressee stands on it, and whether the offering party has since withdrawn it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOfferStatus.class)
@JsonDeserialize(as = ImmutableOfferStatus.class)
public interface OfferStatus {
  /** The id of the proposal that makes the offer. */
  String proposal();

  /** The date of that proposal. */
  LocalDate proposed();

  /** The id of the party that offers, the proposal's author. */
  String offeringParty();

  /** The id of the item offered. */
  String item();

  /**
   * The id of the innermost package of the proposal that lists the item as a direct member; empty
   * when the proposal's package does not hold the item or it puts forward no package.
   */
  Optional<String> inPackage();

  /**
   * Where the offer stands: {@link OfferState#WITHDRAWN} when {@link #withdrawnBy()} is given, else
   * as {@link OfferState#of(List)} says of {@link #addressees()}.
   */
  OfferState state();

  /**
   * The position of every party the offer is made to, in the order they were named; for a withdrawn
   * offer, as they stood on the date asked about.
   */
  List<AddresseePosition> addressees();

  /** The evidence that the item was offered: that of its entry. */
  List<Evidence> offerEvidence();

  /**
   * The id of the communication that superseded the proposal without making the offer again, when
   * the offer is withdrawn.
   */
  Optional<String> withdrawnBy();

  /** The date of that communication, when the offer is withdrawn. */
  Optional<LocalDate> withdrawnOn();

  /** The evidence of that communication, when the offer is withdrawn. */
  List<Evidence> withdrawalEvidence();

  /** Whether the offer stands and is still open for at least one addressee. */
  @JsonIgnore
  @Value.Derived
  default boolean isOpen() {
    return state() == OfferState.OPEN;
  }

  /** Returns a builder. */
  static ImmutableOfferStatus.Builder builder() {
    return ImmutableOfferStatus.builder();
  }

  /**
   * Checks that each addressee appears once, that the withdrawal is given whole, and that the state
   * follows from the withdrawal and the positions.
   */
  @Value.Check
  default void check() {
    Addressees.checkDistinct(
        addressees(), offeringParty(), "offer of " + item() + " in " + proposal());
    checkArgument(
        withdrawnBy().isPresent() == withdrawnOn().isPresent(),
        "offer of %s in %s: withdrawing communication and date must be given together",
        item(),
        proposal());
    checkArgument(
        withdrawnBy().isPresent() || withdrawalEvidence().isEmpty(),
        "offer of %s in %s: evidence of a withdrawal needs the withdrawing communication",
        item(),
        proposal());
    OfferState expected =
        withdrawnBy().isPresent() ? OfferState.WITHDRAWN : OfferState.of(addressees());
    checkArgument(
        state() == expected,
        "offer of %s in %s: state %s does not follow from the withdrawal and the positions",
        item(),
        proposal(),
        state());
  }
}
