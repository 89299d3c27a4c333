package dev.parley.io.statement;

import dev.parley.io.article.DateMention;
import dev.parley.io.match.SpelledWords;
import dev.parley.party.PartyKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the extractor asks of the lexicon and of the date reader, behind one narrow seam. */
interface Knowledge {
  /** The lexicon entries found in {@code text} between {@code start} and {@code end}. */
  List<Cue> cues(String text, int start, int end);

  /** A sentence's cues and its tokens, read together. */
  record Scanned(List<Cue> cues, Tokens tokens) {}

  /**
   * The {@link #cues} of {@code text} between {@code start} and {@code end}, with the tokens of the
   * same span: a knowledge whose scan for the cues looks the span's words up adds them to {@code
   * spelt} and gives the tokens them, so that each word is looked up once. {@code spelt} must keep
   * them while the tokens are read.
   */
  default Scanned scan(String text, int start, int end, SpelledWords spelt) {
    return new Scanned(cues(text, start, end), Tokens.of(text, start, end));
  }

  /** The party an actor speaks for. */
  Optional<String> partyOfActor(String actorId);

  /**
   * The one actor of a party that the lexicon gives a role ("minister", "head-of-government"), or
   * empty when it lists none or several.
   */
  default Optional<String> soleActorIn(String party, String role) {
    return Optional.empty();
  }

  /** The party that wrote a document of the case. */
  Optional<String> authorOfDocument(String documentId);

  /** The parties that would act on an item of the case; empty when the lexicon does not say. */
  List<String> partiesActingOn(String itemId);

  /**
   * Whether a party is a side of the negotiation: one that acts on an item of the case, or any
   * party when no item says who acts on it.
   */
  default boolean isSide(String party) {
    return true;
  }

  /** What sort of body a party is; empty when the lexicon does not know the party. */
  default Optional<PartyKind> kindOf(String party) {
    return Optional.empty();
  }

  /**
   * Whether some parties act alike: an item of the case is carried out by them and no one else, and
   * they are not all the sides of the case ("the lockout" of two railways, not their union).
   */
  default boolean actTogether(Set<String> parties) {
    return false;
  }

  /** The act a negation turns an act into, as the lexicon states it. */
  Optional<Act> negationOf(Act act);

  /**
   * The date mentions between {@code start} and {@code end}, relative ones resolved on anchor;
   * {@code previous} is the date "the same day" refers to.
   */
  List<DateMention> dates(
      String text, int start, int end, @Nullable LocalDate anchor, @Nullable LocalDate previous);
}
