package dev.parley.record;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import dev.parley.agenda.Item;
import dev.parley.agenda.ItemPackage;
import dev.parley.communication.Communication;
import dev.parley.party.Actor;
import dev.parley.party.Party;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A whole negotiation: its parties, actors, items, packages and communications, validated as one
 * value and held in time order.
 *
 * <p>Building a record checks that every id is unique in its kind (items and packages share one
 * kind), that every reference resolves, that no package contains itself, that no response is dated
 * before a communication it answers, and that a proposal supersedes only an earlier one by the same
 * author. A failed check throws {@link IllegalArgumentException} with a message that names the
 * offending ids. Communications are kept sorted by date; those of one day keep the order given.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNegotiationRecord.class)
@JsonDeserialize(as = ImmutableNegotiationRecord.class)
public interface NegotiationRecord {
  /** A short title for the negotiation. */
  @Value.Default
  default String title() {
    return "";
  }

  /** The parties. */
  List<Party> parties();

  /** The actors who speak for the parties. */
  List<Actor> actors();

  /** The items that can be demanded or offered. */
  List<Item> items();

  /** The packages that tie items together. */
  List<ItemPackage> packages();

  /** The communications, in time order. */
  List<Communication> communications();

  /** Returns a builder. */
  static ImmutableNegotiationRecord.Builder builder() {
    return ImmutableNegotiationRecord.builder();
  }

  /** The party with this id. */
  default Party party(String id) {
    return require(partiesById(), id, "party");
  }

  /** The actor with this id. */
  default Actor actor(String id) {
    return require(actorsById(), id, "actor");
  }

  /** The item with this id. */
  default Item item(String id) {
    return require(itemsById(), id, "item");
  }

  /** The package with this id. */
  default ItemPackage itemPackage(String id) {
    return require(packagesById(), id, "package");
  }

  /** The communication with this id. */
  default Communication communication(String id) {
    return require(communicationsById(), id, "communication");
  }

  /** Whether {@code id} names an item (and not a package). */
  default boolean isItem(String id) {
    checkNotNull(id);
    return itemsById().containsKey(id);
  }

  /**
   * The ids of the items a package holds, directly or through nested packages, in order and each
   * once.
   */
  default List<String> leafItems(String packageId) {
    Set<String> leaves = new LinkedHashSet<>();
    collectLeaves(itemPackage(packageId), leaves);
    return ImmutableList.copyOf(leaves);
  }

  private void collectLeaves(ItemPackage itemPackage, Set<String> leaves) {
    for (String member : itemPackage.members()) {
      if (isItem(member)) {
        leaves.add(member);
      } else {
        collectLeaves(itemPackage(member), leaves);
      }
    }
  }

  /** The communications dated on or before {@code date}, in time order. */
  default List<Communication> communicationsUntil(java.time.LocalDate date) {
    checkNotNull(date);
    return communications().stream().filter(c -> !c.date().isAfter(date)).toList();
  }

  /** Parties by id. */
  @JsonIgnore
  @Value.Lazy
  default ImmutableMap<String, Party> partiesById() {
    return Maps.uniqueIndex(parties(), Party::id);
  }

  /** Actors by id. */
  @JsonIgnore
  @Value.Lazy
  default ImmutableMap<String, Actor> actorsById() {
    return Maps.uniqueIndex(actors(), Actor::id);
  }

  /** Items by id. */
  @JsonIgnore
  @Value.Lazy
  default ImmutableMap<String, Item> itemsById() {
    return Maps.uniqueIndex(items(), Item::id);
  }

  /** Packages by id. */
  @JsonIgnore
  @Value.Lazy
  default ImmutableMap<String, ItemPackage> packagesById() {
    return Maps.uniqueIndex(packages(), ItemPackage::id);
  }

  /** Communications by id. */
  @JsonIgnore
  @Value.Lazy
  default ImmutableMap<String, Communication> communicationsById() {
    return Maps.uniqueIndex(communications(), Communication::id);
  }

  private static <T> T require(ImmutableMap<String, T> byId, String id, String kind) {
    T value = byId.get(checkNotNull(id));
    checkArgument(value != null, "no %s with id %s", kind, id);
    return value;
  }

  /** Validates the record and puts its communications in time order. */
  @Value.Check
  default NegotiationRecord validate() {
    RecordValidator.validate(this);
    List<Communication> sorted =
        communications().stream()
            .sorted(Comparator.comparing(Communication::date))
            .collect(ImmutableList.toImmutableList());
    if (sorted.equals(communications())) {
      return this;
    }
    return builder().from(this).communications(sorted).build();
  }
}
