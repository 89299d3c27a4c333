package dev.parley.io.statement;

import java.util.ArrayList;
import java.util.List;

/**
 * The noun phrase of a named actor whose other words only describe it: a title with a complement
 * before the name ("the foreign minister of Velmar, Ilona Varga,", "the envoy in Sallo Aster
 * Quill"), and a party that modifies the title ("the Velmari foreign minister, Ilona Varga,",
 * "Front chief Tomas Brenn"). The actor speaks, not the title (which would refer back) nor the
 * party (which would speak without its person).
 */
final class ActorPhrases {
  /** Prepositions that open a title's complement: "minister of", "envoy for", "ambassador in". */
  private static final WordSet COMPLEMENT_PREPOSITIONS = WordSet.of("of", "for", "in", "to", "at");

  /** How many words a title's complement may have after its preposition, between commas. */
  private static final int MAX_COMPLEMENT_WORDS = 7;

  /** How many capitalised words a title's complement may have with no comma before the name. */
  private static final int MAX_BARE_COMPLEMENT_WORDS = 3;

  /** How many words may stand between a party and its actor when a title lies between. */
  private static final int MAX_TITLED_WORDS = 8;

  /** How many lower-case words may stand between a party and its actor with no title between. */
  private static final int MAX_UNTITLED_WORDS = 2;

  /** Articles that may stand between a preposition and the phrase it governs. */
  private static final WordSet ARTICLES = WordSet.of("the", "a", "an");

  private ActorPhrases() {}

  /**
   * Whether a role mention is the title of the actor after it, with a complement between: " of
   * Velmar, " or " of the Velmari diplomacy, " closed by a comma after the name, or " in Sallo " of
   * capitalised words only.
   */
  static boolean isTitleWithComplement(Mention role, List<Mention> mentions, String text) {
    Mention actor = nextActor(role, mentions);
    if (actor == null || role.end() >= text.length() || text.charAt(role.end()) != ' ') {
      return false;
    }
    String between = text.substring(role.end() + 1, actor.start());
    int space = between.indexOf(' ');
    if (space < 0 || !COMPLEMENT_PREPOSITIONS.contains(between.substring(0, space))) {
      return false;
    }
    String rest = between.substring(space + 1);
    if (rest.endsWith(", ") && text.startsWith(",", actor.end())) {
      String[] words = words(rest.substring(0, rest.length() - 2));
      return words.length > 0 && words.length <= MAX_COMPLEMENT_WORDS && allWords(words, false);
    }
    if (!rest.endsWith(" ")) {
      return false;
    }
    String[] words = words(rest);
    return words.length > 0 && words.length <= MAX_BARE_COMPLEMENT_WORDS && allWords(words, true);
  }

  /**
   * Whether a party mention only describes the actor of that party after it in its noun phrase:
   * inside the complement of the actor's title ("the foreign minister of Velmar, Ilona Varga,"), or
   * before a title of lower-case words, perhaps with a complement, the name after it or set off by
   * commas ("the Velmari foreign minister, Ilona Varga,", "the Velmari envoy in Sallo Ilona
   * Varga"), or before at most two lower-case words right before the name ("Front chief Tomas
   * Brenn"). No verb may stand between: no word the lexicon reads as a cue other than the title,
   * and no word ending in "-ed".
   */
  static boolean describesActor(
      Mention party, List<Mention> titles, List<Mention> mentions, List<Cue> cues, String text) {
    if (party.anaphor() || party.actor().isPresent() || party.party().isEmpty()) {
      return false;
    }
    Mention actor = nextActor(party, mentions);
    if (actor == null || !actor.party().equals(party.party())) {
      return false;
    }
    Mention title = null;
    for (Mention t : titles) {
      if (t.start() >= party.end() && t.end() <= actor.start()) {
        title = t;
        break;
      }
      if (t.end() <= party.start() && nextActor(t, mentions) == actor) {
        // The party inside the title's complement, before the name.
        return isTitleWithComplement(t, mentions, text);
      }
    }
    for (Cue cue : cues) {
      if (cue.start() >= party.end()
          && cue.end() <= actor.start()
          && cue.kind() != Cue.Kind.ROLE
          && cue.kind() != Cue.Kind.PARTY) {
        return false;
      }
    }
    String between = text.substring(party.end(), actor.start());
    if (title == null) {
      String[] words = words(between);
      return between.startsWith(" ")
          && between.endsWith(" ")
          && words.length > 0
          && words.length <= MAX_UNTITLED_WORDS
          && allLowerCase(words);
    }
    boolean commas = between.endsWith(", ");
    if (commas && !text.startsWith(",", actor.end())) {
      return false;
    }
    String[] words = words(commas ? between.substring(0, between.length() - 2) : between);
    return between.startsWith(" ")
        && words.length <= MAX_TITLED_WORDS
        && allWords(words, false)
        && (title.end() == actor.start() - (commas ? 2 : 1)
            || isTitleWithComplement(title, mentions, text));
  }

  /**
   * The mentions with each actor's mention widened back to the start of the words that describe it
   * (its title, the party before it), so that the phrase as a whole is what a preposition governs
   * ("talks with the Velmari foreign minister, Ilona Varga,") and what stands right after a
   * reporting verb ("said Foreign Minister of Velmar Ilona Varga").
   */
  static List<Mention> widened(List<Mention> mentions, List<Mention> describing) {
    if (describing.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      int start = m.start();
      if (m.isEntity() && m.actor().isPresent()) {
        for (Mention d : describing) {
          if (d.start() < start && nextActor(d, mentions) == m) {
            start = d.start();
          }
        }
      }
      out.add(
          start == m.start()
              ? m
              : new Mention(start, m.end(), m.actor(), m.party(), false, m.text(), m.label()));
    }
    return out;
  }

  /**
   * Whether "of" governs the mention, an article aside ("the head of the Velmari diplomacy"): the
   * phrase it opens is the complement of a noun before it, and the actor's own phrase begins there.
   */
  static boolean followsOf(Mention m, Tokens tokens) {
    int at = tokens.indexAt(m.start()) - 1;
    if (at >= 0 && ARTICLES.contains(tokens.get(at))) {
      at--;
    }
    return at >= 0 && tokens.get(at).lower().equals("of");
  }

  private static Mention nextActor(Mention from, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.start() >= from.end() && m.isEntity() && m.actor().isPresent()) {
        return m;
      }
    }
    return null;
  }

  private static String[] words(String text) {
    String s = text.strip();
    return s.isEmpty() ? new String[0] : s.split(" +", -1);
  }

  /**
   * Whether each word is letters, hyphens or apostrophes, none ending in "-ed", and, when {@code
   * capitalised}, each opens with a capital or is "the".
   */
  private static boolean allWords(String[] words, boolean capitalised) {
    for (String w : words) {
      if (w.isEmpty() || !Mentions.isWordOnly(w) || w.endsWith("ed")) {
        return false;
      }
      if (capitalised && !Character.isUpperCase(w.charAt(0)) && !w.equals("the")) {
        return false;
      }
    }
    return true;
  }

  private static boolean allLowerCase(String[] words) {
    for (String w : words) {
      if (!allWords(new String[] {w}, false)
          || !Character.isLowerCase(w.charAt(0))
          || COMPLEMENT_PREPOSITIONS.contains(w)) {
        return false;
      }
    }
    return true;
  }
}
