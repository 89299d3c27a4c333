package dev.parley.io.statement;

import java.util.Optional;

/**
 * A stretch of a sentence that can speak: an actor or party the lexicon knows, or an anaphor (a
 * pronoun, a role, "the ministry") that refers back to the last speaker.
 */
record Mention(
    int start,
    int end,
    Optional<String> actor,
    Optional<String> party,
    boolean anaphor,
    String text,
    String label) {

  boolean isEntity() {
    return !anaphor;
  }

  /** The speaker this mention names; one with neither actor nor party is an unknown source. */
  Speaker asSpeaker() {
    if (!anaphor && actor.isEmpty() && party.isEmpty()) {
      return Speaker.unknown(text);
    }
    return new Speaker(actor, party, text, true);
  }
}
