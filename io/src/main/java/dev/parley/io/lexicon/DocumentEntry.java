package dev.parley.io.lexicon;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A document of a negotiation (a draft, a letter, a reply) and the phrases that name it. */
@Value.Immutable
@JsonSerialize(as = ImmutableDocumentEntry.class)
@JsonDeserialize(as = ImmutableDocumentEntry.class)
public interface DocumentEntry {
  /** The id, such as {@code ru-draft-us}. */
  String id();

  /** A descriptive title. */
  String title();

  /** What kind of document it is. */
  DocumentKind kind();

  /** The day it was delivered or published. */
  LocalDate date();

  /** The id of the party that wrote it. */
  String author();

  /** The ids of the parties it is addressed to. */
  List<String> addressees();

  /** The id of the package it puts forward, if any. */
  Optional<String> packageId();

  /** The ids of the documents it answers. */
  List<String> answers();

  /** Phrases that name the document in text ({@code draft treaty}). */
  List<String> names();

  /** Starts a builder. */
  static ImmutableDocumentEntry.Builder builder() {
    return ImmutableDocumentEntry.builder();
  }

  /** Checks ids. */
  @Value.Check
  default void check() {
    Checks.id(id(), "document");
    Checks.text(title(), "title", id());
    Checks.partyId(author(), "author");
    addressees().forEach(a -> Checks.partyId(a, "addressee"));
    packageId().ifPresent(p -> Checks.id(p, "package"));
    answers().forEach(a -> Checks.id(a, "answered document"));
    checkArgument(!answers().contains(id()), "document '%s' answers itself", id());
    Checks.phrases(names(), "names", id());
  }
}
