package dev.parley.io.lexicon;

import dev.parley.io.match.TokenKind;
import dev.parley.io.match.Tokenizer;
import dev.parley.io.match.WordMemo;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * What a compiled lexicon makes of the words of a text: the phrase-matcher symbol of each word's
 * normalised form and, for a word that may be a garbled name, the name it garbles, remembered for
 * the frequent words ({@link WordMemo}) so that they cost neither a copy, a normalisation nor a
 * name lookup. It holds at most {@value #SLOTS} words and is shared by all threads.
 *
 * @param <T> what names stand for
 */
final class WordSymbols<T> {
  /**
   * What the lexicon makes of one word: its symbol, and what the name it may garble stands for
   * (null if it may be no garbled name, or garbles none).
   */
  record Entry<T>(String text, TokenKind kind, int symbol, @Nullable T name)
      implements WordMemo.Word {
    @Override
    public int variant() {
      return kind.ordinal();
    }
  }

  /** What a compiled lexicon knows of a token's forms. */
  interface Describer<T> {
    /** The phrase-matcher symbol of a normalised form, or -1. */
    int symbolOf(String normalised);

    /** Whether a word, as written and normalised, may be a garbled name. */
    boolean mayBeName(String text, String normalised);

    /** What the name a word that may be a garbled name garbles stands for, or null. */
    @Nullable T nameOf(String text);
  }

  static final int SLOTS = 1 << 15;

  /** Words longer than this are described afresh each time: they are rare. */
  static final int MAX_LENGTH = 24;

  private static final TokenKind[] KINDS = TokenKind.values();

  private final Describer<T> describer;
  private final SymbolPrefixes prefixes;
  private final WordMemo<Entry<T>> memo;

  /** What a lexicon makes of words, given its describer and the normalised forms it has. */
  WordSymbols(Describer<T> describer, Collection<String> forms) {
    this.describer = describer;
    this.prefixes = new SymbolPrefixes(forms);
    this.memo = new WordMemo<>(SLOTS, MAX_LENGTH, (word, kind) -> describe(word, KINDS[kind]));
  }

  /** What the lexicon makes of the word {@code text[start, end)} of the given kind. */
  Entry<T> of(CharSequence text, int start, int end, TokenKind kind) {
    return memo.of(text, start, end, kind.ordinal());
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
    return new Entry<>(
        text, kind, describer.symbolOf(normalised), mayBeName ? describer.nameOf(text) : null);
  }
}
