package dev.parley.communication;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.parley.evidence.Evidence;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A response's judgement of the proposals it answers taken as a whole, such as "did not give a
 * constructive response".
 *
 * <p>The analyses apply it to every item of the proposals it judges ({@link #on()}: by default all
 * the response answers) that the response does not answer one by one.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVerdict.class)
@JsonDeserialize(as = ImmutableVerdict.class)
public interface Verdict {
  /** The judgement. */
  StanceKind kind();

  /** The evidence for it. */
  List<Evidence> evidence();

  /**
   * The ids of the answered communications it judges; empty when it judges all of them. A response
   * that answers two proposals but judges only one ("the American answer did not suit Moscow", in a
   * reply that also answers NATO on some items) names that one.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  Set<String> on();

  /** Creates a verdict on everything the response answers. */
  static Verdict of(StanceKind kind, Evidence... evidence) {
    return ImmutableVerdict.builder().kind(kind).addEvidence(evidence).build();
  }

  /** Creates a verdict on some of the communications the response answers. */
  static Verdict on(StanceKind kind, Collection<String> judged, Evidence... evidence) {
    return ImmutableVerdict.builder().kind(kind).on(judged).addEvidence(evidence).build();
  }

  /** Checks that the verdict is a stated one. */
  @Value.Check
  default void check() {
    checkArgument(
        kind() != StanceKind.NOT_ADDRESSED && kind() != StanceKind.COUNTER_PROPOSED,
        "a verdict on a whole proposal cannot be %s",
        kind());
  }
}
