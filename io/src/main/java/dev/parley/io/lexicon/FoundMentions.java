package dev.parley.io.lexicon;

import java.util.Arrays;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * The mentions a compiled lexicon finds in one span, in parallel arrays kept from span to span, and
 * their order: by start, longer first, then by target, then as they were added. No record is made
 * of each mention.
 *
 * <p>Not safe for use by more than one thread: each thread keeps its own and {@link #clear clears}
 * it for each span.
 *
 * @param <T> what a mention is of
 */
final class FoundMentions<T> {
  /** Room kept between spans: a long span's arrays are let go. */
  private static final int KEPT = 1 << 8;

  /** Below this many mentions the order is sorted by insertion, else by merging. */
  private static final int INSERTION = 24;

  private final Comparator<? super T> byTarget;
  private @Nullable Object[] targets;
  private int[] starts;
  private int[] ends;
  private int[] firsts;
  private int[] lasts;
  private boolean[] fuzzy;
  private int[] order;
  private int[] merged;
  private int count;

  /** Mentions of equal start and end ordered by {@code byTarget}. */
  FoundMentions(Comparator<? super T> byTarget) {
    this.byTarget = byTarget;
    allocate(KEPT);
  }

  private void allocate(int n) {
    targets = new Object[n];
    starts = new int[n];
    ends = new int[n];
    firsts = new int[n];
    lasts = new int[n];
    fuzzy = new boolean[n];
    order = new int[n];
    merged = new int[n];
  }

  /** Empties the list, for the next span. */
  void clear() {
    if (targets.length > KEPT) {
      allocate(KEPT);
    } else {
      Arrays.fill(targets, 0, count, null);
    }
    count = 0;
  }

  /**
   * Adds a mention of {@code target} from char {@code start} to {@code end}, over tokens {@code
   * first} to {@code last}.
   */
  void add(T target, int start, int end, int first, int last, boolean isFuzzy) {
    if (count == targets.length) {
      int n = count * 2;
      targets = Arrays.copyOf(targets, n);
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      firsts = Arrays.copyOf(firsts, n);
      lasts = Arrays.copyOf(lasts, n);
      fuzzy = Arrays.copyOf(fuzzy, n);
      order = new int[n];
      merged = new int[n];
    }
    targets[count] = target;
    starts[count] = start;
    ends[count] = end;
    firsts[count] = first;
    lasts[count] = last;
    fuzzy[count] = isFuzzy;
    count++;
  }

  int count() {
    return count;
  }

  @SuppressWarnings("unchecked") // the array holds only targets added
  T target(int i) {
    return (T) targets[i];
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  int first(int i) {
    return firsts[i];
  }

  int last(int i) {
    return lasts[i];
  }

  boolean fuzzy(int i) {
    return fuzzy[i];
  }

  /**
   * Puts the mentions in order; {@link #sorted} then gives them. Mentions of equal start, end and
   * target keep the order they were added in.
   */
  void sort() {
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    if (count <= INSERTION) {
      insertionSort(0, count);
    } else {
      mergeSort(0, count);
    }
  }

  /** The index, as added, of the {@code k}-th mention in order. */
  int sorted(int k) {
    return order[k];
  }

  private void insertionSort(int from, int to) {
    for (int i = from + 1; i < to; i++) {
      int m = order[i];
      int j = i - 1;
      while (j >= from && compare(order[j], m) > 0) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = m;
    }
  }

  private void mergeSort(int from, int to) {
    if (to - from <= INSERTION) {
      insertionSort(from, to);
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(from, mid);
    mergeSort(mid, to);
    if (compare(order[mid - 1], order[mid]) <= 0) {
      return;
    }
    int a = from;
    int b = mid;
    int k = from;
    while (a < mid && b < to) {
      merged[k++] = compare(order[a], order[b]) <= 0 ? order[a++] : order[b++];
    }
    while (a < mid) {
      merged[k++] = order[a++];
    }
    while (b < to) {
      merged[k++] = order[b++];
    }
    System.arraycopy(merged, from, order, from, to - from);
  }

  /** By start, longer first, then by target, then as added: a total order. */
  private int compare(int i, int j) {
    if (starts[i] != starts[j]) {
      return Integer.compare(starts[i], starts[j]);
    }
    if (ends[i] != ends[j]) {
      return Integer.compare(ends[j], ends[i]);
    }
    int byT = byTarget.compare(target(i), target(j));
    return byT != 0 ? byT : Integer.compare(i, j);
  }
}
