package dev.parley.io.assembly;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.parley.record.NegotiationRecord;
import java.util.List;
import org.immutables.value.Value;

/**
 * What the {@link RecordAssembler} made of a set of statements: the record, the contradictions it
 * found, and every statement it did not place in the record with the reason.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAssembly.class)
@JsonDeserialize(as = ImmutableAssembly.class)
public interface Assembly {
  /** The negotiation record. */
  NegotiationRecord record();

  /** Reports that contradict each other: one party, one item, one day, different stances. */
  List<Conflict> conflicts();

  /** The statements that are not in the record, each with the reason. */
  List<SetAside> setAside();

  /** Returns a builder. */
  static ImmutableAssembly.Builder builder() {
    return ImmutableAssembly.builder();
  }
}
