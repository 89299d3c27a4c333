package dev.parley.io.lexicon;

import java.util.Optional;

/** What kind of body a party is. */
public enum PartyKind {
  /** A sovereign state. */
  STATE,
  /** A military or political alliance of states, such as NATO. */
  ALLIANCE,
  /** A union of states with common institutions, such as the EU. */
  UNION,
  /** An international organisation, such as the UN or the OSCE. */
  ORGANISATION;

  /** The word for this constant in lexicon files, such as {@code state}. */
  public String word() {
    return Words.of(this);
  }

  /** The constant written {@code word} in lexicon files, if any. */
  public static Optional<PartyKind> fromWord(String word) {
    return Words.parse(PartyKind.class, word);
  }
}
