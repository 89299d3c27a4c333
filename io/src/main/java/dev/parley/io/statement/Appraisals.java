package dev.parley.io.statement;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Iterables;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Appraisal of an agreement, a proposal or a decision told in the passive or in a figure, where no
 * verb of accepting or rejecting has the appraiser for its subject: "the accord was greeted with
 * relief in Dorn", "the offer was praised by the union", "the ruling drew condemnation from the
 * growers" (the appraiser named by "by", "from" or "in"); "said the deal paves the way for lower
 * tariffs" (the teller's acceptance); "spoke of a capitulation" (the speaker's rejection).
 */
final class Appraisals {
  /** Nouns of what is appraised: an agreement, a proposal, a decision. */
  private static final WordSet APPRAISED =
      WordSet.of(
          "agreement",
          "agreements",
          "deal",
          "deals",
          "accord",
          "accords",
          "treaty",
          "pact",
          "truce",
          "ceasefire",
          "cease-fire",
          "settlement",
          "compromise",
          "breakthrough",
          "offer",
          "proposal",
          "proposals",
          "plan",
          "package",
          "framework",
          "initiative",
          "draft",
          "decision",
          "ruling",
          "verdict",
          "memorandum");

  /** Participles that take the feeling with "with": "was greeted with relief". */
  private static final WordSet WITH_PARTICIPLES =
      WordSet.of("greeted", "received", "met", "welcomed", "hailed");

  /** Participles of praise, whose agent follows "by": "was praised by the union". */
  private static final WordSet PRAISED_BY =
      WordSet.of("welcomed", "hailed", "praised", "applauded", "lauded", "commended");

  /** Participles of condemnation, whose agent follows "by": "was condemned by the growers". */
  private static final WordSet CONDEMNED_BY =
      WordSet.of(
          "condemned",
          "criticised",
          "criticized",
          "denounced",
          "slammed",
          "decried",
          "deplored",
          "lambasted");

  /** Verbs of drawing a response from someone: "drew condemnation from", "met with anger from". */
  private static final WordSet DRAWING =
      WordSet.of(
          "drew",
          "draws",
          "drawn",
          "drawing",
          "sparked",
          "sparks",
          "provoked",
          "provokes",
          "prompted",
          "prompts",
          "triggered",
          "triggers",
          "earned",
          "earns",
          "won",
          "wins",
          "attracted",
          "attracts",
          "met");

  /** Feelings and responses that welcome what is appraised. */
  private static final WordSet WELCOMING =
      WordSet.of(
          "relief",
          "satisfaction",
          "joy",
          "delight",
          "enthusiasm",
          "applause",
          "approval",
          "praise",
          "cheers",
          "acclaim",
          "optimism",
          "jubilation",
          "gratitude");

  /** Feelings and responses that condemn what is appraised. */
  private static final WordSet CONDEMNING =
      WordSet.of(
          "anger",
          "dismay",
          "outrage",
          "condemnation",
          "criticism",
          "scepticism",
          "skepticism",
          "hostility",
          "protest",
          "protests",
          "disappointment",
          "fury",
          "derision",
          "contempt",
          "indignation",
          "disapproval",
          "scorn",
          "consternation",
          "opposition");

  /** Words that may stand between "with" or a verb of drawing and the feeling: "a mix of". */
  private static final WordSet BEFORE_FEELING =
      WordSet.of(
          "a",
          "an",
          "mix",
          "mixture",
          "of",
          "great",
          "deep",
          "cautious",
          "considerable",
          "widespread",
          "sharp",
          "swift",
          "strong",
          "fierce",
          "broad",
          "general",
          "some",
          "much",
          "immediate",
          "angry",
          "loud",
          "heavy");

  /** Words between a form of "be" and the participle: "was widely greeted", "was not met". */
  private static final WordSet BEFORE_PARTICIPLE =
      WordSet.of(
          "not", "widely", "warmly", "broadly", "largely", "generally", "also", "quickly", "been");

  /** Forms of "be" before a passive participle. */
  private static final WordSet BE = WordSet.of("is", "are", "was", "were", "be", "been");

  /** Verbs of opening the way: "paves the way for", "opens the door to". */
  private static final WordSet OPENING =
      WordSet.of(
          "pave", "paves", "paved", "paving", "open", "opens", "opened", "clear", "clears",
          "cleared");

  /** Verbs of speaking before "of" and a figure: "spoke of a capitulation". */
  private static final WordSet SPEAKING_OF = WordSet.of("spoke", "speaks", "speak", "speaking");

  /** Figures that condemn an agreement or a proposal as they name it. */
  private static final WordSet CONDEMNING_FIGURES =
      WordSet.of(
          "capitulation",
          "betrayal",
          "surrender",
          "humiliation",
          "sell-out",
          "sellout",
          "disgrace",
          "blackmail",
          "farce",
          "sham",
          "diktat");

  /** Words between "spoke of" and its figure: "a national", "an outright". */
  private static final WordSet BEFORE_FIGURE =
      WordSet.of(
          "a",
          "an",
          "the",
          "national",
          "total",
          "outright",
          "shameful",
          "historic",
          "real",
          "complete");

