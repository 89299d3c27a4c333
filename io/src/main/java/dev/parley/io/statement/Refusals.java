package dev.parley.io.statement;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * Refusals told with no act word: a party that "will not restore the pension", "would not give
 * Greece a grace period" or "is not extending the contract" refuses what the other side asks. A
 * negated future of a verb that is no act cue, with an item named as its object, is a rejection by
 * the subject; not giving up one's item insists on it, and not using force or going ahead with
 * one's own measure is a commitment. After a demand or a promise it is what is asked or promised
 * instead.
 */
final class Refusals {
  /** Modals of the future or of will, which with "not" or "never" refuse. */
  private static final WordSet WILL = WordSet.of("will", "would");

  /** Negations after the modal. */
  private static final WordSet NOT = WordSet.of("not", "never");

  /** Contracted refusals. */
  private static final WordSet WONT = WordSet.of("won't", "wouldn't");

  /** Verbs of being and having, which say what is, not what the subject refuses to do. */
  private static final WordSet STATIVE =
      WordSet.of(
          "be",
          "become",
          "remain",
          "seem",
          "get",
          "have",
          "need",
          "let",
          "stop",
          "wait",
          "hesitate",
          "rest");

  /**
   * Words of promising or guaranteeing: a negated future after them is what is promised ("promised
   * him he would not resume testing", "a guarantee that NATO won't expand"), not a refusal.
   */
  private static final WordSet PROMISES =
      WordSet.of(
          "promise",
          "promised",
          "promises",
          "pledge",
          "pledged",
          "pledges",
          "vow",
          "vowed",
          "guarantee",
          "guarantees",
          "guaranteed",
          "assurance",
          "assurances",
          "assured",
          "commitment",
          "commitments",
          "undertaking");

  /**
   * Verbs of giving something up: not giving up one's own item holds to it ("would not drop the
   * work requirements"), a demand, as "will not back down" is.
   */
  private static final WordSet GIVING_UP =
      WordSet.of("drop", "abandon", "relinquish", "concede", "surrender", "yield", "forgo");

  /**
   * Verbs of force, or of going ahead with one's own measure: not using it is a commitment to
   * restraint ("would not attack foreign troops", "will not proceed with the bill", "would not
   * impose the tariffs"), an offer, not a refusal.
   */
  private static final WordSet FORCE =
      WordSet.of(
          "attack",
          "strike",
          "invade",
          "target",
          "shell",
          "bomb",
          "fire",
          "escalate",
          "proceed",
          "pursue",
          "impose",
          "enforce");

  /** Forms of "be" that, with "not" and a verb's -ing form, tell what the subject is not doing. */
  private static final WordSet BE =
      WordSet.of("am", "is", "are", "we're", "i'm", "they're", "we’re", "i’m");

  /** Contracted negated forms of "be". */
  private static final WordSet BE_NOT = WordSet.of("isn't", "aren't");

  /**
   * Verbs whose -ing form after a negated "be" tells how things go or what one is, not what the
   * subject refuses to do ("talks are not making progress on wages").
   */
  private static final WordSet PROGRESSIVE_STATIVE =
      WordSet.of(
          "being",
          "having",
          "getting",
          "making",
          "moving",
          "happening",
          "working",
          "looking",
          "waiting",
          "hesitating",
          "expecting",
          "planning",
          "seeing",
          "saying");

  /** How many words after the verb its object may name the item. */
  private static final int OBJECT_REACH = 6;

  /**
   * The modals a refusal is found at: a sentence holding none of them, nor "not" or "n't", makes
   * none. "won't" and "wouldn't" hold "n't", which is looked for on its own.
   */
  private static final FoldedWords MODALS = new FoldedWords(WILL);

  private Refusals() {}

