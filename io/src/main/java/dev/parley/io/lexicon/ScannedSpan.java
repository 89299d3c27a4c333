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

  ScannedSpan(WordSymbols<T> words, int capacity) {
    this.words = words;
    this.table = words.table();
    int n = Math.max(4, capacity);
    starts = new int[n];
    ends = new int[n];
    symbols = new int[n];
    names = new Object[n];
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
