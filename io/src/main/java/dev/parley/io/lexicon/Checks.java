package dev.parley.io.lexicon;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/** Preconditions shared by the lexicon value types. */
final class Checks {
  private Checks() {}

  static void id(String id, String what) {
    checkArgument(Words.isId(id), "%s id '%s' must match [a-z0-9][a-z0-9-]*", what, id);
  }

  static void partyId(String id, String what) {
    checkArgument(Words.isPartyId(id), "%s id '%s' must match [A-Za-z0-9][A-Za-z0-9-]*", what, id);
  }

  static void text(String text, String attribute, String id) {
    checkArgument(!text.isBlank(), "%s of '%s' must not be blank", attribute, id);
  }

  static void phrases(List<String> phrases, String attribute, String id) {
    for (String p : phrases) {
      checkArgument(!p.isBlank(), "%s of '%s' must not contain a blank phrase", attribute, id);
      checkArgument(
          p.codePoints().anyMatch(Character::isLetterOrDigit),
          "%s of '%s' must not contain '%s', a phrase with no letter or digit: it would be found"
              + " wherever those marks stand",
          attribute,
          id,
          p);
    }
  }
}
