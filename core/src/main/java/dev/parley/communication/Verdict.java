package dev.parley.communication;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.parley.evidence.Evidence;
import java.util.List;
import org.immutables.value.Value;

/**
 * A response's judgement of the proposals it answers taken as a whole, such as "did not give a
 * constructive response".
 *
 * <p>The analyses apply it to every item of the answered proposals that the response does not
 * answer one by one.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVerdict.class)
@JsonDeserialize(as = ImmutableVerdict.class)
public interface Verdict {
  /** The judgement. */
  StanceKind kind();

  /** The evidence for it. */
  List<Evidence> evidence();

  /** Creates a verdict. */
  static Verdict of(StanceKind kind, Evidence... evidence) {
    return ImmutableVerdict.builder().kind(kind).addEvidence(evidence).build();
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
