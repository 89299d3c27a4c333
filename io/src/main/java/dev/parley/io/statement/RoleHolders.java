package dev.parley.io.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The holder of a role that one person holds for a party at a time, told by the party and the role
 * ("the Velmari minister"): the one actor of that party the case lexicon gives the role.
 */
final class RoleHolders {
  /** The start of a role mention's label; the role's id follows. */
  private static final String ROLE_LABEL = "role:";

  /**
   * Roles one person holds for a party at a time, so that "the Velmari minister" may name the one
   * the lexicon lists; not officials, lawmakers or experts, of whom a party has many.
   */
  private static final WordSet HELD_BY_ONE =
      WordSet.of(
          "head-of-state",
          "head-of-government",
          "minister",
          "deputy-minister",
          "spokesperson",
          "ambassador",
          "secretary-general",
          "envoy");

  /** Words that make a role one of many: "a Velmari minister", "another Velmari envoy". */
  private static final WordSet INDEFINITES =
      WordSet.of("a", "an", "one", "another", "some", "any", "each", "every", "two", "three");

  private RoleHolders() {}

  /**
   * The mentions with each singular role of a party told as one of its holders ("the Velmari
   * minister", "said Velmari Prime Minister"), not as one of many ("a Velmari minister", "one
   * Velmari envoy") nor before an unknown name ("Velmari envoy Jon Kell"), made the one actor of
   * that party the lexicon gives that role, when it gives it to one only: the role then names that
   * actor, from the party on, and the party no longer speaks on its own.
   */
  static List<Mention> withSoleHolders(
      List<Mention> mentions, List<Cue> cues, Tokens tokens, String text, Knowledge knowledge) {
    List<Mention> named = new ArrayList<>();
    for (Mention role : mentions) {
      if (!role.anaphor() || role.party().isEmpty() || !role.label().startsWith(ROLE_LABEL)) {
        continue;
      }
      String roleId = role.label().substring(ROLE_LABEL.length());
      Cue party = HELD_BY_ONE.contains(roleId) ? partyBefore(cues, role, text) : null;
      if (party == null
          || !party.entry().equals(role.party().get())
          || !isSingularHolder(role, party, tokens, text)) {
        continue;
      }
      Optional<String> actor = knowledge.soleActorIn(party.entry(), roleId);
      if (actor.isPresent()) {
        named.add(
            new Mention(
                party.start(),
                role.end(),
                actor,
                role.party(),
                false,
                text.substring(party.start(), role.end()),
                "actor:" + actor.get()));
      }
    }
    if (named.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      Mention holder = null;
      for (Mention n : named) {
        if (n.start() <= m.start() && m.end() <= n.end()) {
          holder = n;
        }
      }
      if (holder == null) {
        out.add(m);
      } else if (m.end() == holder.end()) {
        out.add(holder);
      }
    }
    return out;
  }

  /**
   * The party cue right before a role ("Velmari minister"); a possessive ("Velmar's envoy to the
   * coast") may own a role of someone else, and is none.
   */
  private static @Nullable Cue partyBefore(List<Cue> cues, Mention role, String text) {
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.PARTY
          && cue.end() <= role.start()
          && role.start() - cue.end() == 1
          && text.charAt(cue.end()) == ' ') {
        return cue;
      }
    }
    return null;
  }

  /**
   * Whether a role after its party names one holder: the role word is singular (not "ministers"),
   * no indefinite word opens the phrase ("a", "one", "another"...), and no capitalised name
   * follows, which would be a person the lexicon does not know.
   */
  private static boolean isSingularHolder(Mention role, Cue party, Tokens tokens, String text) {
    String word = role.text();
    if ((role.end() < text.length() && Character.isLetter(text.charAt(role.end())))
        || (word.endsWith("s") && !word.endsWith("ss"))) {
      return false;
    }
    int before = tokens.indexAt(party.start()) - 1;
    if (before >= 0 && INDEFINITES.contains(tokens.get(before))) {
      return false;
    }
    int after = tokens.indexAt(role.end());
    return after >= tokens.size()
        || !tokens.get(after).isWord()
        || !tokens.get(after).isCapitalised()
        || tokens.get(after).start() > role.end() + 1;
  }
}
