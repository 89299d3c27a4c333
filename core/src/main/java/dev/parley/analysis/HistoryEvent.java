package dev.parley.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.parley.communication.StanceKind;
import dev.parley.evidence.Evidence;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One moment in an item's history: a party demanded, offered or answered it in a communication. */
@Value.Immutable
@JsonSerialize(as = ImmutableHistoryEvent.class)
@JsonDeserialize(as = ImmutableHistoryEvent.class)
public interface HistoryEvent {
  /** The date of the communication. */
  LocalDate date();

  /** The id of the communication. */
  String communication();

  /** The id of the party that authored it. */
  String party();

  /** What the party did with the item. */
  HistoryKind kind();

  /** The stance taken, for a stance or a verdict. */
  Optional<StanceKind> stance();

  /** The item put in this one's place, for a counter-proposal. */
  Optional<String> counterItem();

  /** The evidence for the event. */
  List<Evidence> evidence();

  /** Returns a builder. */
  static ImmutableHistoryEvent.Builder builder() {
    return ImmutableHistoryEvent.builder();
  }

  /** Checks that a stance is given exactly for answers, and a counter item only with a counter. */
  @Value.Check
  default void check() {
    boolean answer = kind() == HistoryKind.STANCE || kind() == HistoryKind.VERDICT;
    checkArgument(
        answer == stance().isPresent(),
        "event %s in %s: a stance goes with STANCE and VERDICT and only with them",
        kind(),
        communication());
    checkArgument(
        counterItem().isPresent() == stance().equals(Optional.of(StanceKind.COUNTER_PROPOSED)),
        "event %s in %s: a counter item goes with a COUNTER_PROPOSED stance and only with it",
        kind(),
        communication());
    checkArgument(
        !stance().equals(Optional.of(StanceKind.NOT_ADDRESSED)),
        "event %s in %s: NOT_ADDRESSED is no stance taken",
        kind(),
        communication());
  }
}
