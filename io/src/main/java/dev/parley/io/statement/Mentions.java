package dev.parley.io.statement;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the stretches of a sentence that can be a speaker: named entities and anaphors. */
final class Mentions {
  /** Roles whose holders comment rather than negotiate. */
  private static final WordSet NON_PARTY_ROLES = WordSet.of("expert");

  /** What stands between a possessive party and its role: "'s ". */
  private static final WordSet POSSESSIVE_GAP = WordSet.of("'s ", "\u2019s ");

  /** Forms of "be" after an expletive "it". */
  private static final WordSet BE =
      WordSet.of("is", "was", "'s", "seems", "seemed", "appears", "remains", "remained");

  /** Words that open what an expletive "it" stands in for. */
  private static final WordSet EXPLETIVE_FOLLOWERS =
      WordSet.of("that", "whether", "if", "to", "how", "why");

  /** Adjectives of a speaker's own stance: "it" before them is a party. */
  private static final WordSet STANCES =
      WordSet.of("ready", "prepared", "willing", "open", "unwilling", "determined");

  private Mentions() {}

  static List<Mention> find(
      String text,
      List<Cue> cues,
      Tokens tokens,
      boolean[] quoted,
      int sentenceStart,
      Knowledge knowledge) {
    List<Mention> mentions = new ArrayList<>();
    for (Cue cue : cues) {
      switch (cue.kind()) {
        case ACTOR:
          mentions.add(
              new Mention(
                  cue.start(),
                  cue.end(),
                  Optional.of(cue.entry()),
                  knowledge.partyOfActor(cue.entry()),
                  false,
                  text.substring(cue.start(), cue.end()),
                  cue.label()));
          break;
        case PARTY:
          mentions.add(
              new Mention(
                  cue.start(),
                  cue.end(),
                  Optional.empty(),
                  Optional.of(cue.entry()),
                  false,
                  text.substring(cue.start(), cue.end()),
                  cue.label()));
          break;
        case ROLE:
          // A commentator speaks for no party: a source, not a reference to the last speaker.
          boolean source = NON_PARTY_ROLES.contains(cue.entry());
          mentions.add(
              new Mention(
                  cue.start(),
                  cue.end(),
                  Optional.empty(),
                  source ? Optional.empty() : partyJustBefore(text, cues, cue, knowledge),
                  !source,
                  text.substring(cue.start(), cue.end()),
                  cue.label()));
          break;
        default:
          break;
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      Tokens.Token t = tokens.get(i);
      int rel = t.start() - sentenceStart;
      if (rel >= 0 && rel < quoted.length && quoted[rel]) {
        continue;
      }
      if (t.pronoun()
          && !covered(mentions, t.start())
          && !isNamePart(tokens, i)
          && !isExpletive(tokens, i)) {
        mentions.add(
            new Mention(
                t.start(), t.end(), Optional.empty(), Optional.empty(), true, t.text(), "pronoun"));
      } else if (t.end() - t.start() == 3
          // The length first: most tokens are then passed without reading their strings.
          && t.lower().equals("the")
          && i + 1 < tokens.size()
          && English.ANAPHORIC_NOUNS.contains(tokens.get(i + 1))
          && !covered(mentions, tokens.get(i + 1).start())) {
        Tokens.Token noun = tokens.get(i + 1);
        mentions.add(
            new Mention(
                t.start(),
                noun.end(),
                Optional.empty(),
                Optional.empty(),
                true,
                text.substring(t.start(), noun.end()),
                "anaphor"));
      }
    }
    int dateline = datelineEnd(tokens);
    mentions.removeIf(m -> m.start() < dateline);
    // A title right before a name ("Secretary of State Antony Blinken") is part of that name, not
    // a reference back to an earlier speaker.
    List<Mention> titles = new ArrayList<>();
    List<Mention> complemented = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.anaphor() && isTitleOf(m, mentions, text)) {
        titles.add(m);
      } else if (m.anaphor() && ActorPhrases.isTitleWithComplement(m, mentions, text)) {
        titles.add(m);
        complemented.add(m);
      }
    }
    mentions.removeAll(titles);
    mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    // A party inside the noun phrase of a named actor ("Israeli Prime Minister Yair Lapid", "The
    // Iran-backed group's leader, Hassan Nasrallah,") describes the actor; the actor speaks.
    List<Mention> modifiers = new ArrayList<>();
    for (Mention m : mentions) {
      if (modifiesAnActor(m, mentions, text)) {
        modifiers.add(m);
      } else if (ActorPhrases.describesActor(m, titles, mentions, cues, text)) {
        modifiers.add(m);
        if (!ActorPhrases.followsOf(m, tokens)) {
          complemented.add(m);
        }
      }
    }
    mentions.removeAll(modifiers);
    return ImmutableList.copyOf(
        RoleHolders.withSoleHolders(
            ActorPhrases.widened(mentions, complemented), cues, tokens, text, knowledge));
  }

  /**
   * Where a news dateline that opens the sentence ends, or -1: "GENEVA, Jan 10 (Reuters) -",
   * "LAUSANNE, Switzerland (AP) -", "(CNN)". The places it names are where the reporter is, never a
   * speaker.
   */
  static int datelineEnd(Tokens tokens) {
    if (tokens.size() < 3) {
      return -1;
    }
    Tokens.Token first = tokens.get(0);
    if (first.text().equals("(")
        && isAllCapitals(tokens.get(1).text())
        && tokens.get(2).text().equals(")")) {
      return tokens.get(2).end();
    }
    if (!isAllCapitals(first.text()) || first.text().length() < 3) {
      return -1;
    }
    for (int i = 1; i < Math.min(tokens.size(), 14); i++) {
      String t = tokens.get(i).text();
      if (t.equals("-") || t.equals("\u2014") || t.equals("\u2013")) {
        return tokens.get(i).end();
      }
      if ((t.equals(".") && !MONTH_ABBREVIATIONS.contains(tokens.get(i - 1).text()))
          || t.equals(";")) {
        // "OTTAWA, Aug. 22, 2024 /CNW/ -": the dot of a month's abbreviation ends nothing.
        return -1;
      }
    }
    return -1;
  }

  /** Months as a dateline abbreviates them before a dot: "Aug. 22". */
  private static final WordSet MONTH_ABBREVIATIONS =
      WordSet.of(
          "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

  /**
   * Whether an "it" stands for no one: "it is not yet clear whether", "it was possible to": a form
   * of "be" follows, and a "that", "whether", "if" or "to" within four words, unless what "it" is
   * said to be is a stance ("it is ready to talk").
   */
  private static boolean isExpletive(Tokens tokens, int i) {
    if (!tokens.get(i).lower().equals("it")
        || i + 1 >= tokens.size()
        || !BE.contains(tokens.get(i + 1))) {
      return false;
    }
    for (int j = i + 2; j < Math.min(tokens.size(), i + 6); j++) {
      Tokens.Token token = tokens.get(j);
      String w = token.lower();
      if (STANCES.contains(token)) {
        return false;
      }
      if (EXPLETIVE_FOLLOWERS.contains(token)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a capitalised pronoun inside a sentence, right after another capitalised word, is part
   * of a name ("Liu He", "Lee Hsien Loong") rather than a pronoun.
   */
  private static boolean isNamePart(Tokens tokens, int i) {
    return i > 0
        && tokens.get(i).isCapitalised()
        && tokens.get(i - 1).isWord()
        && tokens.get(i - 1).isCapitalised();
  }

  private static boolean isAllCapitals(String word) {
    boolean letter = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  /** How many words may stand between a party and the actor its noun phrase names. */
  private static final int MAX_MODIFIER_WORDS = 5;

  /**
   * Whether a party mention only describes a named actor in its own noun phrase: followed by the
   * actor with nothing but title words between ("Israeli Prime Minister Yair Lapid", "Lebanon's
   * President Michel Aoun"), or opening a modifier of a role that a name in apposition follows,
   * between commas ("The Iran-backed group's leader, Hassan Nasrallah,", "Ruritania's chief
   * negotiator, Ana Bell,").
   */
  private static boolean modifiesAnActor(Mention party, List<Mention> mentions, String text) {
    if (party.anaphor() || party.actor().isPresent() || party.party().isEmpty()) {
      return false;
    }
    Mention actor = null;
    for (Mention m : mentions) {
      if (m.start() >= party.end() && m.isEntity()) {
        actor = m;
        break;
      }
    }
    if (actor == null || actor.actor().isEmpty()) {
      return false;
    }
    String between = text.substring(party.end(), actor.start());
    String rest = between;
    for (String gap : POSSESSIVE_GAP) {
      if (between.startsWith(gap.strip())) {
        rest = between.substring(gap.strip().length());
      }
    }
    String[] words = rest.strip().isEmpty() ? new String[0] : rest.strip().split(" +", -1);
    if (words.length > MAX_MODIFIER_WORDS) {
      return false;
    }
    boolean titles = true;
    for (String w : words) {
      titles &= !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && isWordOnly(w);
    }
    if (titles
        && (between.isBlank() || Character.isWhitespace(between.charAt(between.length() - 1)))) {
      return true;
    }
    // "-backed group's leader, ": a modifier and a role, then the name between commas.
    boolean modifier = between.startsWith("-") || rest.length() < between.length();
    if (!modifier || words.length == 0 || !text.startsWith(",", actor.end())) {
      return false;
    }
    String last = words[words.length - 1];
    if (!last.endsWith(",")) {
      return false;
    }
    words[words.length - 1] = last.substring(0, last.length() - 1);
    if (between.startsWith("-")) {
      words[0] = words[0].substring(1);
    }
    for (String w : words) {
      if (w.isEmpty() || !isWordOnly(w)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word is letters, perhaps with hyphens and apostrophes ("group's", "co-chair"). */
  static boolean isWordOnly(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019') {
        return false;
      }
    }
    return true;
  }

  private static boolean isTitleOf(Mention title, List<Mention> mentions, String text) {
    for (Mention m : mentions) {
      if (m.isEntity() && m.actor().isPresent() && m.start() >= title.end()) {
        String between = text.substring(title.end(), m.start());
        // "the group's leader, Hassan Nasrallah,": a role with the name in apposition.
        if (between.isBlank() || (between.strip().equals(",") && text.startsWith(",", m.end()))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The party named right before a role, bare or possessive ("Russian diplomat", "Ethiopia's
   * government"), or the party of a person who owns it ("Biden's administration").
   */
  private static Optional<String> partyJustBefore(
      String text, List<Cue> cues, Cue role, Knowledge knowledge) {
    for (Cue cue : cues) {
      if (cue.end() > role.start()) {
        continue;
      }
      boolean possessive = POSSESSIVE_GAP.contains(text.substring(cue.end(), role.start()));
      if (cue.kind() == Cue.Kind.PARTY && (role.start() - cue.end() <= 1 || possessive)) {
        return Optional.of(cue.entry());
      }
      if (cue.kind() == Cue.Kind.ACTOR && possessive) {
        return knowledge.partyOfActor(cue.entry());
      }
    }
    return Optional.empty();
  }

  private static boolean covered(List<Mention> mentions, int offset) {
    for (Mention m : mentions) {
      if (m.start() <= offset && offset < m.end()) {
        return true;
      }
    }
    return false;
  }
}
