package dev.parley.io.lexicon;

import com.google.common.collect.ImmutableSet;
import dev.parley.io.match.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds a phrase written in other words' order or with a few words between them: "a fund for the
 * losses and damages" for the phrase "loss and damage fund", "cut federal spending" for "cut
 * spending", "the expansion of NATO" for "NATO expansion".
 *
 * <p>A phrase is looked for loosely when it has at least two content words (words that are not
 * articles, prepositions, conjunctions, possessives or auxiliaries; see {@link #FUNCTION_WORDS}).
 * It is found in a window of tokens that
 *
 * <ul>
 *   <li>holds every content word of the phrase, in their normalised forms, in any order;
 *   <li>begins and ends with one of them;
 *   <li>holds at most one content word that is not the phrase's ({@value #MAX_EXTRA_WORDS}), and at
 *       most twice as many tokens as the phrase has content words, plus one;
 *   <li>holds no punctuation: a comma or a stop ends the window, a possessive {@code 's} does not.
 * </ul>
 *
 * <p>A phrase is looked for only in a span that holds its rarest content word (the one fewest loose
 * phrases share), and then only if the span holds all of its content words; a span with none of
 * those words costs one array read per token. Instances are immutable and safe to share between
 * threads.
 *
 * @param <T> what phrases stand for
 */
final class LoosePhrases<T> {
  /** What a loose match found: which phrase's value, over which tokens. */
  interface Sink<T> {
    /** Called once per window found, with the first and last token of the window. */
    void found(T value, int first, int last);
  }

  /**
   * Words that carry no content of a phrase: they may stand between its words, and a phrase of them
   * alone is never looked for loosely.
   */
  static final ImmutableSet<String> FUNCTION_WORDS =
      ImmutableSet.of(
          "a", "an", "the", "of", "for", "to", "in", "on", "at", "by", "with", "from", "into",
          "and", "or", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these",
          "those", "any", "all", "some", "such", "is", "are", "was", "were", "be", "been", "being",
          "has", "have", "had", "'s", "s", "it", "they", "them", "which", "who", "whose");

  private static final String[] FUNCTION_WORD_ARRAY = FUNCTION_WORDS.toArray(new String[0]);

  /** At most this many content words not of the phrase may stand in a window. */
  static final int MAX_EXTRA_WORDS = 1;

  /** Phrases with more content words than this are looked for only as written. */
  private static final int MAX_CONTENT_WORDS = 8;

  private final int[][] contents;
  private final List<T> values;

  /** For each symbol, the phrases whose rarest content word it is; null for most symbols. */
  private final int[][] phrasesBySymbol;

  /** The symbols of the function words that have one. */
  private final boolean[] functionSymbol;

  private LoosePhrases(
      int[][] contents, List<T> values, int[][] phrasesBySymbol, boolean[] functionSymbol) {
    this.contents = contents;
    this.values = values;
    this.phrasesBySymbol = phrasesBySymbol;
    this.functionSymbol = functionSymbol;
  }

  /** What a loose phrase set needs of the lexicon it belongs to. */
  interface Symbols {
    /** The symbol of a normalised form, or -1. */
    int symbolOf(String normalised);
  }

  /**
   * The loose phrases of {@code phrases} (each a value and its phrase as written), with symbols
   * given by {@code symbols}: every word of every phrase must have one.
   */
  static <T> LoosePhrases<T> of(Map<String, List<T>> phrases, Symbols symbols) {
    Set<String> functionForms = new LinkedHashSet<>();
    for (String w : FUNCTION_WORDS) {
      functionForms.addAll(Tokenizer.normalisedTokens(w));
    }
    List<int[]> contents = new ArrayList<>();
    List<T> values = new ArrayList<>();
    Map<Integer, List<Integer>> bySymbol = new HashMap<>();
    int maxSymbol = -1;
    Set<String> seen = new LinkedHashSet<>();
    for (Map.Entry<String, List<T>> e : phrases.entrySet()) {
      int[] content = contentSymbols(e.getKey(), functionForms, symbols);
      if (content.length < 2 || content.length > MAX_CONTENT_WORDS) {
        continue;
      }
      for (T value : e.getValue()) {
        if (!seen.add(value + " " + Arrays.toString(content))) {
          continue; // two phrases of one value with the same content words
        }
        contents.add(content);
        values.add(value);
      }
    }
    // Each phrase is looked for where its rarest content word stands: the word fewest phrases
    // share, so a sentence wakes up few phrases.
    Map<Integer, Integer> phrasesWith = new HashMap<>();
    for (int[] content : contents) {
      for (int s : content) {
        phrasesWith.merge(s, 1, Integer::sum);
      }
    }
    for (int i = 0; i < contents.size(); i++) {
      int rarest = contents.get(i)[0];
      for (int s : contents.get(i)) {
        if (phrasesWith.get(s) < phrasesWith.get(rarest)) {
          rarest = s;
        }
      }
      bySymbol.computeIfAbsent(rarest, k -> new ArrayList<>()).add(i);
      maxSymbol = Math.max(maxSymbol, rarest);
    }
    int[][] index = new int[maxSymbol + 1][];
    for (Map.Entry<Integer, List<Integer>> e : bySymbol.entrySet()) {
      index[e.getKey()] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
    }
    int maxFunction = -1;
    for (String f : functionForms) {
      maxFunction = Math.max(maxFunction, symbols.symbolOf(f));
    }
    boolean[] functionSymbol = new boolean[maxFunction + 1];
    for (String f : functionForms) {
      int s = symbols.symbolOf(f);
      if (s >= 0) {
        functionSymbol[s] = true;
      }
    }
    return new LoosePhrases<>(contents.toArray(new int[0][]), values, index, functionSymbol);
  }

  private static int[] contentSymbols(String phrase, Set<String> functionForms, Symbols symbols) {
    Set<Integer> out = new LinkedHashSet<>();
    for (String form : Tokenizer.normalisedTokens(phrase)) {
      if (functionForms.contains(form)) {
        continue;
      }
      if (!Character.isLetterOrDigit(form.codePointAt(0))) {
        return new int[0]; // punctuation in the phrase: it is looked for as written only
      }
      int s = symbols.symbolOf(form);
      if (s < 0) {
        return new int[0];
      }
      out.add(s);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Whether no phrase is looked for loosely. */
  boolean isEmpty() {
    return contents.length == 0;
  }

  /**
   * Gives {@code sink} each window of the tokens of {@code span} (whose text is {@code text}) that
   * holds a loose phrase. A phrase is found at most once per window start; windows of one phrase do
   * not overlap.
   */
  void find(CharSequence text, ScannedSpan<?> span, Sink<T> sink) {
    int n = span.count();
    int[] symbols = span.symbols();
    for (int i = 0; i < n; i++) {
      int[] ps = phrasesOf(symbols[i]);
      if (ps != null && isFirst(symbols, i)) {
        for (int p : ps) {
          findPhrase(text, span, p, sink);
        }
      }
    }
  }

  /** Whether token {@code i} is the first of the span with its symbol. */
  private static boolean isFirst(int[] symbols, int i) {
    for (int j = 0; j < i; j++) {
      if (symbols[j] == symbols[i]) {
        return false;
      }
    }
    return true;
  }

  private int @org.jspecify.annotations.Nullable [] phrasesOf(int symbol) {
    return symbol >= 0 && symbol < phrasesBySymbol.length ? phrasesBySymbol[symbol] : null;
  }

  private void findPhrase(CharSequence text, ScannedSpan<?> span, int phrase, Sink<T> sink) {
    int[] content = contents[phrase];
    if (!allIn(content, span.symbols(), span.count())) {
      return;
    }
    int all = (1 << content.length) - 1;
    int maxTokens = 2 * content.length + 1;
    int n = span.count();
    int[] symbols = span.symbols();
    int i = 0;
    while (i < n) {
      int bit = bitOf(content, symbols[i]);
      if (bit == 0) {
        i++;
        continue;
      }
      int found = bit;
      int extra = 0;
      int last = -1;
      for (int j = i + 1; j < n && j - i < maxTokens; j++) {
        int b = bitOf(content, symbols[j]);
        if (b != 0) {
          found |= b;
          if (found == all) {
            last = j;
            break;
          }
        } else if (isPunctuation(text, span.start(j))) {
          break;
        } else if (!isFunctionWord(text, span, j) && ++extra > MAX_EXTRA_WORDS) {
          break;
        }
      }
      if (last >= 0) {
        sink.found(values.get(phrase), i, last);
        i = last + 1;
      } else {
        i++;
      }
    }
  }

  private static boolean allIn(int[] content, int[] symbols, int n) {
    for (int s : content) {
      boolean found = false;
      for (int i = 0; i < n && !found; i++) {
        found = symbols[i] == s;
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static int bitOf(int[] content, int symbol) {
    if (symbol < 0) {
      return 0;
    }
    for (int k = 0; k < content.length; k++) {
      if (content[k] == symbol) {
        return 1 << k;
      }
    }
    return 0;
  }

  private static boolean isPunctuation(CharSequence text, int start) {
    char c = text.charAt(start);
    return !Character.isLetterOrDigit(c) && c != '\'' && c != '\u2019';
  }

  private boolean isFunctionWord(CharSequence text, ScannedSpan<?> span, int token) {
    int symbol = span.symbols()[token];
    if (symbol >= 0) {
      return symbol < functionSymbol.length && functionSymbol[symbol];
    }
    // A word the lexicon has no symbol for: compared as written, without a copy.
    int start = span.start(token);
    int length = span.end(token) - start;
    for (String w : FUNCTION_WORD_ARRAY) {
      if (w.length() == length && regionMatchesIgnoreCase(text, start, w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean regionMatchesIgnoreCase(CharSequence text, int start, String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.toLowerCase(text.charAt(start + i)) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
