package dev.parley.io.lexicon;

import dev.parley.io.match.TokenKind;
import dev.parley.io.match.TokenSink;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The tokens of one span of text as a compiled lexicon matches them, in parallel arrays: where each
 * is, its phrase-matcher symbol and what the name it may garble stands for. No token object is
 * made.
 *
 * @param <T> what names stand for
 */
final class ScannedSpan<T> implements TokenSink {
  private final WordSymbols<T> words;
  private final WordSymbols<T>.Table table;
  private int count;
  private int[] starts;
  private int[] ends;
  private int[] symbols;
  private @Nullable Object[] names;

  /**
   * An empty span whose words are described by {@code words}, remembered in {@code table}; made
   * once a thread, with the table, and {@link #clear cleared} for each span scanned.
   */
  ScannedSpan(WordSymbols<T> words, WordSymbols<T>.Table table) {
    this.words = words;
    this.table = table;
    allocate(KEPT);
  }

  /** Room kept for this many tokens between spans: a long span's arrays are let go. */
  private static final int KEPT = 1 << 10;

  private void allocate(int n) {
    starts = new int[n];
    ends = new int[n];
    symbols = new int[n];
    names = new Object[n];
  }

  /** Empties the span, for the next span scanned by the same thread. */
  void clear() {
    count = 0;
    if (starts.length > KEPT) {
      allocate(KEPT);
    }
  }

  @Override
  public void word(CharSequence text, int start, int end, TokenKind kind) {
    if (words.isPlain(text, start, end, kind)) {
      add(start, end, -1, null);
      return;
    }
    int slot = table.of(text, start, end, kind);
    add(start, end, table.symbol(slot), table.name(slot));
  }

  @Override
  public void token(CharSequence text, int start, int end, TokenKind kind, String normalised) {
    if (kind != TokenKind.WORD) {
      add(start, end, words.symbolOf(normalised), null);
      return;
    }
    WordSymbols.Entry<T> e =
        words.describe(text.subSequence(start, end).toString(), kind, normalised);
    add(start, end, e.symbol(), e.name());
  }

  private void add(int start, int end, int symbol, @Nullable T name) {
    if (count == starts.length) {
      int n = count * 2;
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      symbols = Arrays.copyOf(symbols, n);
      names = Arrays.copyOf(names, n);
    }
    starts[count] = start;
    ends[count] = end;
    symbols[count] = symbol;
    names[count] = name;
    count++;
  }

  int count() {
    return count;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  int[] symbols() {
    return symbols;
  }

  /** What the name token {@code i} may garble stands for, or null. */
  @SuppressWarnings("unchecked") // the array holds only names the word symbols gave
  @Nullable T name(int i) {
    return (T) names[i];
  }
}
