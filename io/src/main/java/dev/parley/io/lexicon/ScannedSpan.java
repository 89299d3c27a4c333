package dev.parley.io.lexicon;

import dev.parley.io.match.SpelledWords;
import dev.parley.io.match.Spelling;
import dev.parley.io.match.TokenKind;
import dev.parley.io.match.TokenSink;
import dev.parley.io.match.WordTraits;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The tokens of one span of text as a compiled lexicon matches them, in parallel arrays: where each
 * is, its phrase-matcher symbol and what the name it may garble stands for. No token object is
 * made. A span scanned with {@link WordTraits} also keeps each word's {@link Spelling}, from the
 * same lookup of the word that gives its symbol.
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
  private @Nullable Spelling[] spellings;
  private @Nullable WordTraits traits;
  private boolean coversLetters;

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
    spellings = new Spelling[n];
  }

  /**
   * Empties the span, for the next span scanned by the same thread; its words are spelt with {@code
   * traits}, or not at all if null.
   */
  void clear(@Nullable WordTraits traits) {
    count = 0;
    coversLetters = true;
    this.traits = traits;
    if (starts.length > KEPT) {
      allocate(KEPT);
    }
  }

  @Override
  public void word(CharSequence text, int start, int end, TokenKind kind) {
    WordTraits spelling = traits;
    if (spelling == null) {
      if (words.isPlain(text, start, end, kind)) {
        add(start, end, -1, null, null);
        return;
      }
      int slot = table.of(text, start, end, kind);
      add(start, end, table.symbol(slot), table.name(slot), null);
      return;
    }
    int slot = table.of(text, start, end, kind);
    add(
        start,
        end,
        table.symbol(slot),
        table.name(slot),
        table.spelling(slot, text, start, end, spelling));
  }

  @Override
  public void token(CharSequence text, int start, int end, TokenKind kind, String normalised) {
    if (kind != TokenKind.WORD) {
      add(start, end, words.symbolOf(normalised), null, null);
      return;
    }
    // The head of a negated auxiliary ("could" of "couldn't"): a run of letters cut short.
    coversLetters = false;
    WordSymbols.Entry<T> e =
        words.describe(text.subSequence(start, end).toString(), kind, normalised);
    add(start, end, e.symbol(), e.name(), null);
  }

  private void add(int start, int end, int symbol, @Nullable T name, @Nullable Spelling spelling) {
    if (count == starts.length) {
      int n = count * 2;
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      symbols = Arrays.copyOf(symbols, n);
      names = Arrays.copyOf(names, n);
      spellings = Arrays.copyOf(spellings, n);
    }
    starts[count] = start;
    ends[count] = end;
    symbols[count] = symbol;
    names[count] = name;
    spellings[count] = spelling;
    count++;
  }

  /**
   * Adds the words and numbers of the span with their spellings to {@code words}, in text order
   * (none if the span was scanned without traits); whether every run of four or more ASCII letters
   * of the span lies inside one of them.
   */
  boolean addSpelledWords(SpelledWords words) {
    for (int i = 0; i < count; i++) {
      Spelling s = spellings[i];
      if (s != null) {
        words.add(starts[i], s);
      }
    }
    return coversLetters;
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
