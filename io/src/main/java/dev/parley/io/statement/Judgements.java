package dev.parley.io.statement;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Iterables;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.List;

/**
 * Judgements by naming: "Moscow called the response unacceptable", "Beijing considered the offer
 * one-sided", "she described the proposal as an insult". A verb of calling or regarding whose
 * object is given a negative evaluation is the subject's rejection of that object, whatever act the
 * object itself names: the object ("the response", "the offer") is a thing judged, not an act. One
 * that finds its object enough ("regards the assurances as adequate") accepts it. A judgement may
 * also be told with a copula: "said the offer was an insult", "the agreement is a victory".
 */
final class Judgements {
  /** Verbs that give their object a name or a quality: "called X Y", "deemed X Y". */
  private static final WordSet NAMING_VERBS =
      WordSet.of(
          "call",
          "calls",
          "called",
          "calling",
          "consider",
          "considers",
          "considered",
          "considering",
          "deem",
          "deems",
          "deemed",
          "brand",
          "branded",
          "branding",
          "label",
          "labelled",
          "labeled",
          "labelling",
          "labeling",
          "term",
          "terms",
          "termed",
          "terming",
          "dub",
          "dubs",
          "dubbed");

  /** Verbs that need "as" before the quality: "described X as Y", "regarded X as Y". */
  private static final WordSet AS_VERBS =
      WordSet.of(
          "describe",
          "describes",
          "described",
          "describing",
          "regard",
          "regards",
          "regarded",
          "regarding",
          "view",
          "views",
          "viewed",
          "viewing",
          "see",
          "sees",
          "saw",
          "qualify",
          "qualifies",
          "qualified",
          "characterise",
          "characterises",
          "characterised",
          "characterize",
          "characterizes",
          "characterized");

  /** Words that follow a naming verb as a particle, making another verb ("called on", "for"). */
  private static final WordSet PARTICLES =
      WordSet.of("on", "upon", "for", "off", "in", "up", "back", "out", "that", "to");

  /** Words that end the object and the evaluation: a new clause or sentence part. */
  private static final WordSet STOPS =
      WordSet.of(";", ":", "that", "which", "who", "but", "because", "while", "although");

  /** Negative evaluations of a proposal, an answer or a move. */
  static final WordSet NEGATIVE =
      WordSet.of(
          "unacceptable",
          "unsatisfactory",
          "unconstructive",
          "destructive",
          "one-sided",
          "unfair",
          "unjust",
          "unbalanced",
          "unrealistic",
          "unworkable",
          "inadequate",
          "insufficient",
          "disappointing",
          "insulting",
          "insult",
          "absurd",
          "ridiculous",
          "provocative",
          "provocation",
          "cynical",
          "hypocritical",
          "arrogant",
          "disrespect",
          "disrespectful",
          "impolite",
          "impoliteness",
          "meaningless",
          "worthless",
          "useless",
          "farce",
          "sham",
          "nonsense",
          "non-starter",
          "nonstarter",
          "irresponsible",
          "humiliating",
          "unserious",
          "betrayal",
          "ransom",
          "blackmail",
          "capitulation",
          "disgrace",
          "disgraceful",
          "outrageous",
          "mistake",
          "irrelevant",
          "senseless",
          "wrong",
          "unjustified",
          "unjustifiable",
          "regrettable",
          "deplorable",
          "shameful",
          "scandalous",
          "stab");

  /**
   * Evaluations that find a proposal, an answer or an assurance enough: finding it so accepts it.
   * Praise of talks ("useful", "constructive") accepts nothing and is not here.
   */
  static final WordSet SUFFICIENT =
      WordSet.of("adequate", "sufficient", "satisfactory", "acceptable");

  /**
   * Praise that accepts a proposal it is given ("called the offer good news", "described the deal
   * as historic"); of talks or people it accepts nothing. "news" counts after "good", "forward"
   * after "step", and "step" before "forward" or "towards" or after a word of size or need ("a big
   * step", "a necessary step").
   */
  static final WordSet POSITIVE =
      WordSet.of(
          "breakthrough",
          "victory",
          "historic",
          "important",
          "step",
          "fair",
          "reasonable",
          "realistic",
          "excellent",
          "encouraging",
          "positive",
          "news",
          "forward");

  /**
   * Nouns of a proposal that praise can accept: "the offer", "the deal"; a decision or a move that
   * grants or settles something is judged as one ("called the decision a victory").
   */
  private static final WordSet PROPOSALS =
      WordSet.of(
          "offer",
          "offers",
          "proposal",
          "proposals",
          "demands",
          "deal",
          "deals",
          "agreement",
          "agreements",
          "plan",
          "plans",
          "package",
          "compromise",
          "counteroffer",
          "counter-offer",
          "counterproposal",
          "initiative",
          "draft",
          "accord",
          "settlement",
          "decision",
          "decisions",
          "move");

  /** Words before "step" that make it praise: "a big step", "a necessary step". */
  private static final ImmutableSet<String> STEP_SIZES =
      ImmutableSet.of(
          "big",
          "major",
          "huge",
          "giant",
          "great",
          "important",
          "significant",
          "crucial",
          "decisive",
          "key",
          "necessary",
          "positive",
          "good",
          "first",
          "historic");

