package dev.parley.io.statement;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Concessions won, told as what one side got from the other: "we have secured a veto over the
 * rules", "Karvia obtained an exemption from the tariffs", "the port will receive a tugboat as part
 * of the compensation". What a side secured or will receive is an item the other side grants: the
 * parties the case has acting on the item, other than the receiver, accept it. A verb of getting in
 * the past ("secured", "obtained", "received", "gained", "wrested", "extracted") or "will receive",
 * with an item of the case named as its object (at most five words on, no punctuation and no act
 * cue between) and the receiver named as its subject (a party, an actor or the first person at most
 * six words before it). An aim ("wants to secure a raise", "seeks to obtain"), a negated or
 * hoped-for gain ("did not secure", "failed to obtain"), an act noun received ("received a
 * response") and a promise received ("received written guarantees": the sender's offer) are none.
 */
final class ConcessionsWon {
  /** Verbs of having got something, in the past. */
  private static final WordSet GOT =
      WordSet.of("secured", "obtained", "received", "gained", "wrested", "extracted");

  /** Verbs of getting to come, after "will" ("will receive"). */
  private static final WordSet TO_GET = WordSet.of("receive");

  /** All the verbs, for the cheap test. */
  private static final FoldedWords VERBS =
      new FoldedWords(ImmutableSet.<String>builder().addAll(GOT).addAll(TO_GET).build());

  /** Words before the verb that make the gain an aim, a hope or a failure, not a concession won. */
  private static final WordSet NOT_WON =
      WordSet.of("to", "not", "never", "n't", "without", "if", "unless", "whether");

  /**
   * Nouns of promising: a promise received is the sender's offer (rule 8 of the speaker's rules
   * reads it when the sender is named), not a concession granted.
   */
  private static final WordSet PROMISES =
      WordSet.of(
          "guarantee",
          "guarantees",
          "assurance",
          "assurances",
          "pledge",
          "pledges",
          "promise",
          "promises",
          "commitment",
          "commitments");

  /** How far after the verb its object may name the item. */
  private static final int OBJECT_REACH = 5;

  /** How far before the verb its subject may be named. */
  private static final int SUBJECT_REACH = 6;

  /** A concession won: the verb, the receiver, the givers and the items granted. */
  record Won(Cue verb, Mention receiver, List<String> givers, List<String> items) {}

  private ConcessionsWon() {}

  /** Whether the sentence may tell a concession won: it holds one of the verbs. */
  static boolean mayFind(Tokens tokens) {
    return tokens.mayHoldAny(VERBS);
  }

  /** The concessions won the sentence tells, in text order. */
  static List<Won> find(
      Tokens tokens, List<Mention> mentions, List<Cue> cues, Knowledge knowledge) {
    if (!Cue.anyOfKind(cues, Cue.Kind.ITEM)) {
      return ImmutableList.of();
    }
    List<Won> found = new ArrayList<>();
    for (int i = 1; i < tokens.size(); i++) {
      String w = tokens.get(i).lower();
      boolean got = GOT.contains(tokens.get(i));
      if (!got && !(TO_GET.contains(tokens.get(i)) && tokens.get(i - 1).lower().equals("will"))) {
        continue;
      }
      if (isNotWon(tokens, i)) {
        continue;
      }
      List<String> items = objectItems(tokens, cues, i);
      if (items.isEmpty()) {
        continue;
      }
      Mention receiver = subjectOf(tokens, mentions, i);
      if (receiver == null) {
        continue;
      }
      List<String> givers = new ArrayList<>();
      for (String party : knowledge.partiesActingOn(items.get(0))) {
        if (!receiver.party().equals(Optional.of(party)) && !givers.contains(party)) {
          givers.add(party);
        }
      }
      if (!givers.isEmpty()) {
        Tokens.Token v = tokens.get(i);
        found.add(
            new Won(
                new Cue(Cue.Kind.ACT, Act.ACCEPT.id(), v.start(), v.end()),
                receiver,
                givers,
                items));
      }
    }
    return found;
  }

  /**
   * Whether the gain at {@code i} is an aim, a hope or a failure: a word of {@link #NOT_WON} among
   * the three words before it ("to secure", "did not obtain", "have not received", "if it
   * receives").
   */
  private static boolean isNotWon(Tokens tokens, int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) {
      String w = tokens.get(k).lower();
      if (NOT_WON.contains(tokens.get(k)) || w.endsWith("n't")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The items named in the verb's object, up to the next punctuation: the first within five words,
   * with no act cue before it ("received a response" is an answer got, not a concession).
   */
  private static List<String> objectItems(Tokens tokens, List<Cue> cues, int verb) {
    List<String> items = new ArrayList<>();
    for (int k = verb + 1; k < tokens.size(); k++) {
      Tokens.Token t = tokens.get(k);
      if (!t.isWord() && !t.text().startsWith("'")) {
        break;
      }
      if (items.isEmpty() && k > verb + OBJECT_REACH) {
        break;
      }
      if (PROMISES.contains(t)) {
        // "received written guarantees": a promise, the sender's offer.
        return ImmutableList.of();
      }
      for (Cue cue : cues) {
        if (cue.start() <= t.start() && t.end() <= cue.end()) {
          if (cue.kind() == Cue.Kind.ACT && items.isEmpty()) {
            return ImmutableList.of();
          }
          if (cue.kind() == Cue.Kind.ITEM && !items.contains(cue.entry())) {
            items.add(cue.entry());
          }
        }
      }
    }
    return items;
  }

  /**
   * The receiver: the nearest mention of a party, an actor or the first person that ends before the
   * verb, at most six words before it with no punctuation but a comma of an aside between.
   */
  private static Mention subjectOf(Tokens tokens, List<Mention> mentions, int verb) {
    int from = tokens.get(Math.max(0, verb - SUBJECT_REACH)).start();
    int to = tokens.get(verb).start();
    Mention nearest = null;
    for (Mention m : mentions) {
      if (m.start() >= from && m.end() <= to && m.party().isPresent()) {
        if (nearest == null || m.end() > nearest.end()) {
          nearest = m;
        }
      }
    }
    return nearest;
  }
}
