package dev.parley.io.statement;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A visit to another side told by its travel: "Varga visits Dorn", "the envoy flew to Dorn", "Brenn
 * returns to the capital's palace", "arrived in Dorn on Monday for talks with the insurgents".
 * Going to the other side's capital or seat, or to talks with it, is meeting it: a discussion of
 * the one who travels, and of the side visited as the one met (see {@link MeetingPartners}).
 */
final class Visits {
  /** Words one of which a sentence must hold to tell of a visit. */
  static final FoldedWords WORDS =
      new FoldedWords(
          List.of("visit", "flew", "flies", "flying", "flown", "travel", "arriv", "return"));

  /** Verbs of visiting, whose object is the place visited: "visits Dorn", "visited the Kremlin". */
  private static final WordSet VISITING = WordSet.of("visit", "visits", "visited", "visiting");

  /** Verbs of going somewhere, before "to" (perhaps after "on" or "back"): "flew on to Dorn". */
  private static final WordSet GOING =
      WordSet.of(
          "fly",
          "flies",
          "flew",
          "flown",
          "flying",
          "travel",
          "travels",
          "travelled",
          "traveled",
          "travelling",
          "traveling",
          "return",
          "returns",
          "returned",
          "returning");

  /** Verbs of arriving, before "in" or "at": "arrived in Dorn". */
  private static final WordSet ARRIVING = WordSet.of("arrive", "arrives", "arrived", "arriving");

  /** Words between a verb of going and "to": "flew on to", "returned back to". */
  private static final WordSet ON = WordSet.of("on", "back");

  /** Nouns of talks after "for" that tell what the travel was for: "for talks with". */
  private static final WordSet TALKS =
      WordSet.of("talks", "meeting", "meetings", "negotiations", "consultations");

  /** Words that, right before a verb, make it a noun or an aim: "his visit", "plans to visit". */
  private static final WordSet NOT_A_VISIT =
      WordSet.of(
          "to",
          "a",
          "an",
          "the",
          "his",
          "her",
          "their",
          "its",
          "our",
          "this",
          "that",
          "state",
          "official",
          "in",
          "on",
          "during",
          "after",
          "before",
          "of",
          "for");

  /** How many words after the verb "for talks with" may stand: "arrived in Dorn on Monday for". */
  private static final int FOR_TALKS_WITHIN = 8;

  /** Words before a noun that counts people sent: "for every migrant returned to Dorn". */
  private static final WordSet EACH = WordSet.of("every", "each");

  /** Words of time that may follow the place visited: "visited Dorn last week". */
  private static final WordSet TIME =
      WordSet.of(
          "to",
          "for",
          "on",
          "in",
          "at",
          "with",
          "last",
          "this",
          "next",
          "early",
          "late",
          "later",
          "again",
          "yesterday",
          "today",
          "tomorrow",
          "where",
          "when",
          "while");

  private Visits() {}

  /** Whether the sentence may tell of a visit: it holds a verb of visiting, going or arriving. */
  static boolean mayFind(Tokens tokens) {
    return tokens.mayHoldAny(WORDS);
  }

  /**
   * The discuss cues of the visits the sentence tells: each from the verb to the word before the
   * name of the side visited (or before "for talks with"), when that is a known party (its name,
   * capital or seat) other than that of the last name before the verb ("Varga returned to Velmar"
   * is going home), and no possessive ("flew to Dorn's port"); or to "with" of a "for talks with"
   * or "for a meeting with" after the verb, before a known party or actor. A verb after "to"
   * ("plans to visit", "is due to fly to") tells an aim or a forecast, and one after a determiner
   * or a preposition ("his visit to") a noun: neither is read.
   */
  static List<Cue> find(Tokens tokens, List<Mention> mentions) {
    List<Cue> found = new ArrayList<>();
    for (int k = 1; k < tokens.size(); k++) {
      int at = destinationAt(tokens, k);
      if (at < 0 || NOT_A_VISIT.contains(tokens.get(k - 1))) {
        continue;
      }
      Mention visited = mentionAt(tokens, mentions, at, !tokens.get(at - 1).lower().equals("with"));
      if (visited == null
          || isOwnSide(mentions, tokens.get(k).start(), visited)
          || isPeople(tokens.get(k - 1).lower())
          || (k > 1 && EACH.contains(tokens.get(k - 2)))) {
        // "For every Velmari returned to Tarsia": people sent back, not a side that travels.
        continue;
      }
      // The cue ends before "for talks with", whose own noun is no act of its own.
      int end = k;
      while (end + 1 < at && !tokens.get(end + 1).lower().equals("for")) {
        end++;
      }
      found.add(
          new Cue(Cue.Kind.ACT, Act.DISCUSS.id(), tokens.get(k).start(), tokens.get(end).end()));
    }
    return found;
  }

