package dev.parley.io.lexicon;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One piece of advice on a case lexicon that reads without error: a phrase that will not be read
 * the way its writer most likely meant, with the place it was written.
 *
 * <p>{@link LexiconAdvisor} gives these. None stops a lexicon from being used; each says what the
 * parser will do with the phrase, so that the writer can decide whether to keep it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLexiconAdvice.class)
@JsonDeserialize(as = ImmutableLexiconAdvice.class)
public interface LexiconAdvice {
  /** What is odd about the phrase. */
  enum Kind {
    /**
     * An item's phrase holds a communicative act's cue among longer words ("staffing requirements"
     * holds the cue of demanding, "requirements"): where the item is named, the cue is read as a
     * word of its name, not as an act.
     */
    ACT_CUE_IN_NAME,
    /**
     * An item's phrase is, word for word, a communicative act's cue ("mediation"), or ends with a
     * cue of discussing ("bilateral meeting"): each mention is read both as the item and as the
     * act.
     */
    ACT_CUE_AS_NAME,
    /**
     * A phrase is also a phrase of another entry of the same case: a mention is read as only one of
     * them where both are speakers or both items, and as both where one is a speaker and the other
     * an item or a document.
     */
    SHARED_PHRASE,
    /**
     * An actor's, item's or document's phrase is a party's name, in the case or in the generic
     * lexicon ("Paris" for the Paris agreement): a mention of an item or a document is read both as
     * the entry and as the party, a mention of an actor as only one of the two.
     */
    PARTY_NAME
  }

  /** What is odd about the phrase. */
  Kind kind();

  /** The lexicon file, as a user would recognise it. */
  String source();

  /** The 1-based line where the phrase is written. */
  int line();

  /** The 1-based column where the phrase starts. */
  int column();

  /** The section that holds the phrase, as written in its header: {@code item no-expansion}. */
  String entry();

  /** The phrase as written. */
  String phrase();

  /** What the parser will do with the phrase, in a sentence. */
  String advice();

  /** The advice as one line: {@code source:line:column: [entry] 'phrase': advice}. */
  @JsonIgnore
  @Value.Derived
  default String describe() {
    return source() + ":" + line() + ":" + column() + ": [" + entry() + "] '" + phrase() + "': "
        + advice();
  }

  /** Starts a builder. */
  static ImmutableLexiconAdvice.Builder builder() {
    return ImmutableLexiconAdvice.builder();
  }

  /** Checks the place. */
  @Value.Check
  default void check() {
    checkArgument(
        line() >= 1 && column() >= 1,
        "advice on '%s' of [%s] needs a 1-based line and column, not %s:%s",
        phrase(),
        entry(),
        line(),
        column());
  }
}
