package dev.parley.io.lexicon;

import dev.parley.io.match.Spelling;
import dev.parley.io.match.TokenKind;
import dev.parley.io.match.Tokenizer;
import dev.parley.io.match.WordKeys;
import dev.parley.io.match.WordTraits;
import java.util.Arrays;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * What a compiled lexicon makes of the words of a text: the phrase-matcher symbol of each word's
 * normalised form and, for a word that may be a garbled name, the name it garbles, remembered for
 * the frequent words so that they cost neither a copy, a normalisation nor a name lookup. Each
 * thread remembers at most {@value #SLOTS} words in a {@link Table} of its own, whose keys and
 * values lie in arrays: a remembered word is told and described without reading an object.
 *
 * @param <T> what names stand for
 */
final class WordSymbols<T> {
  /**
   * What the lexicon makes of one word: its symbol, and what the name it may garble stands for
   * (null if it may be no garbled name, or garbles none).
   */
  record Entry<T>(int symbol, @Nullable T name) {}

  /** What a compiled lexicon knows of a token's forms. */
  interface Describer<T> {
    /** The phrase-matcher symbol of a normalised form, or -1. */
    int symbolOf(String normalised);

    /** Whether a word, as written and normalised, may be a garbled name. */
    boolean mayBeName(String text, String normalised);

    /** What the name a word that may be a garbled name garbles stands for, or null. */
    @Nullable T nameOf(String text);
  }

  /**
   * One thread's memo of the words it met: each slot's symbol, and whether the word garbles a name,
   * in the int its key keeps beside the word's hash, so that a remembered word is told and
   * described from two places in memory (the hash and the key's chars); the name itself, rare, in
   * an array beside. The slot {@value #SLOTS} holds no key: it gives back what was made of a word
   * too long to be remembered.
   *
   * <p>Beside the symbol each slot keeps the word's {@link Spelling}, made when a scan that spells
   * its words first meets it, with that scan's traits: one lookup of a word gives what the lexicon
   * and the reader of the scan's words make of it. Spellings made with other traits are let go.
   */
  final class Table {
    private final WordKeys keys = new WordKeys(SLOTS, MAX_LENGTH);
    private final @Nullable Object[] names = new Object[SLOTS];
    private final @Nullable Spelling[] spellings = new Spelling[SLOTS];
    private @Nullable WordTraits spelt;
    private int longSymbol;
    private @Nullable Object longName;
    private @Nullable String longWord;
    private final ScannedSpan<T> span = new ScannedSpan<>(WordSymbols.this, this);

    /**
     * The thread's span of tokens, emptied, its words spelt with {@code traits} if not null: one
     * span serves all the spans a thread scans.
     */
    ScannedSpan<T> emptySpan(@Nullable WordTraits traits) {
      span.clear(traits);
      return span;
    }

    /**
     * The slot that holds what the lexicon makes of the word {@code text[start, end)} of the given
     * kind, made and put there if the word was not remembered; read it with {@link #symbol} and
     * {@link #name}.
     */
    int of(CharSequence text, int start, int end, TokenKind kind) {
      int found = keys.find(text, start, end, kind.ordinal());
      if (found >= 0) {
        return found;
      }
      String word = text.subSequence(start, end).toString();
      Entry<T> e = isPlain(text, start, end, kind) ? plain() : describe(word, kind);
      if (found == WordKeys.TOO_LONG) {
        longSymbol = e.symbol();
        longName = e.name();
        longWord = word;
        return SLOTS;
      }
      int slot = -1 - found;
      keys.put(slot, text, start, end, kind.ordinal());
      // The symbol is -1 or more: one more than it, shifted, leaves the low bit for the name.
      keys.setValue(slot, (e.symbol() + 1) << 1 | (e.name() == null ? 0 : 1));
      names[slot] = e.name();
      spellings[slot] = spelt == null ? null : Spelling.of(word, spelt);
      return slot;
    }

    /**
     * The spelling, with {@code traits}, of the word {@link #of} last gave {@code slot} for; the
     * word is {@code text[start, end)}, as given to {@link #of}.
     */
    Spelling spelling(int slot, CharSequence text, int start, int end, WordTraits traits) {
      if (traits != spelt) {
        Arrays.fill(spellings, null);
        spelt = traits;
      }
      if (slot == SLOTS) {
        String word = longWord;
        return Spelling.of(word != null ? word : text.subSequence(start, end).toString(), traits);
      }
      Spelling s = spellings[slot];
      if (s == null) {
        s = Spelling.of(text.subSequence(start, end).toString(), traits);
        spellings[slot] = s;
      }
      return s;
    }

    int symbol(int slot) {
      return slot == SLOTS ? longSymbol : (keys.value(slot) >> 1) - 1;
    }

    @SuppressWarnings("unchecked") // the array holds only names the describer gave
    @Nullable T name(int slot) {
      if (slot == SLOTS) {
        return (T) longName;
      }
      return (keys.value(slot) & 1) == 0 ? null : (T) names[slot];
    }
  }

  static final int SLOTS = 1 << 15;

  /** Words longer than this are described afresh each time: they are rare. */
  static final int MAX_LENGTH = 24;

  private final Describer<T> describer;
  private final SymbolPrefixes prefixes;
  private final ThreadLocal<Table> tables = ThreadLocal.withInitial(Table::new);

  /** What a lexicon makes of words, given its describer and the normalised forms it has. */
  WordSymbols(Describer<T> describer, Collection<String> forms) {
    this.describer = describer;
    this.prefixes = new SymbolPrefixes(forms);
  }

  /**
   * The calling thread's span of tokens, empty, its words remembered in the thread's memo and spelt
   * with {@code traits} if not null; to be used by that thread only, and for one span at a time.
   */
  ScannedSpan<T> emptySpan(@Nullable WordTraits traits) {
    return tables.get().emptySpan(traits);
  }

  /**
   * Whether the word or number {@code text[start, end)} surely has no symbol and cannot be a
   * garbled name, so that neither the memo nor the normaliser need see it. A number is its own
   * normalised form and is never a name.
   */
  boolean isPlain(CharSequence text, int start, int end, TokenKind kind) {
    if (kind == TokenKind.NUMBER) {
      return prefixes.rulesOut(text, start, end);
    }
    char first = text.charAt(start);
    boolean mayBeName = end - start >= 5 && !(first >= 'a' && first <= 'z');
    return !mayBeName && prefixes.rulesOut(text, start, end);
  }

  /** What the lexicon makes of a word {@link #isPlain} tells has no symbol and is no name. */
  @SuppressWarnings("unchecked") // holds no name
  private static <T> Entry<T> plain() {
    return (Entry<T>) PLAIN;
  }

  private static final Entry<?> PLAIN = new Entry<>(-1, null);

  /** The phrase-matcher symbol of a normalised form, or -1. */
  int symbolOf(String normalised) {
    return describer.symbolOf(normalised);
  }

  /** Describes a word or number afresh: its normalised form is worked out as the tokenizer's. */
  Entry<T> describe(String text, TokenKind kind) {
    String normalised = kind == TokenKind.NUMBER ? text : Tokenizer.normalise(text);
    return describe(text, kind, normalised);
  }

  /** Describes a token whose normalised form is given. */
  Entry<T> describe(String text, TokenKind kind, String normalised) {
    boolean mayBeName = kind == TokenKind.WORD && describer.mayBeName(text, normalised);
    return new Entry<>(describer.symbolOf(normalised), mayBeName ? describer.nameOf(text) : null);
  }
}
