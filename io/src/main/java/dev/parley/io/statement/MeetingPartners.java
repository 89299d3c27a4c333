package dev.parley.io.statement;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The other side of a meeting or a call held with someone: "Varga met Brenn", "spoke by phone with
 * the insurgents' envoy", "held talks with him". Talks take two, so the one met or called opens
 * itself to discussion as much as the subject does, each towards the other.
 */
final class MeetingPartners {
  private MeetingPartners() {}

  /**
   * Words of a meeting or a call, one of which a discuss cue must hold: negotiating, being in touch
   * or ready to talk "with" someone tell of no meeting held.
   */
  private static final WordSet MEETING_WORDS =
      WordSet.of(
          "met",
          "meet",
          "meets",
          "meeting",
          "meetings",
          "spoke",
          "spoken",
          "speak",
          "speaks",
          "speaking",
          "talked",
          "talks",
          "call",
          "calls",
          "conversation",
          "phone",
          "telephone",
          "sat");

  /** Words of a meeting that are nouns: the cue is a meeting held only after a verb of holding. */
  private static final WordSet NOUNS =
      WordSet.of(
          "talks", "meeting", "meetings", "call", "calls", "conversation", "phone", "telephone");

  /** Verbs of meeting that take the one met as their object: "met Brenn", "meets the envoy". */
  private static final WordSet DIRECT = WordSet.of("met", "meet", "meets");

  /** Verbs of speaking, after which "to" names the one spoken with: "spoke to Brenn by phone". */
  private static final WordSet SPEAKING =
      WordSet.of("spoke", "spoken", "speak", "speaks", "speaking", "talked");

  /** Words that end the stretch in which "with" may follow the cue. */
  private static final WordSet STOPS =
      WordSet.of("and", "but", "while", "where", "which", "who", "that", "after", "before");

  /**
   * How many words may stand between the cue and "with": "met on Monday with", "spoke twice with".
   */
  private static final int GAP = 3;

  /** Object pronouns that stand for a person named before. */
  private static final WordSet PRONOUNS = WordSet.of("him", "her");

  /** How far into the object the one met may be named: "his Velmari counterpart, Ilona Varga". */
  private static final int OBJECT_WORDS = 5;

  /**
   * The token index where the one met or called is named, or -1: right after a verb of meeting that
   * opens the cue ("met Brenn"), else after the first "with" (or "to" after a verb of speaking)
   * inside the cue or at most {@link #GAP} words after it, with no punctuation or conjunction
   * before it ("held talks with", "spoke to ... by phone", "met on Monday with").
   */
  static int objectAt(Tokens tokens, Cue cue) {
    if (!cue.entry().equals(Act.DISCUSS.id())) {
      return -1;
    }
    int first = tokens.indexAt(cue.start());
    int end = tokens.indexAt(cue.end());
    boolean meeting = false;
    boolean aimed = false;
    for (int k = first; k < end && !meeting; k++) {
      meeting = MEETING_WORDS.contains(tokens.get(k));
      // "agreed to continue talks with", "wants to resume talks with": aimed at, not held.
      aimed |= tokens.get(k).lower().equals("to");
    }
    if (!meeting || aimed || first >= tokens.size()) {
      return -1;
    }
    String verb = tokens.get(first).lower();
    int holding = HeldTalks.verbOf(tokens, cue);
    if (NOUNS.contains(tokens.get(first)) && holding < 0) {
      // "will spark talks with Russia": talks named, not held.
      return -1;
    }
    int predicate = holding >= 0 ? holding : first;
    if (predicate > 0 && tokens.get(predicate - 1).lower().equals("to")) {
      // "wants to resume talks with", "agreed to meet": a meeting aimed at, not held.
      return -1;
    }
    boolean speaking = SPEAKING.contains(tokens.get(first));
    for (int k = first + 1; k < tokens.size() && k <= end + GAP; k++) {
      Tokens.Token t = tokens.get(k);
      if (!t.isWord() || STOPS.contains(t)) {
        return -1;
      }
      if (t.lower().equals("with") || (speaking && t.lower().equals("to"))) {
        return k + 1 < tokens.size() ? k + 1 : -1;
      }
      if (k == first + 1 && DIRECT.contains(tokens.get(first)) && first + 1 == end) {
        // "met Brenn", "meets the envoy": the object right after the verb.
        return k;
      }
    }
    return -1;
  }

  /**
   * The known party or actor met, named in the object at {@code at} (perhaps after a determiner, a
   * possessive pronoun and modifiers: "his Velmari counterpart Ilona Varga"), of another party than
   * the subject's: of the names there before any punctuation or preposition but "of", the first
   * actor, else the first party; null if none, or if the name owns what follows ("with Tarsia's
   * envoy" names the envoy).
   */
  static @Nullable Mention named(
      Tokens tokens, List<Mention> mentions, int at, Optional<String> subjectParty) {
    int limit = at;
    while (limit < tokens.size()
        && limit < at + OBJECT_WORDS
        && tokens.get(limit).isWord()
        && (limit == at || !isPreposition(tokens.get(limit).lower()))) {
      // "the leader of the union" names the union; "people in the ministry" no one of it.
      limit++;
    }
    if (limit == at) {
      return null;
    }
    int from = tokens.get(at).start();
    int to = tokens.get(limit - 1).end();
    Mention party = null;
    for (Mention m : mentions) {
      if (m.start() < from || m.start() >= to || !m.isEntity() || m.party().isEmpty()) {
        continue;
      }
      if (m.party().equals(subjectParty) || isPossessive(tokens, m)) {
        return null;
      }
      if (m.actor().isPresent()) {
        return m;
      }
      if (party == null) {
        party = m;
      }
    }
    return party;
  }

  /** Whether the object at {@code at} is "him" or "her", a person named before. */
  static boolean isPronoun(Tokens tokens, int at) {
    if (!PRONOUNS.contains(tokens.get(at))) {
      return false;
    }
    // "with her team": "her" owns a noun, and is no object of its own.
    int next = at + 1;
    return next >= tokens.size()
        || !tokens.get(next).isWord()
        || !Character.isLowerCase(tokens.get(next).text().charAt(0))
        || ENDINGS.contains(tokens.get(next));
  }

  /** Words that may follow an object pronoun: where, when and how the talks were held. */
  private static final WordSet ENDINGS =
      WordSet.of(
          "on",
          "in",
          "at",
          "by",
          "for",
          "about",
          "over",
          "and",
          "but",
          "again",
          "twice",
          "last",
          "this",
          "yesterday",
          "today",
          "earlier",
          "later",
          "late",
          "early",
          "during");

  private static boolean isPreposition(String word) {
    return English.PREPOSITIONS.contains(word) && !word.equals("of");
  }

  private static boolean isPossessive(Tokens tokens, Mention m) {
    int lastIndex = tokens.indexAt(m.end() - 1);
    String last = tokens.get(lastIndex).lower();
    int next = tokens.indexAt(m.end());
    return last.endsWith("'s")
        || last.endsWith("\u2019s")
        || (next < tokens.size()
            && next > lastIndex
            && (tokens.get(next).lower().startsWith("'")
                || tokens.get(next).lower().startsWith("\u2019")));
  }
}
