package dev.parley.io.match;

/**
 * What the reader of a text makes of a word, worked out once for each word a memo keeps and kept in
 * its {@link Spelling}: so that a reader who tests every word of a sentence (for the word sets it
 * holds, say) looks each word up once, in the same lookup that finds its lexicon symbol.
 *
 * <p>The traits must be a function of the lower-case word alone. A memo remembers which traits its
 * spellings were made with and makes them again for other traits.
 */
@FunctionalInterface
public interface WordTraits {
  /** The traits of a word, given its lower case ({@link Spelling#lower()}). */
  long of(String lower);
}
