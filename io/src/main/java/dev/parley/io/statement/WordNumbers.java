package dev.parley.io.statement;

import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.Set;

/**
 * The numbers given to the words of the word sets made so far ({@link WordSet}), so that a token
 * can carry its word's number and be looked up in a set by it: a word is numbered when the first
 * set that holds it is made, and keeps its number. Immutable: a set that numbers new words makes a
 * new numbering.
 *
 * <p>A word with no number is told apart by how many words were numbered when it was looked up
 * ({@link #of}): a set whose words were all numbered by then cannot hold it.
 */
final class WordNumbers {
  /**
   * How many words may be numbered: a number and a count of numbers each fit in 13 bits of a word's
   * traits ({@link WordSetCensus#numberOf}).
   */
  static final int MOST = (1 << 13) - 1;

  /** No word numbered. */
  static final WordNumbers NONE = new WordNumbers(ImmutableMap.of());

  private final ImmutableMap<String, Integer> numbers;

  /** The {@link #of number} of each ASCII char as a word of one char: a mark's, looked up once. */
  private final int[] asciiChars = new int[128];

  private WordNumbers(ImmutableMap<String, Integer> numbers) {
    this.numbers = numbers;
    for (char c = 0; c < asciiChars.length; c++) {
      asciiChars[c] = of(String.valueOf(c));
    }
  }

  /** The {@link #of number} of the word of the one char {@code c}. */
  int ofChar(char c) {
    return c < asciiChars.length ? asciiChars[c] : of(String.valueOf(c));
  }

  /** How many words are numbered: the numbers are 0 to this, exclusive. */
  int size() {
    return numbers.size();
  }

  /**
   * The number of {@code word}; for a word with none, {@code -1 - size()}, which tells how many
   * words were numbered when it was looked up.
   */
  int of(String word) {
    Integer number = numbers.get(word);
    return number != null ? number : -1 - numbers.size();
  }

  /** These numbers and a number for each of {@code words} that has none, while there is room. */
  WordNumbers with(Iterable<String> words) {
    ImmutableMap.Builder<String, Integer> more = ImmutableMap.builder();
    more.putAll(numbers);
    Set<String> added = new HashSet<>();
    int next = numbers.size();
    for (String word : words) {
      if (next < MOST && !numbers.containsKey(word) && added.add(word)) {
        more.put(word, next++);
      }
    }
    return added.isEmpty() ? this : new WordNumbers(more.buildOrThrow());
  }
}
