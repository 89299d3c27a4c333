package dev.parley.io.lexicon;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lexicon's patterns, found together: the successive matches of each, as repeated {@link
 * com.google.re2j.Matcher#find()} gives them, pattern after pattern, with one pass over a text for
 * the places where any of them may begin.
 *
 * <p>A pattern with {@link PatternStarts starts} is tried, anchored ({@link PatternScan}), only
 * where one of its starts stands, and there only if the text holds, at or after that place, what
 * the rest of a match that begins with that start requires ("table" after "is" for "is at the
 * table"): so a start that is a common word costs a try only in a text that holds the rest's rarer
 * words. A start with a word boundary before it is looked for only where a word begins. The places
 * are found in one pass over the text, folded as {@link LiteralPrefilter#fold} folds it, that walks
 * a trie of all the patterns' starts; a pattern without starts is searched over the whole text if
 * its {@link LiteralPrefilter prefilter} lets the text pass.
 *
 * <p>Instances are safe to share between threads.
 */
final class PatternSet {
  /** Receives a match of pattern {@code pattern} (its index), as offsets in the text searched. */
  @FunctionalInterface
  interface Found {
    /** A match of pattern {@code pattern} from {@code start} to {@code end}. */
    void found(int pattern, int start, int end);
  }

  /** The longest text whose folding a thread's pass keeps. */
  private static final int KEPT = 1 << 12;

  private final ImmutableList<PatternScan> scans;
  private final LiteralPrefilter[] wholes;

  /** Each start's pattern and the index of what its rest requires, by the start's index. */
  private final int[] startPattern;

  private final int[] startRest;
  private final LiteralPrefilter[] rests;

  /** The starts with a word boundary before them and a word char first, and the others. */
  private final StartTrie bounded;

  private final StartTrie anywhere;
  private final ThreadLocal<Pass> passes;

  private PatternSet(List<String> regexes) {
    this.scans = regexes.stream().map(PatternScan::of).collect(ImmutableList.toImmutableList());
    this.wholes = regexes.stream().map(LiteralPrefilter::of).toArray(LiteralPrefilter[]::new);
    Map<List<ImmutableSet<String>>, Integer> restIds = new HashMap<>();
    List<LiteralPrefilter> restList = new ArrayList<>();
    Set<List<Object>> seen = new LinkedHashSet<>();
    List<Integer> patternOf = new ArrayList<>();
    List<Integer> restOf = new ArrayList<>();
    StartTrie.Builder boundedStarts = new StartTrie.Builder();
    StartTrie.Builder otherStarts = new StartTrie.Builder();
    for (int k = 0; k < scans.size(); k++) {
      PatternStarts starts = scans.get(k).starts();
      if (starts == null) {
        continue;
      }
      for (PatternStarts.Start s : starts.starts()) {
        int rest =
            restIds.computeIfAbsent(
                s.rest().clauses(),
                r -> {
                  restList.add(s.rest());
                  return restList.size() - 1;
                });
        boolean atWord = s.boundary() && isWordChar(s.literal().charAt(0));
        if (!seen.add(List.of(k, s.literal(), rest, atWord))) {
          continue;
        }
        int id = patternOf.size();
        patternOf.add(k);
        restOf.add(rest);
        (atWord ? boundedStarts : otherStarts).add(s.literal(), id);
      }
    }
    this.startPattern = patternOf.stream().mapToInt(Integer::intValue).toArray();
    this.startRest = restOf.stream().mapToInt(Integer::intValue).toArray();
    this.rests = restList.toArray(LiteralPrefilter[]::new);
    this.bounded = boundedStarts.build();
    this.anywhere = otherStarts.build();
    this.passes = ThreadLocal.withInitial(() -> new Pass(scans.size(), rests.length));
  }

  /** The set of RE2 patterns, in the order their matches are given. */
  static PatternSet of(List<String> regexes) {
    return new PatternSet(regexes);
  }

  /** How many patterns there are. */
  int size() {
    return scans.size();
  }

  /**
   * Every match of each pattern in the region {@code text[start, end)}, searched as if it were the
   * whole text, given as offsets in {@code text}: all of the first pattern's matches in order, then
   * the second's, and so on. The region is read in place, not copied.
   */
  void find(String text, int start, int end, Found found) {
    Pass pass = passes.get();
    int n = end - start;
    char[] folded = pass.fold(text, start, end);
    pass.begin();
    if (!bounded.isEmpty() || !anywhere.isEmpty()) {
      boolean afterWord = false;
      for (int i = 0; i < n; i++) {
        char c = text.charAt(start + i);
        boolean word = isWordChar(c);
        if (word ? !afterWord : afterWord && (c == '\u212a' || c == '\u017f')) {
          walk(bounded, folded, i, n, pass);
        }
        if (!anywhere.isEmpty()) {
          walk(anywhere, folded, i, n, pass);
        }
        afterWord = word;
      }
    }
    for (int k = 0; k < scans.size(); k++) {
      PatternScan scan = scans.get(k);
      if (scan.starts() == null) {
        if (wholes[k].lastStart(folded, n, pass.pairs(folded, n)) >= 0) {
          int pattern = k;
          scan.findEverywhere(text, start, end, (s, e) -> found.found(pattern, s, e));
        }
        continue;
      }
      int[] places = pass.places[k];
      int from = 0;
      for (int c = 0; c < pass.counts[k]; c++) {
        int at = places[c];
        if (at < from) {
          continue;
        }
        int matchEnd = scan.matchEndAt(text, start, end, at);
        if (matchEnd < 0) {
          continue;
        }
        found.found(k, start + at, start + matchEnd);
        from = matchEnd > at ? matchEnd : at + 1;
      }
    }
  }

  /**
   * Notes, for each start of {@code trie} that stands at {@code at} of the folded region, the place
   * as one where its pattern is to be tried, if what the start's rest requires stands after it.
   */
  private void walk(StartTrie trie, char[] folded, int at, int n, Pass pass) {
    int node = StartTrie.ROOT;
    for (int j = at; j < n; j++) {
      node = trie.child(node, folded[j]);
      if (node < 0) {
        return;
      }
      for (int id : trie.ids(node)) {
        int k = startPattern[id];
        if (pass.lastPlace[k] != at && at <= pass.lastStart(startRest[id], rests, folded, n)) {
          pass.add(k, at);
        }
      }
    }
  }

  /** Whether RE2 reads {@code c} as a word char for {@code \b}: an ASCII letter, digit or '_'. */
  static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /** A thread's folding of the region and places to try each pattern at, kept from text to text. */
  private static final class Pass {
    char[] folded = new char[256];
    private final CharPairs pairs = new CharPairs();
    private boolean pairsRead;
    final int[][] places;
    final int[] counts;
    final int[] lastPlace;
    final int[] restLimits;
    final int[] restStamps;
    int stamp;

    Pass(int patterns, int restCount) {
      places = new int[patterns][16];
      counts = new int[patterns];
      lastPlace = new int[patterns];
      restLimits = new int[restCount];
      restStamps = new int[restCount];
    }

    char[] fold(String text, int start, int end) {
      char[] out = LiteralPrefilter.fold(text, start, end, folded);
      if (out != folded && out.length <= KEPT) {
        folded = out;
      }
      return out;
    }

    /** Empties the places, for the next text. */
    void begin() {
      Arrays.fill(counts, 0);
      Arrays.fill(lastPlace, -1);
      pairsRead = false;
      stamp++;
      if (stamp == 0) {
        Arrays.fill(restStamps, 0);
        stamp = 1;
      }
    }

    /** {@link LiteralPrefilter#lastStart} of rest {@code r} in this text, worked out once. */
    int lastStart(int r, LiteralPrefilter[] rests, char[] folded, int n) {
      if (restStamps[r] != stamp) {
        restStamps[r] = stamp;
        restLimits[r] = rests[r].lastStart(folded, n, pairs(folded, n));
      }
      return restLimits[r];
    }

    /** The pairs of next chars of this text, read at the first need. */
    CharPairs pairs(char[] folded, int n) {
      if (!pairsRead) {
        pairs.read(folded, n);
        pairsRead = true;
      }
      return pairs;
    }

    void add(int pattern, int at) {
      int[] list = places[pattern];
      if (counts[pattern] == list.length) {
        list = Arrays.copyOf(list, list.length * 2);
        places[pattern] = list;
      }
      list[counts[pattern]++] = at;
      lastPlace[pattern] = at;
    }
  }
}
