package dev.parley.party;

/** What sort of body a party is. */
public enum PartyKind {
  /** A sovereign state, such as Russia or the United States. */
  STATE,
  /** A military or political alliance, such as NATO. */
  ALLIANCE,
  /** A union of states that acts as one, such as the European Union. */
  UNION,
  /** Any other international or non-governmental organisation, such as the OSCE. */
  ORGANISATION
}
