package dev.parley.io.lexicon;

import java.util.Optional;

/** The PLOVER event categories a communicative act may be coded with. */
public enum Plover {
  /** Agree to, offer or promise cooperation. */
  AGREE,
  /** Meet, discuss or negotiate. */
  CONSULT,
  /** Express support or approval. */
  SUPPORT,
  /** Yield, ease or accept a demand. */
  CONCEDE,
  /** Cooperate in practice. */
  COOPERATE,
  /** Provide aid. */
  AID,
  /** Withdraw or demobilise. */
  RETREAT,
  /** Ask for or demand something. */
  REQUEST,
  /** Accuse or criticise. */
  ACCUSE,
  /** Reject a proposal or demand. */
  REJECT,
  /** Threaten. */
  THREATEN,
  /** Protest or demonstrate. */
  PROTEST,
  /** Impose sanctions or cut relations. */
  SANCTION,
  /** Mobilise forces. */
  MOBILIZE,
  /** Coerce. */
  COERCE,
  /** Use force. */
  ASSAULT;

  /**
   * The word for this constant in lexicon files: its PLOVER name in capitals, such as {@code
   * AGREE}.
   */
  public String word() {
    return name();
  }

  /** The constant written {@code word} in lexicon files, if any. */
  public static Optional<Plover> fromWord(String word) {
    for (Plover p : values()) {
      if (p.name().equals(word)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
