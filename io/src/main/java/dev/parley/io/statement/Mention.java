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

  Speaker asSpeaker() {
    return new Speaker(actor, party, text, true);
  }
}
