package dev.parley.io.lexicon;

import java.util.Optional;

/** The office through which an actor speaks for a party. */
public enum ActorRole {
  /** A president or monarch. */
  HEAD_OF_STATE,
  /** A prime minister or chancellor. */
  HEAD_OF_GOVERNMENT,
  /** A government minister or secretary of state. */
  MINISTER,
  /** A deputy or vice minister, or under-secretary. */
  DEPUTY_MINISTER,
  /** A ministry or department speaking as a body. */
  MINISTRY,
  /** A spokesperson of a government, ministry or organisation. */
  SPOKESPERSON,
  /** An ambassador or permanent representative. */
  AMBASSADOR,
  /** The head of an international organisation. */
  SECRETARY_GENERAL,
  /** Any other official, named or not. */
  OFFICIAL,
  /** A member of a parliament or congress. */
  LEGISLATOR,
  /** An analyst or scholar commenting from outside. */
  EXPERT,
  /** A special envoy or chief negotiator. */
  ENVOY;

  /** The word for this constant in lexicon files, such as {@code head-of-state}. */
  public String word() {
    return Words.of(this);
  }

  /** The constant written {@code word} in lexicon files, if any. */
  public static Optional<ActorRole> fromWord(String word) {
    return Words.parse(ActorRole.class, word);
  }
}
