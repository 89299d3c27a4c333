package dev.parley.io.statement;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;

/** Small closed classes of general English words the extractor's rules rely on. */
final class English {
  private English() {}

  /**
   * Verbs whose negation says the act that follows is done readily, not withheld: "cannot wait to
   * discuss", "did not hesitate to reject". A negation before one of them does not reach the act.
   */
  static final WordSet EAGERNESS_VERBS =
      WordSet.of("wait", "waiting", "hesitate", "hesitated", "hesitating");

  /** Personal pronouns that can stand for a speaker named earlier. */
  static final WordSet PRONOUNS = WordSet.of("he", "she", "they", "him", "her", "it");

  /**
   * Nouns that, after "the", refer back to a speaker named earlier ("the ministry stressed", "the
   * diplomat noted").
   */
  static final WordSet ANAPHORIC_NOUNS =
      WordSet.of(
          "ministry",
          "diplomat",
          "minister",
          "agency",
          "department",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "official",
          "officials",
          "leader",
          "senator",
          "ambassador",
          "envoy",
          "president",
          "chancellor",
          "secretary",
          "side",
          "embassy",
          "office",
          "government",
          "administration",
          "head",
          "company");

  /** Determiners and possessive pronouns that may stand between a verb and its object. */
  static final WordSet DETERMINERS =
      WordSet.of(
          "the", "a", "an", "this", "that", "these", "those", "any", "all", "some", "its", "their",
          "his", "her", "our", "your", "such", "every", "each", "new", "further");

  /** Prepositions that make a following act noun the object of something else. */
  static final WordSet PREPOSITIONS =
      WordSet.of(
          "to",
          "of",
          "on",
          "for",
          "at",
          "about",
          "against",
          "from",
          "with",
          "over",
          "in",
          "into",
          "regarding",
          "concerning",
          "toward",
          "towards",
          "by");

  /**
   * Prepositions of time, whose object is an event talked about ("after a six-hour meeting",
   * "during the talks"), not an act of the sentence.
   */
  static final WordSet TIME_PREPOSITIONS =
      WordSet.of("after", "before", "during", "amid", "following");

  /** Words and phrases that make a sentence's acts conditional. */
  static final WordSet CONDITIONAL_WORDS = WordSet.of("if", "unless", "provided", "providing");

  /** Multi-word conditional phrases, lower case. */
  static final WordSet CONDITIONAL_PHRASES =
      WordSet.of(
          "in the absence of",
          "in the event of",
          "in case of",
          "as long as",
          "on condition that",
          "on the condition that");

  /** The conditional phrases split into words, indexed by their first word. */
  static final ImmutableListMultimap<String, ImmutableList<String>> CONDITIONAL_PHRASE_WORDS =
      CONDITIONAL_PHRASES.stream()
          .map(p -> ImmutableList.copyOf(p.split(" ", -1)))
          .collect(ImmutableListMultimap.toImmutableListMultimap(w -> w.get(0), w -> w));

  /** The first words of the conditional phrases: a token that is none of them starts none. */
  static final WordSet CONDITIONAL_PHRASE_STARTS =
      WordSet.copyOf(CONDITIONAL_PHRASE_WORDS.keySet());

  /** Capitalised words that start a sentence without naming anyone. */
  static final WordSet NOT_NAMES =
      WordSet.of(
          "the",
          "a",
          "an",
          "it",
          "this",
          "that",
          "these",
          "those",
          "there",
          "we",
          "i",
          "you",
          "and",
          "but",
          "as",
          "in",
          "on",
          "at",
          "according",
          "earlier",
          "later",
          "however",
          "also",
          "then");

  /** Nouns that, rejected, make the act a denial ("rejects any accusations"). */
  static final WordSet CLAIM_NOUNS =
      WordSet.of(
          "accusation",
          "accusations",
          "allegation",
          "allegations",
          "claim",
          "claims",
          "charge",
          "charges",
          "reports",
          "speculation");

  /** The press: talking with it is no talking with the other side ("engage with the press"). */
  static final WordSet PRESS =
      WordSet.of("journalists", "reporters", "press", "media", "interviewer");

  /** The press and its questions: an answer to them is no answer to the other side. */
  static final WordSet PRESS_NOUNS =
      WordSet.copyOf(
          ImmutableSet.<String>builder().addAll(PRESS).add("question", "questions").build());

  /** Words that modify a noun without being adjectives by their ending. */
  static final WordSet MODIFIERS =
      WordSet.of(
          "key",
          "main",
          "central",
          "concrete",
          "clear",
          "formal",
          "final",
          "latest",
          "first",
          "direct",
          "full",
          "joint",
          "written",
          "detailed",
          "serious",
          "real",
          "own",
          "basic",
          "fundamental",
          "major",
          "new",
          "separate",
          "specific",
          "firm",
          "long-awaited");