  /** The words the rules need, to look for in a sentence's text before it is read. */
  private static final FoldedWords WORDS =
      new FoldedWords(
          Iterables.filter(
              Iterables.concat(
                  WELCOMING,
                  CONDEMNING,
                  PRAISED_BY,
                  CONDEMNED_BY,
                  CONDEMNING_FIGURES,
                  ImmutableSet.of(
                      "pave", "paves", "paved", "paving", "open", "opens", "opened", "clear",
                      "clears", "cleared")),
              w -> w.length() >= FoldedWords.KEY_CHARS));

  /**
   * How many tokens the subject's noun may stand before its verb: "the accord signed on Monday".
   */
  private static final int SUBJECT_REACH = 4;

  /** How many words may stand before the feeling or the figure. */
  private static final int FEELING_REACH = 4;

  /** How many tokens the agent may stand after "by", "from" or "in". */
  private static final int AGENT_REACH = 3;

  /**
   * An appraisal: its cue, from the verb to the feeling or figure, and the appraiser when the
   * sentence names it by "by", "from" or "in" (null when the speaker is found as for any act).
   */
  record Appraisal(Cue cue, @Nullable Mention appraiser) {}

  private Appraisals() {}

  /** A cheap test on a sentence's text before it is read: whether it may hold an appraisal. */
  static boolean mayFind(Tokens tokens) {
    return tokens.mayHoldAny(WORDS);
  }

  /** The appraisals of a sentence. */
  static List<Appraisal> find(Tokens tokens, List<Mention> mentions, List<Cue> cues) {
    List<Appraisal> found = new ArrayList<>();
    for (int i = 1; i < tokens.size(); i++) {
      Tokens.Token token = tokens.get(i);
      String w = token.lower();
      if (BE.contains(token)) {
        passive(tokens, mentions, cues, i, found);
      } else if (DRAWING.contains(token) && hasSubject(tokens, cues, i)) {
        drawn(tokens, mentions, i, found);
      } else if (OPENING.contains(token) && opensTheWay(tokens, i) && hasSubject(tokens, cues, i)) {
        if (hasReporting(cues)) {
          found.add(new Appraisal(cue(tokens, Act.ACCEPT, i, i + 2), null));
        }
      } else if (SPEAKING_OF.contains(token) && i + 1 < tokens.size()) {
        spokenOf(tokens, i, found);
      }
    }
    return found;
  }

  /** "the accord was greeted with relief in Dorn", "the offer was praised by the union". */
  private static void passive(
      Tokens tokens, List<Mention> mentions, List<Cue> cues, int be, List<Appraisal> found) {
    if (!hasSubject(tokens, cues, be + 1)) {
      return;
    }
    int j = be + 1;
    while (j < tokens.size() && BEFORE_PARTICIPLE.contains(tokens.get(j))) {
      j++;
    }
    if (j + 1 >= tokens.size()) {
      return;
    }
    String participle = tokens.get(j).lower();
    String next = tokens.get(j + 1).lower();
    if (next.equals("by")
        && (PRAISED_BY.contains(tokens.get(j)) || CONDEMNED_BY.contains(tokens.get(j)))) {
      Mention agent = entityAfter(tokens, mentions, j + 1);
      if (agent != null) {
        Act act = PRAISED_BY.contains(tokens.get(j)) ? Act.ACCEPT : Act.REJECT;
        found.add(new Appraisal(cue(tokens, act, j, j), agent));
      }
      return;
    }
    if (!next.equals("with") || !WITH_PARTICIPLES.contains(tokens.get(j))) {
      return;
    }
    int feeling = feelingAfter(tokens, j + 1);
    if (feeling < 0) {
      return;
    }
    Mention agent = agentAfter(tokens, mentions, feeling);
    if (agent == null) {
      agent = openingPlace(tokens, mentions);
    }
    if (agent != null) {
      found.add(new Appraisal(cue(tokens, actOf(tokens, feeling), j, feeling), agent));
    }
  }

  /** "the ruling drew condemnation from the growers", "the deal met with anger in Sallo". */
  private static void drawn(
      Tokens tokens, List<Mention> mentions, int verb, List<Appraisal> found) {
    int from = verb;
    if (verb + 1 < tokens.size() && tokens.get(verb + 1).lower().equals("with")) {
      from = verb + 1;
    } else if (tokens.get(verb).lower().equals("met")) {
      return;
    }
    int feeling = feelingAfter(tokens, from);
    if (feeling < 0) {
      return;
    }
    Mention agent = agentAfter(tokens, mentions, feeling);
    if (agent != null) {
      found.add(new Appraisal(cue(tokens, actOf(tokens, feeling), verb, feeling), agent));
    }
  }

