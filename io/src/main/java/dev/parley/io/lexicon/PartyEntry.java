package dev.parley.io.lexicon;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A party as a lexicon knows it: a state, alliance, union or organisation, with every phrase that
 * names it in text (names, capitals, seats of government, adjectives).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePartyEntry.class)
@JsonDeserialize(as = ImmutablePartyEntry.class)
public interface PartyEntry {
  /** The id, such as {@code RU} or {@code NATO}. */
  String id();

  /** The usual English name. */
  String name();

  /** What kind of body the party is. */
  PartyKind kind();

  /** Other names and short forms ({@code Russian Federation}, {@code U.S.}). */
  List<String> names();

  /** Capital cities, used in news for the government ({@code Moscow}). */
  List<String> capitals();

  /** Seats of government or headquarters used for the party ({@code the Kremlin}). */
  List<String> seats();

  /** Adjectives and demonyms ({@code Russian}, {@code Russians}). */
  List<String> adjectives();

  /** Starts a builder. */
  static ImmutablePartyEntry.Builder builder() {
    return ImmutablePartyEntry.builder();
  }

  /** Checks the id and phrases. */
  @Value.Check
  default void check() {
    Checks.partyId(id(), "party");
    Checks.text(name(), "name", id());
    Checks.phrases(names(), "names", id());
    Checks.phrases(capitals(), "capitals", id());
    Checks.phrases(seats(), "seats", id());
    Checks.phrases(adjectives(), "adjectives", id());
  }
}
