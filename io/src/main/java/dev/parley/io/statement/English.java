package dev.parley.io.statement;

import com.google.common.collect.ImmutableSet;

/** Small closed classes of general English words the extractor's rules rely on. */
final class English {
  private English() {}

  /** Personal pronouns that can stand for a speaker named earlier. */
  static final ImmutableSet<String> PRONOUNS = ImmutableSet.of("he", "she", "they", "him", "her");

  /**
   * Nouns that, after "the", refer back to a speaker named earlier ("the ministry stressed", "the
   * diplomat noted").
   */
  static final ImmutableSet<String> ANAPHORIC_NOUNS =
      ImmutableSet.of(
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
          "head");

  /** Determiners and possessive pronouns that may stand between a verb and its object. */
  static final ImmutableSet<String> DETERMINERS =
      ImmutableSet.of(
          "the", "a", "an", "this", "that", "these", "those", "any", "all", "some", "its", "their",
          "his", "her", "our", "your", "such", "every", "each", "new", "further");

  /** Prepositions that make a following act noun the object of something else. */
  static final ImmutableSet<String> PREPOSITIONS =
      ImmutableSet.of(
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

  /** Words and phrases that make a sentence's acts conditional. */
  static final ImmutableSet<String> CONDITIONAL_WORDS =
      ImmutableSet.of("if", "unless", "provided", "providing");

  /** Multi-word conditional phrases, lower case. */
  static final ImmutableSet<String> CONDITIONAL_PHRASES =
      ImmutableSet.of(
          "in the absence of",
          "in the event of",
          "in case of",
          "as long as",
          "on condition that",
          "on the condition that");

  /** Capitalised words that start a sentence without naming anyone. */
  static final ImmutableSet<String> NOT_NAMES =
      ImmutableSet.of(
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
  static final ImmutableSet<String> CLAIM_NOUNS =
      ImmutableSet.of(
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
}
