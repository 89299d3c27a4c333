package dev.parley.communication;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.parley.evidence.Evidence;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A responder's answer to one item, with the evidence for it.
 *
 * <p>A stance of kind {@link StanceKind#COUNTER_PROPOSED} names the counter item, and no other kind
 * does. {@link StanceKind#NOT_ADDRESSED} is never stated: it is what the analyses report for an
 * item a response passes over, so a stance may not have that kind.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStance.class)
@JsonDeserialize(as = ImmutableStance.class)
public interface Stance {
  /** The id of the item answered. */
  String item();

  /** The answer. */
  StanceKind kind();

  /** The id of the item put in its place, for a counter-proposal. */
  Optional<String> counterItem();

  /**
   * The id of the broader item the answer was given on, when it is carried to this item because
   * that one includes it ("open to arms-control talks" is openness to discuss the limits on
   * missiles they include); absent when the answer was given on this item itself.
   */
  Optional<String> via();

  /** The evidence for the answer. */
  List<Evidence> evidence();

  /** Creates a stance that is not a counter-proposal. */
  static Stance of(String item, StanceKind kind, Evidence... evidence) {
    return builder().item(item).kind(kind).addEvidence(evidence).build();
  }

  /** Creates a counter-proposal: {@code item} is refused and {@code counterItem} put forward. */
  static Stance counter(String item, String counterItem, Evidence... evidence) {
    return builder()
        .item(item)
        .kind(StanceKind.COUNTER_PROPOSED)
        .counterItem(counterItem)
        .addEvidence(evidence)
        .build();
  }

  /** Returns a builder. */
  static ImmutableStance.Builder builder() {
    return ImmutableStance.builder();
  }

  /**
   * Checks that a counter item is given exactly for a counter-proposal, and that a stance carried
   * from a broader item comes from another item and is no counter-proposal.
   */
  @Value.Check
  default void check() {
    checkArgument(!item().isBlank(), "stance item id must not be blank");
    checkArgument(
        kind() != StanceKind.NOT_ADDRESSED,
        "stance on %s: NOT_ADDRESSED is what silence means and cannot be stated",
        item());
    checkArgument(
        (kind() == StanceKind.COUNTER_PROPOSED) == counterItem().isPresent(),
        "stance on %s: a counter item goes with COUNTER_PROPOSED and only with it",
        item());
    checkArgument(
        !counterItem().equals(Optional.of(item())),
        "stance on %s: an item cannot be its own counter item",
        item());
    checkArgument(
        !via().equals(Optional.of(item())),
        "stance on %s: an answer cannot be carried to an item from itself",
        item());
    checkArgument(
        via().isEmpty() || kind() != StanceKind.COUNTER_PROPOSED,
        "stance on %s: a counter-proposal answers its item itself, not through %s",
        item(),
        via().orElse(""));
  }
}
