package dev.parley.io.lexicon;

import java.util.Optional;

/** What a lexicon match found. */
public enum MatchKind {
  /** A party, by name, capital, seat of government or adjective. */
  PARTY,
  /** An actor, by name or alias. */
  ACTOR,
  /** An item that can be demanded or offered. */
  ITEM,
  /** A document of the negotiation. */
  DOCUMENT,
  /** A communicative act such as demand or reject. */
  ACT,
  /** A word that negates, such as not or never. */
  NEGATION,
  /** A word that makes a statement conditional or hypothetical. */
  MODALITY,
  /** A reporting verb such as said or stressed. */
  REPORTING,
  /** A word that signals an actor's role, such as minister. */
  ROLE;

  /** The word for this constant in lexicon files, such as {@code party}. */
  public String word() {
    return Words.of(this);
  }

  /** The constant written {@code word} in lexicon files, if any. */
  public static Optional<MatchKind> fromWord(String word) {
    return Words.parse(MatchKind.class, word);
  }
}
