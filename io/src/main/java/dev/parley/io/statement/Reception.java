package dev.parley.io.statement;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An act noun that is the object of a verb of receiving ("Russia received Washington's response",
 * "received a reply from the EU"): the act is the sender's, named by the possessive or by "from X";
 * the recipient, the subject of the verb, never speaks it.
 */
record Reception(@Nullable Mention recipient, @Nullable Mention sender) {
  /** Verbs of receiving, whose subject is the recipient. */
  static final WordSet VERBS =
      WordSet.of("receive", "receives", "received", "receiving", "get", "gets", "got", "obtained");

  /** How many words may stand between the verb and the act noun ("received a long written"). */
  private static final int REACH = 5;

  /**
   * The speaker of an act cue, given the one {@link Attribution} found: the sender when the act is
   * received from a named sender; none when it would be the recipient's own side ("Moscow has
   * received an answer, Lavrov said"). A negated receipt ("had not received answers") is the
   * recipient's complaint, not the sender's act, and is left as found.
   */
  static Optional<Attribution.Found> speaker(
      Tokens tokens,
      List<Mention> mentions,
      List<Cue> cues,
      Cue act,
      Optional<Attribution.Found> found) {
    if (Grammar.negationBefore(cues, tokens, act).isPresent()) {
      return found;
    }
    Optional<Reception> reception = of(tokens, mentions, act);
    if (reception.isEmpty()) {
      return found;
    }
    Mention sender = reception.get().sender();
    if (sender != null) {
      return Optional.of(
          new Attribution.Found(sender.asSpeaker(), sender, "sender", Optional.empty()));
    }
    Mention recipient = reception.get().recipient();
    if (found.isPresent()
        && recipient != null
        && recipient.party().isPresent()
        && recipient.party().equals(found.get().speaker().party())) {
      return Optional.of(
          new Attribution.Found(
              Speaker.unknown(recipient.text()), null, "recipient", Optional.empty()));
    }
    return found;
  }

  /** The reception an act cue is the object of, if any. */
  static Optional<Reception> of(Tokens tokens, List<Mention> mentions, Cue act) {
    int first = tokens.indexAt(act.start());
    int verb = -1;
    for (int j = first - 1; j >= Math.max(0, first - 1 - REACH); j--) {
      Tokens.Token t = tokens.get(j);
      if (VERBS.contains(t)) {
        verb = j;
        break;
      }
      if (!inMention(mentions, t) && !isFiller(t)) {
        return Optional.empty();
      }
    }
    if (verb < 0) {
      return Optional.empty();
    }
    Mention sender = null;
    int verbEnd = tokens.get(verb).end();
    for (Mention m : mentions) {
      if (m.isEntity() && m.start() >= verbEnd && m.end() <= act.start()) {
        sender = m;
      }
    }
    if (sender == null) {
      sender = fromAfter(tokens, mentions, tokens.indexAt(act.end()));
    }
    return Optional.of(new Reception(subjectBefore(tokens, mentions, verb), sender));
  }

  /**
   * The first entity named in a "from" phrase right after the act noun ("from the ministers of").
   */
  private static @Nullable Mention fromAfter(Tokens tokens, List<Mention> mentions, int after) {
    if (after >= tokens.size() || !tokens.get(after).lower().equals("from")) {
      return null;
    }
    int from = tokens.get(after).end();
    for (Mention m : mentions) {
      if (m.isEntity() && m.start() >= from) {
        int gap = tokens.indexAt(m.start()) - after - 1;
        return gap <= 6 && !punctuationBetween(tokens, after, m) ? m : null;
      }
    }
    return null;
  }

  /** Whether a punctuation mark stands between the token at {@code after} and the mention. */
  static boolean punctuationBetween(Tokens tokens, int after, Mention m) {
    for (int j = after + 1; j < tokens.indexAt(m.start()); j++) {
      if (!tokens.get(j).isWord()) {
        return true;
      }
    }
    return false;
  }

  /** The subject of the verb: a mention ending right before it, an auxiliary aside. */
  private static @Nullable Mention subjectBefore(Tokens tokens, List<Mention> mentions, int verb) {
    int j = verb - 1;
    while (j >= 0 && English.AUXILIARIES.contains(tokens.get(j))) {
      j--;
    }
    if (j < 0) {
      return null;
    }
    for (Mention m : mentions) {
      if (m.start() <= tokens.get(j).start() && tokens.get(j).end() <= m.end()) {
        return m;
      }
    }
    return null;
  }

  private static boolean inMention(List<Mention> mentions, Tokens.Token t) {
    for (Mention m : mentions) {
      if (m.start() <= t.start() && t.end() <= m.end()) {
        return true;
      }
    }
    return false;
  }

  /** A word that may stand inside the object noun phrase: not a preposition or conjunction. */
  private static boolean isFiller(Tokens.Token t) {
    if (t.text().equals("'") || t.text().equals("\u2019")) {
      return true;
    }
    return t.isWord() && !English.PREPOSITIONS.contains(t) && !English.CONJUNCTIONS.contains(t);
  }
}
