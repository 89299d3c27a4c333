package dev.parley.io.lexicon;

import dev.parley.io.match.TokenKind;
import dev.parley.io.match.TokenSink;
import java.util.Arrays;

/**
 * The tokens of one span of text as a compiled lexicon matches them, in parallel arrays: where each
 * is, its phrase-matcher symbol and whether it may be a garbled name. No token object is made.
 */
final class ScannedSpan implements TokenSink {
  private final WordSymbols words;
  private int count;
  private int[] starts;
  private int[] ends;
  private int[] symbols;
  private boolean[] mayBeName;

  ScannedSpan(WordSymbols words, int capacity) {
    this.words = words;
    int n = Math.max(4, capacity);
    starts = new int[n];
    ends = new int[n];
    symbols = new int[n];
    mayBeName = new boolean[n];
  }

  @Override
  public void word(CharSequence text, int start, int end, TokenKind kind) {
    if (kind == TokenKind.WORD && words.isPlainWord(text, start, end)) {
      add(start, end, -1, false);
      return;
    }
    WordSymbols.Entry e = words.of(text, start, end, kind);
    add(start, end, e.symbol(), e.mayBeName());
  }

  @Override
  public void token(CharSequence text, int start, int end, TokenKind kind, String normalised) {
    if (kind != TokenKind.WORD) {
      add(start, end, words.symbolOf(normalised), false);
      return;
    }
    WordSymbols.Entry e = words.describe(text.subSequence(start, end).toString(), kind, normalised);
    add(start, end, e.symbol(), e.mayBeName());
  }

  private void add(int start, int end, int symbol, boolean name) {
    if (count == starts.length) {
      int n = count * 2;
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      symbols = Arrays.copyOf(symbols, n);
      mayBeName = Arrays.copyOf(mayBeName, n);
    }
    starts[count] = start;
    ends[count] = end;
    symbols[count] = symbol;
    mayBeName[count] = name;
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

  boolean mayBeName(int i) {
    return mayBeName[i];
  }
}
