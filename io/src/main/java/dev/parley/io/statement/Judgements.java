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
 * that finds its object enough ("regards the assurances as adequate") accepts it.
 */
final class Judgements {
  /** Verbs that give their object a name or a quality: "called X Y", "deemed X Y". */
  private static final ImmutableSet<String> NAMING_VERBS =
      ImmutableSet.of(
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
          "termed",
          "dubbed");

  /** Verbs that need "as" before the quality: "described X as Y", "regarded X as Y". */
  private static final ImmutableSet<String> AS_VERBS =
      ImmutableSet.of(
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
          "saw");

  /** Words that follow a naming verb as a particle, making another verb ("called on", "for"). */
  private static final ImmutableSet<String> PARTICLES =
      ImmutableSet.of("on", "upon", "for", "off", "in", "up", "back", "out", "that", "to");

  /**
   * Forms of "be" and "get" that make the verb a passive, whose judge goes unsaid or comes late.
   */
  private static final ImmutableSet<String> PASSIVE =
      ImmutableSet.of("is", "are", "was", "were", "be", "been", "being", "get", "got", "gets");

  /** Words that end the object and the evaluation: a new clause or sentence part. */
  private static final ImmutableSet<String> STOPS =
      ImmutableSet.of(";", ":", "that", "which", "who", "but", "because", "while", "although");

  /** Negative evaluations of a proposal, an answer or a move. */
  static final ImmutableSet<String> NEGATIVE =
      ImmutableSet.of(
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
          "unserious");

  /**
   * Evaluations that find a proposal, an answer or an assurance enough: finding it so accepts it.
   * Praise of talks ("useful", "constructive") accepts nothing and is not here.
   */
  static final ImmutableSet<String> SUFFICIENT =
      ImmutableSet.of("adequate", "sufficient", "satisfactory", "acceptable");

  /**
   * Praise that accepts a proposal it is given ("called the offer good news", "described the deal
   * as historic"); of talks or people it accepts nothing. "news" counts after "good", "forward"
   * after "step".
   */
  static final ImmutableSet<String> POSITIVE =
      ImmutableSet.of(
          "breakthrough",
          "victory",
          "historic",
          "fair",
          "reasonable",
          "excellent",
          "encouraging",
          "positive",
          "news",
          "forward");

  /** Nouns of a proposal that praise can accept: "the offer", "the deal". */
  private static final ImmutableSet<String> PROPOSALS =
      ImmutableSet.of(
          "offer",
          "offers",
          "proposal",
          "proposals",
          "deal",
          "agreement",
          "plan",
          "package",
          "compromise",
          "counteroffer",
          "counter-offer",
          "counterproposal",
          "initiative",
          "draft",
          "accord",
          "settlement");

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
    String v = tokens.get(j).lower();
    if (!POSITIVE.contains(v)
        || (v.equals("news") && !tokens.get(j - 1).lower().equals("good"))
        || (v.equals("forward") && !tokens.get(j - 1).lower().equals("step"))) {
      return false;
    }
    for (int k = verb + 1; k < j; k++) {
      if (PROPOSALS.contains(tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** A naming verb and the evaluation it gives its object. */
  record Judgement(Cue verb, int evaluationEnd) {}

  private Judgements() {}

  /** A cheap test on a sentence's text before it is tokenized: whether it may hold a judgement. */
  static boolean mayJudge(String sentence) {
    return EVALUATIONS.inLowerCase(sentence);
  }

  /** The judgements of a sentence, each as a reject or accept cue on its verb. */
  static List<Judgement> find(Tokens tokens) {
    List<Judgement> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).lower();
      boolean naming = NAMING_VERBS.contains(w);
      if (!naming && !AS_VERBS.contains(w)) {
        continue;
      }
      if (i > 0 && PASSIVE.contains(tokens.get(i - 1).lower())) {
        continue;
      }
      if (i + 1 < tokens.size() && PARTICLES.contains(tokens.get(i + 1).lower())) {
        continue;
      }
      boolean as = naming;
      for (int j = i + 2; j < Math.min(tokens.size(), i + 2 + REACH); j++) {
        String v = tokens.get(j).lower();
        if (STOPS.contains(v) || v.equals(".")) {
          break;
        }
        if (v.equals("as")) {
          as = true;
        } else if (as
            && (NEGATIVE.contains(v)
                || SUFFICIENT.contains(v)
                || isPraiseOfAProposal(tokens, i, j))) {
          Tokens.Token verb = tokens.get(i);
          Act act = NEGATIVE.contains(v) ? Act.REJECT : Act.ACCEPT;
          found.add(
              new Judgement(
                  new Cue(Cue.Kind.ACT, act.id(), verb.start(), verb.end()), tokens.get(j).end()));
          break;
        }
      }
    }
    return found;
  }
}