  /** "spoke of a capitulation": the speaker's rejection. */
  private static void spokenOf(Tokens tokens, int verb, List<Appraisal> found) {
    if (!tokens.get(verb + 1).lower().equals("of")) {
      return;
    }
    for (int j = verb + 2; j < Math.min(tokens.size(), verb + 3 + FEELING_REACH); j++) {
      Tokens.Token token = tokens.get(j);
      String w = token.lower();
      if (CONDEMNING_FIGURES.contains(token)) {
        found.add(new Appraisal(cue(tokens, Act.REJECT, verb, j), null));
        return;
      }
      if (!BEFORE_FIGURE.contains(token)) {
        return;
      }
    }
  }

  /** Whether "the way" or "the door" follows the verb at {@code verb}: "paves the way". */
  private static boolean opensTheWay(Tokens tokens, int verb) {
    if (verb + 2 >= tokens.size() || !tokens.get(verb + 1).lower().equals("the")) {
      return false;
    }
    String way = tokens.get(verb + 2).lower();
    return way.equals("way") || way.equals("door");
  }

  /**
   * Whether the verb at {@code verb} has for its subject a noun of what is appraised, or an item or
   * a document of the case, at most {@link #SUBJECT_REACH} tokens before it (auxiliaries and
   * adverbs aside) with no punctuation between: "the accord", "the tariff deal signed on Monday".
   */
  private static boolean hasSubject(Tokens tokens, List<Cue> cues, int verb) {
    int j = verb - 1;
    while (j >= 0
        && (Attribution.isAuxiliaryOrAdverb(tokens.get(j)) || isQuote(tokens.get(j).text()))) {
      // said the accord "opens the way": the quote opens at the verb.
      j--;
    }
    for (int k = j; k >= Math.max(0, j - SUBJECT_REACH); k--) {
      Tokens.Token t = tokens.get(k);
      if (!t.isWord()) {
        return false;
      }
      if (APPRAISED.contains(t) || isItemOrDocument(cues, t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isQuote(String mark) {
    return mark.equals("\"") || mark.equals("\u201c") || mark.equals("\u201d");
  }

  private static boolean isItemOrDocument(List<Cue> cues, Tokens.Token t) {
    for (Cue cue : cues) {
      if ((cue.kind() == Cue.Kind.ITEM || cue.kind() == Cue.Kind.DOCUMENT)
          && cue.start() <= t.start()
          && t.end() <= cue.end()) {
        return true;
      }
    }
    return false;
  }

  /** The feeling at most {@link #FEELING_REACH} words after {@code at}, or -1. */
  private static int feelingAfter(Tokens tokens, int at) {
    for (int j = at + 1; j < Math.min(tokens.size(), at + 2 + FEELING_REACH); j++) {
      Tokens.Token token = tokens.get(j);
      String w = token.lower();
      if (WELCOMING.contains(token) || CONDEMNING.contains(token)) {
        return j;
      }
      if (!BEFORE_FEELING.contains(token)) {
        return -1;
      }
    }
    return -1;
  }

  private static Act actOf(Tokens tokens, int feeling) {
    return WELCOMING.contains(tokens.get(feeling)) ? Act.ACCEPT : Act.REJECT;
  }

  /**
   * The appraiser named after the feeling: "by", "from", "in" or "among" right after it, or after
   * "and" and a second feeling ("with relief and satisfaction in Dorn"), then a known party or
   * actor.
   */
  private static @Nullable Mention agentAfter(Tokens tokens, List<Mention> mentions, int feeling) {
    int j = feeling + 1;
    if (j + 1 < tokens.size()
        && tokens.get(j).lower().equals("and")
        && (WELCOMING.contains(tokens.get(j + 1)) || CONDEMNING.contains(tokens.get(j + 1)))) {
      j += 2;
    }
    if (j >= tokens.size()) {
      return null;
    }
    String w = tokens.get(j).lower();
    if (!w.equals("by") && !w.equals("from") && !w.equals("in") && !w.equals("among")) {
      return null;
    }
    return entityAfter(tokens, mentions, j);
  }

  /** The known party or actor that opens at most {@link #AGENT_REACH} tokens after {@code at}. */
  private static @Nullable Mention entityAfter(Tokens tokens, List<Mention> mentions, int at) {
    int from = tokens.get(at).end();
    for (Mention m : mentions) {
      if (m.start() >= from) {
        int gap = tokens.indexAt(m.start()) - at - 1;
        return gap < AGENT_REACH
                && m.isEntity()
                && m.party().isPresent()
                && !Reception.punctuationBetween(tokens, at, m)
            ? m
            : null;
      }
    }
    return null;
  }

  /**
   * A place the sentence opens with ("In Dorn the accord was greeted ..."), standing for its side.
   */
  private static @Nullable Mention openingPlace(Tokens tokens, List<Mention> mentions) {
    int first = Math.max(0, tokens.indexAt(Mentions.datelineEnd(tokens)));
    if (first >= tokens.size() || !tokens.get(first).lower().equals("in")) {
      return null;
    }
    return entityAfter(tokens, mentions, first);
  }

  private static boolean hasReporting(List<Cue> cues) {
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.REPORTING) {
        return true;
      }
    }
    return false;
  }

  private static Cue cue(Tokens tokens, Act act, int first, int last) {
    return new Cue(Cue.Kind.ACT, act.id(), tokens.get(first).start(), tokens.get(last).end());
  }
}
