package dev.parley.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Walks a thread through the corpus one article per benchmark call and counts the bytes it has
 * processed; JMH reports the {@code bytes} counter as bytes per second next to the calls per
 * second.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Processed {
  /** Bytes processed in the current iteration. */
  public long bytes;

  private int next;

  /** Starts counting afresh for an iteration. */
  @Setup(Level.Iteration)
  public void reset() {
    bytes = 0;
  }

  /** The index of the next article of {@code corpus}, counting its bytes as processed. */
  int next(CorpusFiles corpus) {
    int index = next;
    next = index + 1 == corpus.size() ? 0 : index + 1;
    bytes += corpus.content(index).length;
    return index;
  }

  /** Counts {@code size} more bytes as processed. */
  void count(long size) {
    bytes += size;
  }
}
