package dev.parley.io.assembly;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.parley.communication.StanceKind;
import dev.parley.evidence.Evidence;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * Reports that contradict each other: on one day, one party is reported to have taken different
 * stances on one item. The record keeps all of them; this names them.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConflict.class)
@JsonDeserialize(as = ImmutableConflict.class)
public interface Conflict {
  /** The communication that holds the contradicting stances. */
  String communication();

  /** The party reported to have taken them. */
  String party();

  /** The item they concern. */
  String item();

  /** The day. */
  LocalDate date();

  /** The stances reported, from the least to the most accepting. */
  List<StanceKind> stances();

  /** The evidence of every stance. */
  List<Evidence> evidence();

  /** Returns a builder. */
  static ImmutableConflict.Builder builder() {
    return ImmutableConflict.builder();
  }
}
