package dev.parley.io.statement;

import com.google.common.collect.ForwardingSet;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Set;

/**
 * A set of words fixed when a rule's class is loaded ("the prepositions", a rule's verbs), that a
 * sentence's tokens are looked up in by their word's number rather than their lower-case string.
 *
 * <p>When a set is made, its words are numbered ({@link WordNumbers}, through the {@link
 * WordSetCensus}); a token carries the number of its lower-case word, worked out once for each word
 * a thread remembers. A token is in the set when its number is one of the set's; a token with no
 * number is in no set whose words were all numbered when the token's word was looked up. Only a
 * token looked up before the set was made (a class loaded while a sentence is read) is looked up by
 * its string. The answers are those of the set's own {@code contains} of the token's lower-case
 * form.
 */
final class WordSet extends ForwardingSet<String> {
  private final ImmutableSet<String> words;

  /** Bit {@code n} set for each word number {@code n} of the set's words. */
  private final long[] numbers;

  /**
   * How many words were numbered once all of the set's words were; {@link Integer#MAX_VALUE} if one
   * of its words could not be numbered.
   */
  private final int numbered;

  private WordSet(ImmutableSet<String> words) {
    this.words = words;
    WordNumbers all = WordSetCensus.number(words);
    long[] bits = new long[0];
    boolean each = true;
    for (String word : words) {
      int n = all.of(word);
      if (n < 0) {
        each = false;
        continue;
      }
      if (n >>> 6 >= bits.length) {
        bits = Arrays.copyOf(bits, (n >>> 6) + 1);
      }
      bits[n >>> 6] |= 1L << n;
    }
    this.numbers = bits;
    this.numbered = each ? all.size() : Integer.MAX_VALUE;
  }

  /** The set of {@code words}. */
  static WordSet of(String... words) {
    return new WordSet(ImmutableSet.copyOf(words));
  }

  /** The set of {@code words}. */
  static WordSet copyOf(Iterable<String> words) {
    return new WordSet(ImmutableSet.copyOf(words));
  }

  /** Whether the token's lower-case form ({@link Tokens.Token#lower()}) is one of the words. */
  boolean contains(Tokens.Token token) {
    int n = token.number();
    if (n >= 0) {
      return n >>> 6 < numbers.length && (numbers[n >>> 6] & 1L << n) != 0;
    }
    return -1 - n < numbered && words.contains(token.lower());
  }

  @Override
  protected Set<String> delegate() {
    return words;
  }
}
