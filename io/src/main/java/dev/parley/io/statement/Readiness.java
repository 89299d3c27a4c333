package dev.parley.io.statement;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An act told as a party's readiness or unwillingness to do it: "the readiness of Washington to
 * agree on X", "NATO's unwillingness to discuss X". The act in the infinitive is the holder's, not
 * the speaker's who mentions it; a noun of unwillingness ("reluctance") turns it into its negation,
 * as a negation before the noun does ("in the absence of the readiness of P to agree", "the lack of
 * readiness").
 */
final class Readiness {
  /**
   * A noun of readiness with its holder: the party's mention, where the noun starts and whether it
   * says the holder is unwilling.
   */
  record Holder(Mention holder, int nounStart, boolean unwilling) {}

  /** Nouns of being ready or willing to do something. */
  private static final WordSet WILLING =
      WordSet.of("readiness", "willingness", "preparedness", "eagerness", "determination");

  /** Nouns of being unwilling to do something. */
  private static final WordSet UNWILLING = WordSet.of("unwillingness", "reluctance", "unreadiness");

  /** How many words of the infinitive may stand before the act cue ("to hold talks"). */
  private static final int INFINITIVE_WORDS = 2;

  private Readiness() {}

  /**
   * The holder of the readiness an act cue is the infinitive of: "NOUN of [the] P to [verb] ACT" or
   * "P's NOUN to [verb] ACT", where NOUN is a noun of readiness or unwillingness and P a party or
   * actor the lexicon knows. Empty for any other act, and for a readiness with no holder named
   * ("the readiness to talk" is the speaker's own).
   */
  static Optional<Holder> of(Tokens tokens, List<Mention> mentions, Cue act) {
    int first = tokens.indexAt(act.start());
    int to = -1;
    for (int j = first - 1; j >= Math.max(0, first - 1 - INFINITIVE_WORDS); j--) {
      Tokens.Token t = tokens.get(j);
      if (!t.isWord()) {
        return Optional.empty();
      }
      if (t.lower().equals("to")) {
        to = j;
        break;
      }
    }
    if (to < 2) {
      return Optional.empty();
    }
    Optional<Holder> after = holderAfter(tokens, mentions, to);
    return after.isPresent() ? after : possessiveHolder(tokens, mentions, to);
  }

  /** "the readiness of Washington to ...": the noun, "of", perhaps "the", then the holder. */
  private static Optional<Holder> holderAfter(Tokens tokens, List<Mention> mentions, int to) {
    Mention holder = endingAt(mentions, tokens, to - 1);
    if (holder == null) {
      return Optional.empty();
    }
    int of = tokens.indexAt(holder.start()) - 1;
    if (of > 0 && tokens.get(of).lower().equals("the")) {
      of--;
    }
    if (of < 1 || !tokens.get(of).lower().equals("of")) {
      return Optional.empty();
    }
    return holder(holder, tokens.get(of - 1));
  }

  /** "Washington's unwillingness to ...": a possessive holder right before the noun. */
  private static Optional<Holder> possessiveHolder(Tokens tokens, List<Mention> mentions, int to) {
    int noun = to - 1;
    int owner = noun - 1;
    if (owner >= 1 && isApostrophe(tokens.get(owner).text())) {
      owner--;
    } else {
      String w = tokens.get(owner).lower();
      if (!w.endsWith("'s") && !w.endsWith("\u2019s")) {
        return Optional.empty();
      }
    }
    Mention holder = endingAt(mentions, tokens, owner);
    return holder == null ? Optional.empty() : holder(holder, tokens.get(noun));
  }

  private static Optional<Holder> holder(Mention holder, Tokens.Token noun) {
    boolean willing = WILLING.contains(noun);
    if (!willing && !UNWILLING.contains(noun)) {
      return Optional.empty();
    }
    return Optional.of(new Holder(holder, noun.start(), !willing));
  }

  /** The known party or actor whose mention ends in token {@code t}, else null. */
  private static @Nullable Mention endingAt(List<Mention> mentions, Tokens tokens, int t) {
    for (Mention m : mentions) {
      if (m.isEntity() && m.party().isPresent() && tokens.indexAt(m.end() - 1) == t) {
        return m;
      }
    }
    return null;
  }

  private static boolean isApostrophe(String text) {
    return text.equals("'") || text.equals("\u2019");
  }
}
