package dev.parley.io.statement;

import java.util.Optional;

/**
 * Who speaks: a known actor and/or party, or a named source the lexicon does not know (a
 * commentator, a news agency), which speaks for no party.
 */
record Speaker(Optional<String> actor, Optional<String> party, String text, boolean known) {
  static Speaker unknown(String text) {
    return new Speaker(Optional.empty(), Optional.empty(), text, false);
  }
}
