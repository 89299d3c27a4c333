package dev.parley.communication;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.parley.evidence.Evidence;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A dated message from one party to others: a proposal, a response, or both at once.
 *
 * <p>A communication is a <em>proposal</em> when it puts forward {@link #entries() entries}
 * (demands and offers), usually tied together in a {@link #proposedPackage() package}. It is a
 * <em>response</em> when it {@link #answers() answers} earlier communications, with a {@link
 * #stances() stance} per item and perhaps a {@link #verdict() verdict} on them as a whole. An item
 * of an answered proposal that the response neither names nor covers by a verdict is <em>not
 * addressed</em>.
 *
 * <p>Several stances on one item are allowed: they record reports that contradict each other, and
 * the analyses show them as a conflict.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommunication.class)
@JsonDeserialize(as = ImmutableCommunication.class)
public interface Communication {
  /** The id other communications refer to. */
  String id();

  /** The form it took. */
  CommunicationKind kind();

  /** The day it was sent, published or spoken. */
  LocalDate date();

  /** A short title, such as "Russia's reply to the United States". */
  String title();

  /** The id of the party it comes from. */
  String author();

  /** The id of the actor who delivered or spoke it, when known. */
  Optional<String> speaker();

  /** The ids of the parties it is addressed to. */
  Set<String> addressees();

  /** The id of the package it puts forward, if any. */
  Optional<String> proposedPackage();

  /** The demands and offers it puts forward, one per item. */
  List<Entry> entries();

  /** The ids of the earlier communications it answers. */
  Set<String> answers();

  /** Its answers to single items of the communications it answers. */
  List<Stance> stances();

  /** Its judgement of the answered communications as a whole, if it gave one. */
  Optional<Verdict> verdict();

  /**
   * The ids of the communications its verdict judges: those the verdict names, or all it answers
   * when the verdict names none; empty without a verdict.
   */
  @JsonIgnore
  @Value.Derived
  default Set<String> judged() {
    if (verdict().isEmpty()) {
      return Set.of();
    }
    Set<String> on = verdict().get().on();
    return on.isEmpty() ? answers() : on;
  }

  /** The id of an earlier proposal by the same author that this one replaces, if any. */
  Optional<String> supersedes();

  /** Evidence that the communication took place, such as a report that it was delivered. */
  List<Evidence> evidence();

  /** Whether it puts forward demands or offers. */
  @JsonIgnore
  @Value.Derived
  default boolean isProposal() {
    return !entries().isEmpty() || proposedPackage().isPresent();
  }

  /** Whether it answers earlier communications. */
  @JsonIgnore
  @Value.Derived
  default boolean isResponse() {
    return !answers().isEmpty();
  }

  /** The entry for {@code item}, if this communication puts the item forward. */
  default Optional<Entry> entry(String item) {
    checkNotNull(item);
    return entries().stream().filter(e -> e.item().equals(item)).findFirst();
  }

  /** The stances on {@code item}: none, one, or several that contradict each other. */
  default List<Stance> stancesOn(String item) {
    checkNotNull(item);
    return stances().stream().filter(s -> s.item().equals(item)).toList();
  }

  /** The parties an entry is addressed to: its own addressees, or else this communication's. */
  default Set<String> addresseesOf(Entry entry) {
    return entry.addressees().isEmpty() ? addressees() : entry.addressees();
  }

  /** Returns a builder. */
  static ImmutableCommunication.Builder builder() {
    return ImmutableCommunication.builder();
  }

  /** Checks the invariants that need no other value to check. */
  @Value.Check
  default void check() {
    checkArgument(!id().isBlank(), "communication id must not be blank");
    checkArgument(!author().isBlank(), "communication %s: author must not be blank", id());
    checkArgument(!answers().contains(id()), "communication %s answers itself", id());
    checkArgument(
        !supersedes().equals(Optional.of(id())), "communication %s supersedes itself", id());
    checkArgument(
        !addressees().contains(author()),
        "communication %s is addressed to its own author %s",
        id(),
        author());
    Set<String> items = new HashSet<>();
    for (Entry entry : entries()) {
      checkArgument(
          items.add(entry.item()),
          "communication %s puts forward item %s twice",
          id(),
          entry.item());
      checkArgument(
          !entry.addressees().contains(author()),
          "communication %s: entry %s is addressed to its own author %s",
          id(),
          entry.item(),
          author());
    }
    checkArgument(
        (stances().isEmpty() && verdict().isEmpty()) || !answers().isEmpty(),
        "communication %s takes stances but answers no communication",
        id());
    for (String judged : verdict().map(Verdict::on).orElse(Set.of())) {
      checkArgument(
          answers().contains(judged),
          "communication %s: its verdict judges %s, which it does not answer",
          id(),
          judged);
    }
  }
}
