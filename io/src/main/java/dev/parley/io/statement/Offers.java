package dev.parley.io.statement;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Offers a party makes of its own course of action told with no act word of their own: a readiness
 * after a form of "be" ("Kim had been willing to dismantle the site", "Moscow is prepared to
 * withdraw troops") and a promise with a clause of what the promiser will do ("Kim promised him he
 * would not resume testing"). Each is a proposal by the subject of its verb; the infinitive's or
 * clause's object names what is offered; a readiness to go back to talks is a discussion.
 */
final class Offers {
  /** Forms of "be" before an adjective of readiness. */
  private static final WordSet BE =
      WordSet.of("is", "are", "was", "were", "be", "been", "being", "remains", "remained");

  /** Adjectives of readiness, which with "to" and a verb offer what the verb does. */
  private static final WordSet READY = WordSet.of("willing", "ready", "prepared");

  /** Forms of the verbs of promising that take a clause ("promised him he would ..."). */
  private static final WordSet PROMISING =
      WordSet.of("promise", "promises", "promised", "pledged", "vowed", "vows");

  /** Modals of the promised clause: what the promiser will or would do. */
  private static final WordSet WILL = WordSet.of("will", "would", "won't");

  /** Subjects of a clause with no "that" ("promised him he would ..."). */
  private static final WordSet SUBJECTS = WordSet.of("he", "she", "it", "they", "we", "i");

  /** Object pronouns the promise may be made to, before its clause. */
  private static final WordSet OBJECTS = WordSet.of("him", "her", "them", "us", "me", "you");

  /** Nouns of talks: a readiness to go back to them is an openness to discuss, not an offer. */
  private static final WordSet TALKS =
      WordSet.of("talks", "negotiations", "dialogue", "table", "bargaining", "negotiating");

  /** The words an offer is found at: a sentence holding none of them makes none. */
  private static final FoldedWords TRIGGERS = new FoldedWords(Iterables.concat(READY, PROMISING));

  /** How many words after the infinitive's verb what is offered may be named. */
  private static final int OBJECT_REACH = 8;

  private Offers() {}

  /**
   * The proposal cues of the sentence's offers: from the adjective of readiness to the verb of its
   * infinitive, when a form of "be" stands right before the adjective (adverbs and "not" aside),
   * the verb is no act cue of its own ("ready to discuss" is a discussion, read elsewhere) and an
   * item is named after it before any punctuation ("willing to dismantle the Yongbyon complex");
   * and the verb of a promise whose clause opens, after at most an object pronoun and "that", with
   * a subject and "will" or "would" ("promised him he would not resume testing"). "said it was
   * ready" with no infinitive, "is ready for talks" and "promised to" (a cue of the lexicon) give
   * none.
   */
  static List<Cue> find(Tokens tokens, List<Cue> cues) {
    if (!tokens.mayHoldAny(TRIGGERS)) {
      return ImmutableList.of();
    }
    List<Cue> found = new ArrayList<>();
    for (int i = 1; i + 2 < tokens.size(); i++) {
      Tokens.Token token = tokens.get(i);
      String w = token.lower();
      if (READY.contains(token)) {
        readiness(tokens, cues, i).ifPresent(found::add);
      } else if (PROMISING.contains(token)) {
        promise(tokens, i).ifPresent(found::add);
      }
    }
    return found;
  }

  private static Optional<Cue> readiness(Tokens tokens, List<Cue> cues, int i) {
    int b = i - 1;
    while (b > 0 && Attribution.isAuxiliaryOrAdverb(tokens.get(b)) && !BE.contains(tokens.get(b))) {
      b--;
    }
    if (!BE.contains(tokens.get(b)) || !tokens.get(i + 1).lower().equals("to")) {
      return Optional.empty();
    }
    Tokens.Token verb = tokens.get(i + 2);
    if (!verb.isWord() || Cue.anyHolds(cues, Cue.Kind.ACT, verb)) {
      return Optional.empty();
    }
    boolean item = false;
    boolean talks = false;
    for (int k = i + 2; k < Math.min(tokens.size(), i + 3 + OBJECT_REACH); k++) {
      Tokens.Token t = tokens.get(k);
      if (!t.isWord()) {
        break;
      }
      if (Cue.anyHolds(cues, Cue.Kind.ACT, t)) {
        // "ready to resume talks": the act named in the infinitive is read as that act.
        return Optional.empty();
      }
      item |= Cue.anyHolds(cues, Cue.Kind.ITEM, t);
      talks |= TALKS.contains(t);
    }
    // "ready to resume talks", where the case names the talks as an item: an openness to talk.
    Act act = talks ? Act.DISCUSS : Act.PROPOSE;
    return item
        ? Optional.of(new Cue(Cue.Kind.ACT, act.id(), tokens.get(i).start(), verb.end()))
        : Optional.empty();
  }

  private static Optional<Cue> promise(Tokens tokens, int i) {
    int k = i + 1;
    if (OBJECTS.contains(tokens.get(k))) {
      k++;
    }
    if (k < tokens.size() && tokens.get(k).lower().equals("that")) {
      k++;
    }
    if (k + 1 < tokens.size()
        && SUBJECTS.contains(tokens.get(k))
        && WILL.contains(tokens.get(k + 1))) {
      Tokens.Token verb = tokens.get(i);
      return Optional.of(new Cue(Cue.Kind.ACT, Act.PROPOSE.id(), verb.start(), verb.end()));
    }
    return Optional.empty();
  }
}
