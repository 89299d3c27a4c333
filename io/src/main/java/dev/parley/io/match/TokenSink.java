package dev.parley.io.match;

/**
 * Receives the tokens {@link Tokenizer#scan} finds, one call per token in text order, so that a
 * caller decides which of them become objects.
 *
 * <p>Offsets are char indices into the text scanned; {@code end} is exclusive.
 */
public interface TokenSink {
  /**
   * A word or number whose normalised form is not worked out yet: for a {@link TokenKind#WORD} it
   * is {@link Tokenizer#normalise(String)} of {@code text[start, end)}, for a {@link
   * TokenKind#NUMBER} the text itself.
   */
  void word(CharSequence text, int start, int end, TokenKind kind);

  /**
   * A token whose normalised form the tokenizer gives: a clitic, the head of a negated auxiliary
   * ({@code won't} gives {@code will}), a punctuation mark.
   */
  void token(CharSequence text, int start, int end, TokenKind kind, String normalised);
}
