package dev.parley.io.match;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkPositionIndex;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every occurrence of many phrases in a token list in one pass: an Aho–Corasick automaton
 * whose alphabet is the normalised token forms of the phrases.
 *
 * <p>Build it once with {@link #builder()}; {@link #find(List)} then takes time linear in the
 * number of tokens plus the number of matches. A phrase registered with several values yields one
 * match per value. Instances are immutable and safe to share between threads.
 *
 * @param <T> what phrases stand for
 */
public final class PhraseMatcher<T> {
  private final Map<String, Integer> symbols;
  private final TransitionTable transitions;
  private final int[] fail;
  private final int[] outputLink;
  private final int[][] outputs;
  private final int[] phraseLength;
  private final List<ImmutableList<T>> phraseValues;

  private PhraseMatcher(Builder<T> b) {
    this.symbols = b.symbols;
    this.transitions = new TransitionTable(b.transitions);
    this.phraseLength = b.lengths.stream().mapToInt(Integer::intValue).toArray();
    this.phraseValues = new ArrayList<>();
    for (Set<T> values : b.values) {
      phraseValues.add(ImmutableList.copyOf(values));
    }
    int nodes = b.nodeCount;
    this.fail = new int[nodes];
    this.outputLink = new int[nodes];
    this.outputs = new int[nodes][];
    Arrays.fill(outputLink, -1);
    for (int n = 0; n < nodes; n++) {
      List<Integer> own = b.nodeOutputs.get(n);
      outputs[n] = own == null ? new int[0] : own.stream().mapToInt(Integer::intValue).toArray();
    }
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (Map.Entry<Long, Integer> e : b.children(0)) {
      fail[e.getValue()] = 0;
      queue.add(e.getValue());
    }
    while (!queue.isEmpty()) {
      int node = queue.poll();
      for (Map.Entry<Long, Integer> e : b.children(node)) {
        int symbol = (int) (e.getKey() & 0xffffffffL);
        int child = e.getValue();
        int f = fail[node];
        while (f != 0 && next(f, symbol) < 0) {
          f = fail[f];
        }
        int target = next(f, symbol);
        fail[child] = target >= 0 && target != child ? target : 0;
        int fl = fail[child];
        outputLink[child] = outputs[fl].length > 0 ? fl : outputLink[fl];
        queue.add(child);
      }
    }
  }

  /** Starts an empty builder. */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** The number of distinct phrases. */
  public int size() {
    return phraseLength.length;
  }

  /**
   * Every occurrence of every phrase in {@code tokens}, overlapping ones included, ordered by end
   * token and, for one end, longest first.
   */
  public ImmutableList<PhraseMatch<T>> find(List<Token> tokens) {
    int[] symbols = new int[tokens.size()];
    for (int i = 0; i < symbols.length; i++) {
      symbols[i] = symbolOf(tokens.get(i).normalised());
    }
    ImmutableList.Builder<PhraseMatch<T>> out = ImmutableList.builder();
    find(
        symbols,
        symbols.length,
        (value, first, last) ->
            out.add(
                PhraseMatch.of(
                    value, first, last, tokens.get(first).start(), tokens.get(last).end())));
    return out.build();
  }

  /** Receives the occurrences {@link #find(int[], int, Hits)} finds. */
  @FunctionalInterface
  public interface Hits<T> {
    /** The phrase standing for {@code value} covers tokens {@code first} to {@code last}. */
    void hit(T value, int first, int last);
  }

  /**
   * The symbol a normalised token form stands for in this matcher, or -1 if no phrase has that
   * form: a token with symbol -1 can be no part of a match.
   */
  public int symbolOf(String normalised) {
    Integer symbol = symbols.get(checkNotNull(normalised, "normalised"));
    return symbol == null ? -1 : symbol;
  }

  /**
   * Every occurrence of every phrase in a token sequence given by the {@link #symbolOf symbols} of
   * its first {@code count} tokens, in the order of {@link #find(List)}.
   */
  public void find(int[] tokenSymbols, int count, Hits<? super T> hits) {
    checkPositionIndex(count, tokenSymbols.length, "count");
    checkNotNull(hits, "hits");
    int state = 0;
    for (int i = 0; i < count; i++) {
      int symbol = tokenSymbols[i];
      if (symbol < 0) {
        state = 0;
        continue;
      }
      while (state != 0 && next(state, symbol) < 0) {
        state = fail[state];
      }
      int n = next(state, symbol);
      state = n < 0 ? 0 : n;
      for (int o = outputs[state].length > 0 ? state : outputLink[state];
          o > 0;
          o = outputLink[o]) {
        for (int phrase : outputs[o]) {
          int first = i - phraseLength[phrase] + 1;
          List<T> values = phraseValues.get(phrase);
          for (int v = 0; v < values.size(); v++) {
            hits.hit(values.get(v), first, i);
          }
        }
      }
    }
  }

  private int next(int node, int symbol) {
    return transitions.get(key(node, symbol));
  }

  /**
   * The goto function as an open-addressing hash table from (node, symbol) keys to child nodes: no
   * boxing on the matching path.
   */
  private static final class TransitionTable {
    private final long[] keys;
    private final int[] children;
    private final int mask;

    TransitionTable(Map<Long, Integer> transitions) {
      int capacity = Integer.highestOneBit(Math.max(4, transitions.size() * 2 + 1)) << 1;
      keys = new long[capacity];
      children = new int[capacity];
      mask = capacity - 1;
      Arrays.fill(children, -1);
      for (Map.Entry<Long, Integer> e : transitions.entrySet()) {
        int slot = slot(e.getKey());
        while (children[slot] >= 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = e.getKey();
        children[slot] = e.getValue();
      }
    }

    /** The child under {@code key}, or -1. */
    int get(long key) {
      int slot = slot(key);
      while (true) {
        int child = children[slot];
        if (child < 0) {
          return -1;
        }
        if (keys[slot] == key) {
          return child;
        }
        slot = (slot + 1) & mask;
      }
    }

    private int slot(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h >>> 32) & mask;
    }
  }

  private static long key(int node, int symbol) {
    return ((long) node << 32) | (symbol & 0xffffffffL);
  }

  /** Collects phrases; {@link #build()} may be called once. */
  public static final class Builder<T> {
    private final Map<String, Integer> symbols = new HashMap<>();
    private final Map<Long, Integer> transitions = new HashMap<>();
    private final Map<Integer, List<Map.Entry<Long, Integer>>> childLists = new HashMap<>();
    private final Map<Integer, List<Integer>> nodeOutputs = new HashMap<>();
    private final Map<Integer, Integer> phraseAtNode = new HashMap<>();
    private final List<Integer> lengths = new ArrayList<>();
    private final List<Set<T>> values = new ArrayList<>();
    private int nodeCount = 1;

    private Builder() {}

    /** Registers a phrase given as text; it is tokenized and normalised like the text searched. */
    public Builder<T> add(String phrase, T value) {
      return add(Tokenizer.normalisedTokens(phrase), value);
    }

    /** Registers a phrase given as normalised token forms. */
    public Builder<T> add(List<String> normalisedTokens, T value) {
      checkNotNull(value, "value");
      checkArgument(!normalisedTokens.isEmpty(), "empty phrase for %s", value);
      int node = 0;
      for (String token : normalisedTokens) {
        checkNotNull(token, "token");
        int symbol = symbols.computeIfAbsent(token, t -> symbols.size());
        long k = key(node, symbol);
        Integer child = transitions.get(k);
        if (child == null) {
          child = nodeCount++;
          transitions.put(k, child);
          childLists.computeIfAbsent(node, n -> new ArrayList<>()).add(Map.entry(k, child));
        }
        node = child;
      }
      Integer phrase = phraseAtNode.get(node);
      if (phrase == null) {
        phrase = lengths.size();
        phraseAtNode.put(node, phrase);
        lengths.add(normalisedTokens.size());
        values.add(new LinkedHashSet<>());
        nodeOutputs.computeIfAbsent(node, n -> new ArrayList<>()).add(phrase);
      }
      values.get(phrase).add(value);
      return this;
    }

    private List<Map.Entry<Long, Integer>> children(int node) {
      return childLists.getOrDefault(node, List.of());
    }

    /** Builds the automaton. */
    public PhraseMatcher<T> build() {
      return new PhraseMatcher<>(this);
    }
  }
}
