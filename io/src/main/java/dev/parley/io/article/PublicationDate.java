package dev.parley.io.article;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** When an article was published, as far as its text tells, and how we know. */
@Value.Immutable
@JsonSerialize(as = ImmutablePublicationDate.class)
@JsonDeserialize(as = ImmutablePublicationDate.class)
public interface PublicationDate {
  /** The date, absent when {@link #provenance()} is {@link DateProvenance#UNKNOWN}. */
  Optional<LocalDate> date();

  /** Whether the date was stated, inferred or is unknown. */
  DateProvenance provenance();

  /** The text the date came from: the stamp, header or sentence; absent when unknown. */
  Optional<String> evidence();

  /** A date the article states, with the text that states it. */
  static PublicationDate stated(LocalDate date, String evidence) {
    return ImmutablePublicationDate.builder()
        .date(date)
        .provenance(DateProvenance.STATED)
        .evidence(evidence)
        .build();
  }

  /** A date inferred from the body, with the sentence it was inferred from. */
  static PublicationDate inferred(LocalDate date, String evidence) {
    return ImmutablePublicationDate.builder()
        .date(date)
        .provenance(DateProvenance.INFERRED)
        .evidence(evidence)
        .build();
  }

  /** No date. */
  static PublicationDate unknown() {
    return ImmutablePublicationDate.builder().provenance(DateProvenance.UNKNOWN).build();
  }

  /** A builder. */
  static ImmutablePublicationDate.Builder builder() {
    return ImmutablePublicationDate.builder();
  }

  /** Checks that a known date has evidence and an unknown one has neither. */
  @Value.Check
  default void check() {
    boolean unknown = provenance() == DateProvenance.UNKNOWN;
    checkArgument(
        date().isPresent() != unknown,
        "publication date %s: provenance %s does not match the date's presence",
        date(),
        provenance());
    checkArgument(
        evidence().isPresent() != unknown,
        "publication date %s: provenance %s does not match the evidence's presence",
        date(),
        provenance());
  }
}
