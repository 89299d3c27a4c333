package dev.parley.communication;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.parley.evidence.Evidence;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One item a communication puts forward, as a demand or an offer, with the evidence that it was put
 * forward.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEntry.class)
@JsonDeserialize(as = ImmutableEntry.class)
public interface Entry {
  /** The id of the item put forward. */
  String item();

  /** Whether the author demands the item or offers it. */
  EntryKind kind();

  /**
   * The ids of the parties this entry is addressed to; when empty, the entry is addressed to all
   * addressees of its communication.
   */
  Set<String> addressees();

  /** The evidence that the item was put forward. */
  List<Evidence> evidence();

  /** Creates a demand addressed to all addressees of its communication. */
  static Entry demand(String item, Evidence... evidence) {
    return builder().item(item).kind(EntryKind.DEMAND).addEvidence(evidence).build();
  }

  /** Creates an offer addressed to all addressees of its communication. */
  static Entry offer(String item, Evidence... evidence) {
    return builder().item(item).kind(EntryKind.OFFER).addEvidence(evidence).build();
  }

  /** Returns a builder. */
  static ImmutableEntry.Builder builder() {
    return ImmutableEntry.builder();
  }

  /** Checks that the item id is not blank. */
  @Value.Check
  default void check() {
    checkArgument(!item().isBlank(), "entry item id must not be blank");
  }
}