  /**
   * The token where the side visited is named, for a cue that opens with a verb of visiting, going
   * or arriving; -1 for any other cue.
   */
  static int destinationOf(Tokens tokens, Cue cue) {
    int first = tokens.indexAt(cue.start());
    return Act.DISCUSS.id().equals(cue.entry()) ? destinationAt(tokens, first) : -1;
  }

  /**
   * The token where the place or the side visited is named after the verb at {@code k}: right after
   * a verb of visiting, after "to" after a verb of going, after "in" or "at" after a verb of
   * arriving, or after "with" of "for talks with" at most eight words after the verb with no
   * punctuation between; -1 if the token is no such verb.
   */
  private static int destinationAt(Tokens tokens, int k) {
    if (k >= tokens.size() || k + 1 >= tokens.size()) {
      return -1;
    }
    Tokens.Token verb = tokens.get(k);
    int place = -1;
    if (VISITING.contains(verb)) {
      place = k + 1;
    } else if (GOING.contains(verb)) {
      int to = ON.contains(tokens.get(k + 1)) ? k + 2 : k + 1;
      place = to < tokens.size() && tokens.get(to).lower().equals("to") ? to + 1 : -1;
    } else if (ARRIVING.contains(verb)) {
      String in = tokens.get(k + 1).lower();
      place = in.equals("in") || in.equals("at") ? k + 2 : -1;
    } else {
      return -1;
    }
    for (int j = k + 1; j + 2 < tokens.size() && j <= k + FOR_TALKS_WITHIN; j++) {
      if (!tokens.get(j).isWord()) {
        break;
      }
      if (tokens.get(j).lower().equals("for")) {
        int noun = English.DETERMINERS.contains(tokens.get(j + 1)) ? j + 2 : j + 1;
        if (noun + 1 < tokens.size()
            && TALKS.contains(tokens.get(noun))
            && tokens.get(noun + 1).lower().equals("with")) {
          return noun + 2 < tokens.size() ? noun + 2 : -1;
        }
        break;
      }
    }
    return place < tokens.size() ? place : -1;
  }

  /**
   * The known party's or actor's name that starts at token {@code at} (perhaps after "the"), with
   * no possessive after it, and, for a {@code place}, no noun it modifies; null if none.
   */
  private static @Nullable Mention mentionAt(
      Tokens tokens, List<Mention> mentions, int at, boolean place) {
    int from = tokens.get(at).start();
    int alt = at + 1 < tokens.size() && tokens.get(at).lower().equals("the") ? at + 1 : at;
    int fromAlt = tokens.get(alt).start();
    for (Mention m : mentions) {
      if ((m.start() == from || m.start() == fromAlt) && m.isEntity() && m.party().isPresent()) {
        int next = tokens.indexAt(m.end());
        boolean possessive =
            next < tokens.size()
                && next > 0
                && (tokens.get(next).lower().startsWith("'")
                    || tokens.get(next).lower().startsWith("\u2019")
                    || tokens.get(next - 1).lower().endsWith("'s"));
        return possessive || (place && modifies(tokens, next)) ? null : m;
      }
    }
    return null;
  }

  /**
   * Whether the word at {@code next}, right after a name, is a lower-case word of another kind than
   * a preposition, a conjunction or a word of time: the name then modifies a noun ("flew to the
   * Tarsian capital", "visited Velmari ports"), whose place may be another side's or none.
   */
  private static boolean modifies(Tokens tokens, int next) {
    if (next >= tokens.size() || !tokens.get(next).isWord()) {
      return false;
    }
    Tokens.Token t = tokens.get(next);
    return Character.isLowerCase(t.text().charAt(0))
        && !English.PREPOSITIONS.contains(t)
        && !English.CONJUNCTIONS.contains(t)
        && !TIME.contains(t);
  }

  /** Whether a word names people of a nation ("Velmari", "Tarsian"): an adjective of a side. */
  private static boolean isPeople(String word) {
    return word.endsWith("ian") || word.endsWith("ese") || word.endsWith("ish");
  }

  /** Whether the last known name before {@code offset} is of the side visited: going home. */
  private static boolean isOwnSide(List<Mention> mentions, int offset, Mention visited) {
    Mention last = null;
    for (Mention m : mentions) {
      if (m.end() <= offset && m.isEntity() && m.party().isPresent()) {
        last = m;
      }
    }
    return last != null && last.party().equals(visited.party());
  }
}
