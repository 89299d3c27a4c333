package dev.parley.io.match;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Helpers for lists of {@link TokenSpan}s, such as keeping only the longest of overlapping ones.
 */
public final class Spans {
  private Spans() {}

  /**
   * Keeps the longest spans that do not overlap: spans are taken longest first (the earlier one on
   * a tie, then the one listed first), each kept only if none of its tokens is taken yet. The
   * result is in text order.
   */
  public static <S extends TokenSpan> ImmutableList<S> longestNonOverlapping(List<S> spans) {
    List<Integer> order = new ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.<Integer>comparingInt(
                i -> -(spans.get(i).lastToken() - spans.get(i).firstToken()))
            .thenComparingInt(i -> spans.get(i).firstToken())
            .thenComparingInt(i -> i));
    BitSet taken = new BitSet();
    List<S> kept = new ArrayList<>();
    for (int i : order) {
      S s = spans.get(i);
      int next = taken.nextSetBit(s.firstToken());
      if (next < 0 || next > s.lastToken()) {
        taken.set(s.firstToken(), s.lastToken() + 1);
        kept.add(s);
      }
    }
    kept.sort(Comparator.comparingInt(TokenSpan::firstToken));
    return ImmutableList.copyOf(kept);
  }
}
