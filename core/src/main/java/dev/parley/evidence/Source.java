package dev.parley.evidence;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A document or article in which evidence was found. */
@Value.Immutable
@JsonSerialize(as = ImmutableSource.class)
@JsonDeserialize(as = ImmutableSource.class)
public interface Source {
  /** An id for the source, such as an article's file name without extension. */
  String id();

  /** The title or headline. */
  String title();

  /** Whether this is a primary document or a report. */
  SourceKind kind();

  /** The date of publication, when known. */
  Optional<LocalDate> date();

  /** Where the source can be found again: a file name, an address or a citation. */
  Optional<String> location();

  /** Creates a source with a known date and no location. */
  static Source of(String id, String title, SourceKind kind, LocalDate date) {
    return builder().id(id).title(title).kind(kind).date(date).build();
  }

  /** Returns a builder. */
  static ImmutableSource.Builder builder() {
    return ImmutableSource.builder();
  }

  /** Checks that the id is not blank. */
  @Value.Check
  default void check() {
    checkArgument(!id().isBlank(), "source id must not be blank");
  }
}