  /**
   * The rejection cues of the sentence's refusals: "will not", "would not", "will never", "won't"
   * (or a negated present or future progressive, "are not extending", "will not be extending", "is
   * not going to extend": {@link #verbAfter}) and a base verb that is neither an act cue nor a verb
   * of being, having or waiting ("would not be made up", "will not wait") nor one of saying ("will
   * not comment on the schedule" withholds words and refuses nothing), with an item named after it
   * before any punctuation and no act cue between ("will not restore the defined-benefit pension").
   * The cue spans from the modal to the verb, so that the negation inside it is part of its
   * meaning.
   */
  static List<Cue> find(Tokens tokens, List<Cue> cues) {
    if (!Cue.anyOfKind(cues, Cue.Kind.ITEM)
        || !(tokens.mayHoldAny(MODALS)
            || tokens.mayHoldIgnoringCase("not")
            || tokens.mayHoldIgnoringCase("n't"))) {
      return ImmutableList.of();
    }
    List<Cue> found = new ArrayList<>();
    for (int i = 0; i + 2 < tokens.size(); i++) {
      int verb = verbAfter(tokens, i);
      if (verb < 0) {
        continue;
      }
      Tokens.Token v = tokens.get(verb);
      if (isPromisedOrDemanded(tokens, cues, i)) {
        continue;
      }
      if (!v.isWord()
          || STATIVE.contains(v)
          || Withholdings.isVerbOfSaying(v.lower())
          || Cue.anyHolds(cues, Cue.Kind.ACT, v)
          || Cue.anyHolds(cues, Cue.Kind.NEGATION, v)
          || Cue.anyHolds(cues, Cue.Kind.MODALITY, v)) {
        continue;
      }
      boolean item = false;
      for (int k = verb; k < Math.min(tokens.size(), verb + 1 + OBJECT_REACH); k++) {
        Tokens.Token t = tokens.get(k);
        if (!t.isWord()) {
          break;
        }
        if (Cue.anyHolds(cues, Cue.Kind.ACT, t)) {
          // "will not allow the talks to resume": the act is read as itself.
          item = false;
          break;
        }
        item |= Cue.anyHolds(cues, Cue.Kind.ITEM, t);
      }
      if (item) {
        Act act = GIVING_UP.contains(v) ? Act.DEMAND : FORCE.contains(v) ? Act.PROPOSE : Act.REJECT;
        found.add(new Cue(Cue.Kind.ACT, act.id(), tokens.get(i).start(), v.end()));
      }
    }
    return found;
  }

  /**
   * The index of the verb a negated future or present told at token {@code i} refuses, or -1: "will
   * not restore", "won't restore"; "are not extending", "we're not extending", "isn't extending",
   * "will not be extending" (the -ing form of a verb that tells no state or course of things); and
   * "not going to extend" after any of those forms of "be".
   */
  private static int verbAfter(Tokens tokens, int i) {
    Tokens.Token token = tokens.get(i);
    String w = token.lower();
    int verb;
    if (WILL.contains(token) && NOT.contains(tokens.get(i + 1))) {
      verb = i + 2;
      if (verb + 1 < tokens.size() && tokens.get(verb).lower().equals("be")) {
        return progressive(tokens, verb + 1);
      }
      return verb;
    } else if (WONT.contains(token)) {
      return i + 1;
    } else if (BE.contains(token) && NOT.contains(tokens.get(i + 1))) {
      return progressive(tokens, i + 2);
    } else if (BE_NOT.contains(token)) {
      return progressive(tokens, i + 1);
    }
    return -1;
  }

  /**
   * The verb of a progressive whose -ing form is token {@code at} ("extending"; "going to extend"
   * gives "extend"), or -1 when it is no -ing form or one of a state.
   */
  private static int progressive(Tokens tokens, int at) {
    if (at >= tokens.size()) {
      return -1;
    }
    Tokens.Token verbToken = tokens.get(at);
    String v = verbToken.lower();
    if (v.equals("going")) {
      return at + 2 < tokens.size() && tokens.get(at + 1).lower().equals("to") ? at + 2 : -1;
    }
    return v.length() > 5 && v.endsWith("ing") && !PROGRESSIVE_STATIVE.contains(verbToken)
        ? at
        : -1;
  }

  /**
   * Whether a demand cue or a word of promising stands before token {@code i} in the sentence: the
   * negated future is then what is asked or promised ("demand a guarantee that NATO won't expand,
   * so Ukraine would not join"), not the subject's refusal.
   */
  private static boolean isPromisedOrDemanded(Tokens tokens, List<Cue> cues, int i) {
    for (int j = 0; j < i; j++) {
      if (PROMISES.contains(tokens.get(j))) {
        return true;
      }
    }
    int at = tokens.get(i).start();
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.ACT && Act.DEMAND.id().equals(cue.entry()) && cue.end() <= at) {
        return true;
      }
    }
    return false;
  }
}
