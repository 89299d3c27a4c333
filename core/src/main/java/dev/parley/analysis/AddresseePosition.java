package dev.parley.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.parley.communication.StanceKind;
import dev.parley.evidence.Evidence;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where one party stands on one item at a date: its stance, why, and the communication and evidence
 * it rests on.
 *
 * <p>The stance is the party's latest explicit stance on the item or, lacking one, the verdict of
 * its latest response covering the item ({@link #fromVerdict()}); with neither it is {@link
 * StanceKind#NOT_ADDRESSED}. When reports of the latest date disagree, the reason is {@link
 * Reason#CONTESTED}, {@link #conflicting()} lists the kinds reported, from the least to the most
 * accepting, and the stance is the least accepting of them.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAddresseePosition.class)
@JsonDeserialize(as = ImmutableAddresseePosition.class)
public interface AddresseePosition {
  /** The id of the party whose position this is. */
  String party();

  /** The stance: the one reported or, when contested, the least accepting one reported. */
  StanceKind stance();

  /** Why the position stands as it does: the stance in an analyst's words, or a conflict. */
  Reason reason();

  /** The id of the communication the position comes from, unless not addressed. */
  Optional<String> communication();

  /** The date of that communication, unless not addressed. */
  Optional<LocalDate> date();

  /** The item put in place of this one, when the stance is a counter-proposal. */
  Optional<String> counterItem();

  /** Whether the position comes from a verdict on a whole proposal rather than a stance. */
  @Value.Default
  default boolean fromVerdict() {
    return false;
  }

  /**
   * The broader items the position was carried from, when every report of the latest date answered
   * one of them rather than this item (see {@link dev.parley.communication.Stance#via()}); empty
   * when any report answered this item itself, and for a verdict or silence.
   */
  List<String> via();

  /** When contested, the kinds the reports give, from the least to the most accepting. */
  List<StanceKind> conflicting();

  /** The evidence of every report of the latest date, in the order of the record. */
  List<Evidence> evidence();

  /** Whether the party has accepted the item without contradiction. */
  @JsonIgnore
  @Value.Derived
  default boolean isAccepted() {
    return reason() == Reason.ACCEPTED;
  }

  /** Returns a builder. */
  static ImmutableAddresseePosition.Builder builder() {
    return ImmutableAddresseePosition.builder();
  }

  /** The position of a party that has not answered the item. */
  static AddresseePosition notAddressed(String party) {
    return builder()
        .party(party)
        .stance(StanceKind.NOT_ADDRESSED)
        .reason(Reason.NOT_ADDRESSED)
        .build();
  }

  /** Checks that the reason, the conflict and the sources agree with the stance. */
  @Value.Check
  default void check() {
    if (conflicting().isEmpty()) {
      checkArgument(
          reason() == Reason.of(stance()),
          "position of %s: reason %s does not match stance %s",
          party(),
          reason(),
          stance());
    } else {
      checkArgument(
          reason() == Reason.CONTESTED,
          "position of %s: conflicting kinds %s go with CONTESTED, not %s",
          party(),
          conflicting(),
          reason());
      checkArgument(
          conflicting().size() >= 2 && new HashSet<>(conflicting()).size() == conflicting().size(),
          "position of %s: a conflict needs at least two distinct kinds, not %s",
          party(),
          conflicting());
      checkArgument(
          conflicting().stream()
              .sorted(Comparator.comparingInt(StanceKind::acceptance))
              .toList()
              .equals(conflicting()),
          "position of %s: conflicting kinds %s are not from the least to the most accepting",
          party(),
          conflicting());
      checkArgument(
          conflicting().get(0) == stance(),
          "position of %s: contested stance %s is not the least accepting of %s",
          party(),
          stance(),
          conflicting());
    }
    checkArgument(
        (stance() == StanceKind.COUNTER_PROPOSED) == counterItem().isPresent(),
        "position of %s: a counter item goes with COUNTER_PROPOSED and only with it",
        party());
    checkArgument(
        communication().isPresent() == date().isPresent(),
        "position of %s: communication and date must be given together",
        party());
    checkArgument(
        (stance() == StanceKind.NOT_ADDRESSED) == communication().isEmpty(),
        "position of %s: a stance of %s %s a communication",
        party(),
        stance(),
        stance() == StanceKind.NOT_ADDRESSED ? "cannot come from" : "must come from");
    checkArgument(
        stance() != StanceKind.NOT_ADDRESSED || evidence().isEmpty(),
        "position of %s: silence has no evidence",
        party());
    checkArgument(
        via().isEmpty() || (!fromVerdict() && stance() != StanceKind.NOT_ADDRESSED),
        "position of %s: only a stance, not a verdict or silence, is carried from %s",
        party(),
        via());
  }
}