  /** Words after "step" that make it praise: "a step forward", "a step towards peace". */
  private static final WordSet STEP_DIRECTIONS =
      WordSet.of("forward", "towards", "toward", "ahead");

  /** Praise written as two words, whose second word is in {@link #POSITIVE}. */
  private static final ImmutableSet<String> TWO_WORD_PRAISE =
      ImmutableSet.of("good news", "step forward");

  /** The evaluations, to look for in a sentence's text. */
  private static final FoldedWords EVALUATIONS =
      new FoldedWords(
          Iterables.concat(
              NEGATIVE,
              SUFFICIENT,
              Sets.difference(POSITIVE, ImmutableSet.of("news", "forward")),
              TWO_WORD_PRAISE));

  /** How many words the object and its evaluation may take after the verb. */
  private static final int REACH = 16;

  /**
   * Whether the word at {@code j} praises ({@link #POSITIVE}) an object, between the verb at {@code
   * verb} and it, that names a proposal: "called the offer good news", not "called the talks
   * positive".
   */
  private static boolean isPraiseOfAProposal(Tokens tokens, int verb, int j) {
    if (!isPraise(tokens, j)) {
      return false;
    }
    for (int k = verb + 1; k < j; k++) {
      if (PROPOSALS.contains(tokens.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word at {@code j} is praise ({@link #POSITIVE}) where it stands: "news" after
   * "good", "forward" after "step", "step" after a word of size or need or before a direction.
   */
  private static boolean isPraise(Tokens tokens, int j) {
    String v = tokens.get(j).lower();
    String before = j > 0 ? tokens.get(j - 1).lower() : "";
    return switch (v) {
      case "news" -> before.equals("good");
      case "forward" -> before.equals("step");
      case "step" ->
          STEP_SIZES.contains(before)
              || (j + 1 < tokens.size()
                  && STEP_DIRECTIONS.contains(tokens.get(j + 1))
                  && !before.equals("step"));
      default -> POSITIVE.contains(tokens.get(j));
    };
  }

  /**
   * Forms of "be" that give a proposal noun before them its evaluation ("the offer was an insult");
   * "be" itself after a modal ("could be a breakthrough").
   */
  private static final WordSet COPULAS =
      WordSet.of("is", "are", "was", "were", "be", "remains", "remained");

  /** Words that may stand between a copula and its evaluation: "is not", "was just", "a real". */
  private static final WordSet BEFORE_EVALUATION =
      WordSet.of(
          "a",
          "an",
          "not",
          "no",
          "just",
          "very",
          "really",
          "truly",
          "quite",
          "simply",
          "entirely",
          "wholly",
          "totally",
          "completely",
          "clearly",
          "still",
          "real",
          "genuine",
          "major",
          "big",
          "great",
          "good",
          "important",
          "significant",
          "deeply",
          "nothing",
          "less",
          "than");

  /** How many words the noun phrase of a copular judgement may take after its proposal noun. */
  private static final int NOUN_PHRASE_TAIL = 6;

  /**
   * A verb that judges, and the evaluation it gives its object: the object is the text from {@code
   * objectStart} to {@code evaluationEnd}. In "called the offer unfair" the verb is "called"; in
   * "the offer was unfair" the verb is the evaluation itself, whose subject is the object.
   */
  record Judgement(Cue verb, int objectStart, int evaluationEnd) {
    /** Whether the judgement is told with a copula, its object before its verb. */
    boolean isCopular() {
      return objectStart < verb.start();
    }
  }

  private Judgements() {}

  /** A cheap test on a sentence's text before it is tokenized: whether it may hold a judgement. */
  static boolean mayJudge(Tokens tokens) {
    return tokens.mayHoldAnyInLowerCase(EVALUATIONS);
  }

  /** The judgements of a sentence, each as a reject or accept cue on its verb. */
  static List<Judgement> find(Tokens tokens) {
    List<Judgement> found = new ArrayList<>();
    findCopular(tokens, found);
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).lower();
      boolean naming = NAMING_VERBS.contains(tokens.get(i));
      if (!naming && !AS_VERBS.contains(tokens.get(i))) {
        continue;
      }
      if (i > 0 && Grammar.PASSIVE_AUXILIARIES.contains(tokens.get(i - 1))) {
        continue;
      }
      if (i + 1 < tokens.size() && PARTICLES.contains(tokens.get(i + 1))) {
        continue;
      }
      boolean as = naming;
      for (int j = i + 2; j < Math.min(tokens.size(), i + 2 + REACH); j++) {
        String v = tokens.get(j).lower();
        if (STOPS.contains(tokens.get(j)) || v.equals(".")) {
          break;
        }
        if (v.equals("as")) {
          as = true;
        } else if (as
            && (NEGATIVE.contains(tokens.get(j))
                || SUFFICIENT.contains(tokens.get(j))
                || isPraiseOfAProposal(tokens, i, j))) {
          Tokens.Token verb = tokens.get(i);
          Act act = NEGATIVE.contains(tokens.get(j)) ? Act.REJECT : Act.ACCEPT;
          found.add(
              new Judgement(
                  new Cue(Cue.Kind.ACT, act.id(), verb.start(), verb.end()),
                  verb.end(),
                  tokens.get(j).end()));
          break;
        }
      }
    }
    return found;
  }

  /**
   * Adds the judgements told with a copula: a proposal noun after a determiner or a possessive, at
   * most six words of its own phrase, a form of "be" and, after at most three words of degree or
   * article ("was just not", "is a real"), an evaluation: "said the offer was an insult", "the
   * agreement is a victory", "the demands were not reasonable". The cue runs from the copula to the
   * evaluation; a "not" inside it turns praise into rejection, and one before it ("would not be
   * sufficient") negates it as any act. "the talks were positive" (no proposal) is none.
   */
  private static void findCopular(Tokens tokens, List<Judgement> found) {
    for (int n = 1; n < tokens.size(); n++) {
      if (!PROPOSALS.contains(tokens.get(n)) || !isDetermined(tokens, n)) {
        continue;
      }
      int copula = copulaAfter(tokens, n);
      if (copula < 0) {
        continue;
      }
      int j = copula + 1;
      int words = 0;
      while (j < tokens.size()
          && (!tokens.get(j).isWord()
              ? isQuote(tokens.get(j).text())
              : BEFORE_EVALUATION.contains(tokens.get(j)) && words++ < 3)) {
        j++;
      }
      if (j >= tokens.size()) {
        continue;
      }
      String v = tokens.get(j).lower();
      boolean praise = isPraise(tokens, j);
      boolean negated = false;
      for (int k = copula + 1; k < j; k++) {
        String w = tokens.get(k).lower();
        negated |= w.equals("not") || w.equals("no");
      }
      Act act;
      if (NEGATIVE.contains(tokens.get(j))) {
        if (negated) {
          // "was not unfair": faint praise, no stance.
          continue;
        }
        act = Act.REJECT;
      } else if (praise || SUFFICIENT.contains(tokens.get(j))) {
        act = negated ? Act.REJECT : Act.ACCEPT;
      } else {
        continue;
      }
      found.add(
          new Judgement(
              new Cue(Cue.Kind.ACT, act.id(), tokens.get(copula).start(), tokens.get(j).end()),
              tokens.get(n).start(),
              tokens.get(j).end()));
    }
  }

  /**
   * Whether the noun at {@code n} opens its phrase with a determiner or a possessive, at most two
   * modifiers between: "the offer", "the union's latest offer", not "in offer".
   */
  private static boolean isDetermined(Tokens tokens, int n) {
    for (int k = n - 1; k >= Math.max(0, n - 3); k--) {
      String w = tokens.get(k).lower();
      if (English.DETERMINERS.contains(tokens.get(k)) || isPossessive(w)) {
        return true;
      }
      if (!tokens.get(k).isWord()) {
        return false;
      }
    }
    return false;
  }

  /**
   * The copula of the noun at {@code n}: a form of "be", or "be" after a modal, right after it or
   * after a tail of at most {@link #NOUN_PHRASE_TAIL} words that opens with a preposition or a
   * participle ("the demands of the writers were", "the deal signed on Monday is"), with no
   * punctuation or new clause between; -1 if none. A noun before another ("the offer season") is a
   * modifier, not the subject.
   */
  private static int copulaAfter(Tokens tokens, int n) {
    if (n + 1 >= tokens.size()) {
      return -1;
    }
    String first = tokens.get(n + 1).lower();
    boolean tail = English.PREPOSITIONS.contains(tokens.get(n + 1)) || first.endsWith("ed");
    for (int k = n + 1; k < Math.min(tokens.size(), n + 2 + NOUN_PHRASE_TAIL); k++) {
      Tokens.Token t = tokens.get(k);
      String w = t.lower();
      if (!t.isWord() || STOPS.contains(t)) {
        return -1;
      }
      if (COPULAS.contains(t)) {
        return w.equals("be") && !isAfterModal(tokens, k) ? -1 : k;
      }
      if (!tail
          && !(k == n + 1 && Grammar.MODALS.contains(t))
          && !(k == n + 2 && w.equals("not"))) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether a token is a possessive ("union's") or the mark after a plural one ("studios'"). */
  private static boolean isPossessive(String w) {
    return w.endsWith("'s") || w.endsWith("\u2019s") || w.equals("'") || w.equals("\u2019");
  }

  /** Whether "be" at {@code k} follows a modal, perhaps with "not" between: "would not be". */
  private static boolean isAfterModal(Tokens tokens, int k) {
    String before = tokens.get(k - 1).lower();
    return Grammar.MODALS.contains(tokens.get(k - 1))
        || (before.equals("not") && k >= 2 && Grammar.MODALS.contains(tokens.get(k - 2)));
  }

  private static boolean isQuote(String mark) {
    return mark.equals("\"") || mark.equals("\u201c") || mark.equals("\u201d") || mark.equals("'");
  }
}
