package dev.parley.io.statement;

import com.google.common.collect.ImmutableList;
import dev.parley.io.article.DateMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which of a sentence's date mentions can date its act. A date that a participle or a relative
 * clause attaches to another event ("the answer received on January 26", "the drafts it published
 * on Dec. 17", "the strike that began on Tuesday") dates that event, not the act; a date governed
 * by the act or reporting verb itself ("rejected on Monday", "said on Thursday") does, and so does
 * one of another verb whose "when" clause tells the act ("surprised on Thursday when it offered"),
 * one of the statement or letter the act was told in ("said in a statement issued on Saturday"),
 * and one after a participle that only qualifies a noun ("in a televised address on Wednesday"). A
 * date after "since" tells when a state began ("has demanded it since the start of the talks in
 * November"), and dates nothing.
 */
final class Dates {
  /** How many words before a date its verb may stand. */
  private static final int REACH = 3;

  /**
   * Sentence openers that, standing alone before a comma, put an event at the time of the one just
   * told ("In parallel, ..."). With an object ("Simultaneously with the publication") they name
   * their own event instead. "Meanwhile" and "At the same time" are left out: in news they as often
   * only contrast or loosely join as they fix a time.
   */
  private static final ImmutableList<String> SIMULTANEOUS =
      ImmutableList.of("in parallel", "simultaneously", "concurrently");

  private Dates() {}

  /** Whether a sentence opens by placing its event at the time of the one told before it. */
  static boolean opensSimultaneous(String sentence) {
    String head = sentence.stripLeading();
    for (String opener : SIMULTANEOUS) {
      if (head.regionMatches(true, 0, opener, 0, opener.length())
          && head.startsWith(",", opener.length())) {
        return true;
      }
    }
    return false;
  }

  /** Words by which a reporting verb takes what was just told as its object ("stated this"). */
  private static final WordSet WHAT_WAS_TOLD = WordSet.of("this", "so");

  /**
   * Words that may follow "said this" when "this" is what was told, not a determiner ("said this
   * week").
   */
  private static final WordSet AFTER_WHAT_WAS_TOLD =
      WordSet.of("during", "on", "at", "in", "when", "after", "while", "before", "to");

  /**
   * Whether a sentence tells when what was told just before was said: a reporting verb with "this"
   * or "so" as its object ("He stated this during his press conference on February 15", "She said
   * so on Monday"). In "said this week" the "this" is a determiner.
   */
  static boolean datesWhatWasTold(Tokens tokens, List<Cue> cues) {
    for (Cue cue : cues) {
      if (cue.kind() != Cue.Kind.REPORTING) {
        continue;
      }
      int next = tokens.indexAt(cue.end());
      if (next < tokens.size() && WHAT_WAS_TOLD.contains(tokens.get(next))) {
        boolean end = next + 1 >= tokens.size();
        if (end
            || !tokens.get(next + 1).isWord()
            || AFTER_WHAT_WAS_TOLD.contains(tokens.get(next + 1))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The mentions that may date the act: not those attached to another event, nor those after the
   * article's publication ({@code published}, when known): an act the article reports has taken
   * place by then, so "the deal expires on Nov. 19" dates the expiry, not the act.
   */
  static List<DateMention> ofAct(
      List<DateMention> dates,
      Tokens tokens,
      List<Cue> cues,
      Cue act,
      @Nullable LocalDate published) {
    List<DateMention> kept = new ArrayList<>();
    for (DateMention d : dates) {
      if (d.ahead() || (published != null && d.date().isAfter(published))) {
        continue;
      }
      if (!datesAnotherEvent(d, tokens, cues, act)) {
        kept.add(d);
      }
    }
    return kept;
  }

  /**
   * How many words before a date "since" may stand and govern it ("since the start of talks in
   * May").
   */
  private static final int SINCE_REACH = 7;

  /**
   * The mentions less those that tell when a state began ({@link #startsAState}): they date no act
   * and are no date the paragraph goes on from.
   */
  static List<DateMention> withoutStates(List<DateMention> dates, Tokens tokens) {
    if (dates.isEmpty()) {
      return dates;
    }
    List<DateMention> kept = new ArrayList<>(dates.size());
    for (DateMention d : dates) {
      if (!startsAState(d, tokens)) {
        kept.add(d);
      }
    }
    return kept.size() == dates.size() ? dates : kept;
  }

  /**
   * Whether the date is when a state began, after "since" ("has demanded it since the start of the
   * talks in November", "have been on strike since last month"): what lasts from then is told as of
   * the day of telling, not of that date. The look back stops at a mark or a verb form, so "since
   * the talks failed on Monday" gives its date to the failure, as any clause does.
   */
  private static boolean startsAState(DateMention d, Tokens tokens) {
    int at = tokens.indexAt(d.start());
    for (int j = at - 1; j >= Math.max(0, at - SINCE_REACH); j--) {
      Tokens.Token t = tokens.get(j);
      if (!t.isWord() || isVerbForm(t.lower())) {
        return false;
      }
      if (t.lower().equals("since")) {
        return true;
      }
    }
    return false;
  }

  private static boolean datesAnotherEvent(DateMention d, Tokens tokens, List<Cue> cues, Cue act) {
    int at = tokens.indexAt(d.start());
    for (int j = at - 1; j >= Math.max(0, at - REACH); j--) {
      Tokens.Token t = tokens.get(j);
      if (!t.isWord()) {
        return false;
      }
      if (isVerbForm(t.lower()) || isRelativeClausePast(tokens, j)) {
        if (j > 0 && !t.isCapitalised() && ATTRIBUTIVE_BEFORE.contains(tokens.get(j - 1))) {
          // "in a televised address on Wednesday": a participle that qualifies a noun; a
          // capitalised one is a name's ("the United States"), and is read as before
          continue;
        }
        return !insideCue(t, cues, act)
            && !actWhenThen(d, tokens, act)
            && !namesTheTelling(tokens, j);
      }
    }
    return false;
  }

  /** Relative pronouns that open a clause of another event ("the lockout that began"). */
  private static final WordSet RELATIVES = WordSet.of("that", "which", "who");

  /**
   * Whether the word at {@code j} is an irregular simple past right after a relative pronoun ("the
   * lockout that began on Sept. 16", "the deal which came on Monday"): the clause tells of the
   * noun's own event, as "the talks that ended on Monday" does.
   */
  private static boolean isRelativeClausePast(Tokens tokens, int j) {
    return j > 0
        && IRREGULAR_PASTS.contains(tokens.get(j))
        && RELATIVES.contains(tokens.get(j - 1));
  }

  /**
   * Words after which a participle qualifies the noun it stands before ("a televised address", "its
   * scheduled meeting"), and tells of no event of its own.
   */
  private static final WordSet ATTRIBUTIVE_BEFORE =
      WordSet.of("a", "an", "the", "this", "its", "their", "his", "her", "our");

  /** Nouns of the text or talk in which a side tells or does what it does. */
  private static final WordSet TELLINGS =
      WordSet.of(
          "statement",
          "message",
          "address",
          "speech",
          "remarks",
          "letter",
          "interview",
          "video",
          "post",
          "tweet",
          "communique",
          "briefing",
          "broadcast",
          "announcement");

  /** Prepositions by which a telling carries the act ("said in a statement"). */
  private static final WordSet CARRIED_BY = WordSet.of("in", "via", "through");

  /** How many words may stand between the preposition and the noun of the telling. */
  private static final int TELLING_REACH = 3;

  /**
   * Whether the participle at {@code j} tells when the act's own vehicle was made ("said in a joint
   * statement issued late on Saturday", "rejected it in a letter sent on May 4"): the statement or
   * the letter is how the act was done, so its date is the act's.
   */
  private static boolean namesTheTelling(Tokens tokens, int j) {
    if (j < 1 || !TELLINGS.contains(tokens.get(j - 1))) {
      return false;
    }
    for (int k = j - 2; k >= Math.max(0, j - 2 - TELLING_REACH); k--) {
      Tokens.Token t = tokens.get(k);
      if (!t.isWord()) {
        return false;
      }
      if (CARRIED_BY.contains(t)) {
        return true;
      }
    }
    return false;
  }

  /** How many words may stand between "when" and the act: its subject and an auxiliary. */
  private static final int WHEN_SUBJECT = 4;

  /** Words of a part of the day that may stand between a day and "when" ("Thursday night"). */
  private static final WordSet DAY_PARTS = WordSet.of("morning", "afternoon", "evening", "night");

  /**
   * Whether the act is told in a "when" clause right after the date ("surprised on Thursday night
   * when it offered ..."): the clause puts the act at the time of the verb the date belongs to, so
   * the date is the act's as well. A comma between "when" and the act leaves the act outside the
   * clause, and so does another verb form before it ("when talks ended it rejected").
   */
  private static boolean actWhenThen(DateMention d, Tokens tokens, Cue act) {
    int j = tokens.indexAt(d.end());
    if (j < tokens.size() && DAY_PARTS.contains(tokens.get(j))) {
      j++;
    }
    if (j >= tokens.size() || !tokens.get(j).lower().equals("when")) {
      return false;
    }
    int when = j;
    for (j++; j < tokens.size() && tokens.get(j).start() < act.start(); j++) {
      Tokens.Token t = tokens.get(j);
      if (!t.isWord() || isVerbForm(t.lower()) || j - when > WHEN_SUBJECT) {
        return false;
      }
    }
    return j < tokens.size() && tokens.get(j).start() >= act.start();
  }

  /** Words that may stand between "had" and the participle of a past perfect. */
  private static final WordSet PERFECT_FILLERS =
      WordSet.of("been", "not", "never", "only", "already", "also", "just", "once", "first");

  /**
   * The reporting verb that retells an act told in the past perfect ("He said Pyongyang had sought
   * the lifting of sanctions", "Washington had rejected it, she said"): the act came before the
   * telling. Null when the act is no past perfect ("said Pyongyang sought"), or when the sentence
   * has no reporting verb, or only one in the past perfect itself ("had said that Kim promised"),
   * which tells of an earlier telling, not of an act before it.
   */
  static @Nullable Cue retelling(Tokens tokens, List<Cue> cues, Cue act) {
    int j = tokens.indexAt(act.start()) - 1;
    while (j >= 0 && isPerfectFiller(tokens.get(j).lower())) {
      j--;
    }
    if (j < 0 || !tokens.get(j).lower().equals("had")) {
      return null;
    }
    for (Cue cue : cues) {
      if (cue.kind() != Cue.Kind.REPORTING
          || (cue.end() > act.start() && cue.start() < act.end())) {
        continue;
      }
      int before = tokens.indexAt(cue.start()) - 1;
      if (before >= 0 && tokens.get(before).lower().equals("had")) {
        continue;
      }
      return cue;
    }
    return null;
  }

  /** Past forms of irregular verbs that report or tell an act ("said", "met", "gave"). */
  private static final WordSet IRREGULAR_PASTS =
      WordSet.of(
          "said", "told", "met", "held", "made", "gave", "sent", "took", "spoke", "wrote", "came",
          "went", "left", "struck", "sought", "won", "brought", "threw", "broke", "stood", "set",
          "laid", "drew", "rose", "fell", "kept", "put", "saw", "heard", "began", "got");

  /** Words before a verb that make it no simple past: an auxiliary, a modal, "to". */
  private static final WordSet NOT_SIMPLE_PAST =
      WordSet.of(
          "had", "has", "have", "having", "will", "would", "shall", "should", "can", "could", "may",
          "might", "must", "to", "be", "been", "being", "is", "are", "am", "does", "do");

  /**
   * Words that put a sentence's event at another time than the story's day: "two years ago",
   * "previously", "earlier", "since".
   */
  private static final WordSet ANOTHER_TIME =
      WordSet.of("ago", "previously", "formerly", "earlier", "since", "before");

  /**
   * Whether the act is told in the simple past on no other time than the story's: its reporting
   * verb, else the act's own verb, is a past form not after an auxiliary ("said", "rejected",
   * "met"; not "has rejected", "will meet", "had said", "says"), and no word sets it at another
   * time ("two years ago", "earlier", "since"). Such a sentence, undated, goes on with the story
   * its lead dated.
   */
  static boolean toldInSimplePast(Tokens tokens, List<Cue> cues, Cue act) {
    int at = tokens.indexAt(tenseBearer(cues, act).start());
    if (at >= tokens.size()) {
      return false;
    }
    return isPast(tokens.get(at)) && (at == 0 || !NOT_SIMPLE_PAST.contains(tokens.get(at - 1)));
  }

  /** The verb whose form tells the act's tense: the sentence's reporting verb, else the act's. */
  private static Cue tenseBearer(List<Cue> cues, Cue act) {
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.REPORTING) {
        return cue;
      }
    }
    return act;
  }

  /** Whether a word is a past form: an irregular past ("said", "met") or a word in "-ed". */
  private static boolean isPast(Tokens.Token token) {
    String word = token.lower();
    return IRREGULAR_PASTS.contains(token) || (word.length() > 4 && word.endsWith("ed"));
  }

  /** Words before a verb that tell it in the future: "will insist", "shall sign". */
  private static final WordSet FUTURE_BEFORE = WordSet.of("will", "shall", "ll");

  /** Pronouns by which a speaker tells its own act as it does it: "I reject", "we insist". */
  private static final WordSet SPEAKERS_NOW = WordSet.of("i", "we");

  /**
   * Whether the act is told as done at the time of writing or later: its reporting verb, else the
   * act's own verb, comes after "will" or "shall" ("we will insist"), perhaps with "not" or an
   * adverb between, or right after "I" or "we" in the present ("I reject that", "we insist"). A
   * column or an interview tells such acts on the day it is written, not on a day its story told.
   */
  static boolean toldAsNowOrLater(Tokens tokens, List<Cue> cues, Cue act) {
    int at = tokens.indexAt(tenseBearer(cues, act).start());
    int j = at - 1;
    if (j >= 0 && SPEAKERS_NOW.contains(tokens.get(j))) {
      return at < tokens.size() && !isPast(tokens.get(at)); // "we made" told the past
    }
    while (j >= 0 && isPerfectFiller(tokens.get(j).lower())) {
      j--;
    }
    return j >= 0 && FUTURE_BEFORE.contains(tokens.get(j));
  }

  /**
   * Whether a word of the sentence puts its event at another time than the story's day ("two years
   * ago", "earlier", "since").
   */
  static boolean toldAtAnotherTime(Tokens tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (ANOTHER_TIME.contains(tokens.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPerfectFiller(String word) {
    return PERFECT_FILLERS.contains(word) || (word.length() > 4 && word.endsWith("ly"));
  }

  private static boolean isVerbForm(String word) {
    return word.length() > 4 && word.endsWith("ed") || English.IRREGULAR_PARTICIPLES.contains(word);
  }

  private static boolean insideCue(Tokens.Token t, List<Cue> cues, Cue act) {
    if (act.start() <= t.start() && t.end() <= act.end()) {
      return true;
    }
    for (Cue cue : cues) {
      if ((cue.kind() == Cue.Kind.REPORTING || cue.kind() == Cue.Kind.ACT)
          && cue.start() <= t.start()
          && t.end() <= cue.end()) {
        return true;
      }
    }
    return false;
  }
}