  /** Endings of nouns that name an act's content ("proposal", "negotiation", "response"). */
  static final WordSet NOUN_SUFFIXES =
      WordSet.of(
          "al", "als", "ion", "ions", "nse", "nses", "ment", "ments", "ance", "ances", "ence",
          "ences", "ity", "ities", "tum", "tums", "ative", "atives");

  /** Act nouns whose ending does not show it ("answer", "idea", "reply"). */
  static final WordSet ACT_NOUNS =
      WordSet.of(
          "answer",
          "answers",
          "idea",
          "ideas",
          "reply",
          "replies",
          "demand",
          "demands",
          "offer",
          "offers",
          "request",
          "requests",
          "warning",
          "warnings",
          "threat",
          "threats",
          "talks");

  /**
   * Verbs whose object act noun is the act itself ("will prepare a joint answer", "gave a clear
   * reply", "made a proposal").
   */
  static final WordSet MAKING_VERBS =
      WordSet.of(
          "prepare",
          "prepares",
          "prepared",
          "preparing",
          "give",
          "gives",
          "gave",
          "giving",
          "provide",
          "provides",
          "provided",
          "make",
          "makes",
          "made",
          "making",
          "present",
          "presents",
          "presented",
          "issue",
          "issues",
          "issued",
          "publish",
          "publishes",
          "published",
          "draft",
          "drafts",
          "drafted",
          "formulate",
          "formulated",
          "unveil",
          "unveiled",
          "unveils");

  /**
   * Verbs of saying again or aloud, whose object act noun is the act made anew ("repeated her
   * warning", "repeated his demand that ...", "voiced its objection"). Not "renew": "renew the
   * dialogue" resumes talks.
   */
  static final WordSet RESTATING_VERBS =
      WordSet.of(
          "repeat",
          "repeats",
          "repeated",
          "repeating",
          "restate",
          "restates",
          "restated",
          "voice",
          "voices",
          "voiced",
          "voicing",
          "express",
          "expresses",
          "expressed",
          "expressing");

  /**
   * Verbs of holding an event, whose object meeting or talk is the talk itself ("held a phone call
   * with", "ended a meeting with", "had a conversation").
   */
  static final WordSet HOLDING_VERBS =
      WordSet.of(
          "hold",
          "holds",
          "held",
          "holding",
          "have",
          "has",
          "had",
          "having",
          "end",
          "ends",
          "ended",
          "conclude",
          "concludes",
          "concluded",
          "begin",
          "begins",
          "began",
          "start",
          "starts",
          "started",
          "host",
          "hosts",
          "hosted",
          "attend",
          "attends",
          "attended",
          "resume",
          "resumes",
          "resumed",
          "resuming",
          "hosting",
          "continue",
          "continues",
          "continued",
          "continuing");

  /**
   * Verbs of judging whose object, not subject, is the one who judges: "the answer did not suit
   * Russia" is Russia's verdict.
   */
  static final WordSet EXPERIENCER_OBJECT_VERBS =
      WordSet.of("suit", "suits", "suited", "satisfy", "satisfies", "satisfied");

  /** Auxiliary verbs and adverbs that stand between a subject and its verb ("has already"). */
  static final WordSet AUXILIARIES =
      WordSet.of(
          "has",
          "have",
          "had",
          "was",
          "were",
          "is",
          "are",
          "will",
          "would",
          "also",
          "already",
          "finally",
          "reportedly",
          "just",
          "not",
          "never",
          "did",
          "does",
          "do");

  /** Conjunctions that end a noun phrase. */
  static final WordSet CONJUNCTIONS =
      WordSet.of("and", "or", "but", "that", "which", "who", "while", "as", "when");

  /** Words that, followed by "of", take part of a whole ("some of", "parts of"). */
  static final WordSet PART_WORDS =
      WordSet.of(
          "some",
          "part",
          "parts",
          "elements",
          "several",
          "certain",
          "most",
          "many",
          "aspects",
          "portions",
          "one",
          "two",
          "few");

  /** Adverbs that limit an act to part of its object ("partly", "in part"). */
  /**
   * Beginnings of reject cues that hold to a position rather than refuse one ("reaffirmed the
   * open-door policy", "upholds", "remains committed to", "stands by", "all nations have the right
   * to choose"): they reject only what the held item stands against, so they need an item and are
   * no act when negated.
   */
  static final WordSet HOLDING_PREFIXES =
      WordSet.of(
          "reaffirm",
          "uphold",
          "upheld",
          "adhere",
          "remain committed",
          "remains committed",
          "remained committed",
          "stand by",
          "stands by",
          "stood by",
          "have the right",
          "has the right",
          "had the right",
          "guarantee the",
          "guarantees the",
          "guaranteed the");

  static final WordSet PART_ADVERBS = WordSet.of("partly", "partially");

  /** Irregular past participles that attach a date to an event ("sent on Monday"). */
  static final WordSet IRREGULAR_PARTICIPLES =
      WordSet.of("sent", "held", "made", "given", "written", "met", "signed", "taken", "set");
}
