package dev.parley.io.assembly;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.parley.io.statement.Act;
import org.immutables.value.Value;

/**
 * A statement that the assembler did not place in the record, and why: it stays in the statement
 * layer and in the report, never silently dropped.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSetAside.class)
@JsonDeserialize(as = ImmutableSetAside.class)
public interface SetAside {
  /** The article the statement comes from. */
  String articleId();

  /** The index of its sentence in the article. */
  int sentence();

  /** Its act. */
  Act act();

  /** The quote it rests on. */
  String quote();

  /** Why it is not in the record. */
  String reason();

  /** Returns a builder. */
  static ImmutableSetAside.Builder builder() {
    return ImmutableSetAside.builder();
  }
}
