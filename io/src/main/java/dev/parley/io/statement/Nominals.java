package dev.parley.io.statement;

import java.util.List;
import java.util.Optional;

/**
 * Act nouns whose agent is named inside their own noun phrase: by a possessive ("NATO's refusal"),
 * a party word ("the U.S. demand") or "by X" ("the rejection by the TPLF"); and act verbs in the
 * passive, whose subject is what is acted on ("the treaty was signed").
 */
final class Nominals {
  /** Forms of "be" that make a participle passive. */
  private static final WordSet BE = WordSet.of("is", "are", "was", "were", "be", "been", "being");

  private static final WordSet ARTICLES = WordSet.of("the", "a", "an");

  /** Endings of the adjectives of peoples and places: "Russian", "Chinese", "British". */
  private static final WordSet ADJECTIVE_ENDINGS =
      WordSet.of("ian", "can", "ean", "ese", "ish", "ic");

  /** Participles after "be" that describe the subject's own stance ("is opposed to"). */
  private static final WordSet STANCE_PARTICIPLES =
      WordSet.of("satisfied", "opposed", "prepared", "pleased", "committed", "determined");

  /** Words that end a clause before a new subject ("..., and NATO's refusal"). */
  private static final WordSet CLAUSE_OPENERS =
      WordSet.of("that", "and", "but", "while", "whereas", "because", "although", "since");

  private Nominals() {}

  /**
   * Whether an act noun with its agent in its own noun phrase is the object of another word, so
   * that it names a thing talked about rather than an act reported: "indicates NATO's refusal to
   * create bases", "as well as NATO's refusal", "the U.S. demand to keep tariffs was unacceptable",
   * "the topic was Russian proposals". As the subject of its clause ("Moscow's response came on
   * Thursday") it stays an act of the possessor; after a verb of making, receiving or reporting it
   * stays an act too.
   */
  static boolean isNamedThing(Tokens tokens, List<Mention> mentions, List<Cue> cues, Cue act) {
    int first = tokens.indexAt(act.start());
    if (first >= tokens.size()
        || tokens.indexBefore(act.end()) != first
        || !Grammar.isNounForm(tokens.get(first).lower())) {
      return false;
    }
    Mention owner = null;
    for (Mention m : mentions) {
      if (m.isEntity() && m.end() <= act.start() && first - tokens.indexAt(m.end() - 1) <= 2) {
        owner = m;
      }
    }
    if (owner == null) {
      return false;
    }
    int ownerEnd = tokens.indexAt(owner.end() - 1);
    boolean possessive = isPossessive(tokens, ownerEnd);
    int before = tokens.indexAt(owner.start()) - 1;
    // A title the owner's name carries ("President Donald Trump's") belongs to the owner.
    while (before >= 0 && tokens.get(before).isWord() && tokens.get(before).isCapitalised()) {
      before--;
    }
    boolean article = before >= 0 && ARTICLES.contains(tokens.get(before));
    if (!possessive && !article && !isAdjectival(tokens, owner, first)) {
      return false;
    }
    if (article) {
      before--;
    }
    if (before < 0) {
      // "The U.S. demand to keep tariffs ..." opens the sentence: only the possessive is an act.
      return !possessive;
    }
    Tokens.Token word = tokens.get(before);
    if (!word.isWord()) {
      return !possessive;
    }
    String w = word.lower();
    if (CLAUSE_OPENERS.contains(word)) {
      return !possessive;
    }
    if (English.MAKING_VERBS.contains(word) || Reception.VERBS.contains(word)) {
      return false;
    }
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.REPORTING
          && cue.start() <= word.start()
          && word.end() <= cue.end()) {
        return !possessive;
      }
    }
    return true;
  }

  /**
   * Whether a party named bare before an act noun modifies it as an adjective ("Russian proposals",
   * "US counterproposals") rather than being the subject of a verb ("Moscow demands"): the party
   * word has an adjective's ending, or the act word has a noun's ending that no verb form has.
   */
  private static boolean isAdjectival(Tokens tokens, Mention owner, int act) {
    String name = tokens.get(tokens.indexAt(owner.end() - 1)).lower();
    for (String ending : ADJECTIVE_ENDINGS) {
      if (name.endsWith(ending)) {
        return true;
      }
    }
    String word = tokens.get(act).lower();
    for (String suffix : English.NOUN_SUFFIXES) {
      if (word.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an act noun is the head of a noun phrase that opens its clause ("The rejection"). */
  private static boolean opensClause(Tokens tokens, Cue act) {
    int first = tokens.indexAt(act.start());
    if (tokens.indexBefore(act.end()) != first
        || !Grammar.isNounForm(tokens.get(first).lower())
        || first == 0
        || !ARTICLES.contains(tokens.get(first - 1))) {
      return false;
    }
    int before = first - 2;
    return before < 0
        || !tokens.get(before).isWord()
        || CLAUSE_OPENERS.contains(tokens.get(before));
  }

  private static boolean isPossessive(Tokens tokens, int t) {
    if (t < 0 || t >= tokens.size()) {
      return false;
    }
    String word = tokens.get(t).lower();
    if (word.endsWith("'s") || word.endsWith("\u2019s")) {
      return true;
    }
    if (t + 1 < tokens.size()) {
      String next = tokens.get(t + 1).text();
      return next.equals("'") || next.equals("\u2019");
    }
    return false;
  }

  /** Whether a one-word act verb is a passive participle ("was signed", "has been rejected"). */
  static boolean isPassive(Tokens tokens, Cue act) {
    int first = tokens.indexAt(act.start());
    if (first == 0 || first >= tokens.size() || tokens.indexBefore(act.end()) != first) {
      return false;
    }
    String word = tokens.get(first).lower();
    if (STANCE_PARTICIPLES.contains(tokens.get(first))
        || !(word.endsWith("ed") || English.IRREGULAR_PARTICIPLES.contains(tokens.get(first)))) {
      return false;
    }
    int j = first - 1;
    if (j > 0 && tokens.get(j).lower().endsWith("ly")) {
      j--;
    }
    return BE.contains(tokens.get(j));
  }

  /**
   * The agent of a passive verb or of an act noun that opens its clause: "was rejected by Russia",
   * "The rejection by the TPLF of ...". Not of a noun inside another phrase ("represented at the
   * meeting by Grushko").
   */
  static Optional<Mention> byAgent(Tokens tokens, List<Mention> mentions, Cue act) {
    int by = tokens.indexAt(act.end());
    if (by >= tokens.size() || !tokens.get(by).lower().equals("by")) {
      return Optional.empty();
    }
    if (!isPassive(tokens, act) && !opensClause(tokens, act)) {
      return Optional.empty();
    }
    int next = by + 1;
    if (next < tokens.size() && English.DETERMINERS.contains(tokens.get(next))) {
      next++;
    }
    if (next >= tokens.size()) {
      return Optional.empty();
    }
    Tokens.Token t = tokens.get(next);
    for (Mention m : mentions) {
      if (m.isEntity() && m.start() <= t.start() && t.end() <= m.end()) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
