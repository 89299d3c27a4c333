package dev.parley.io.lexicon;

/**
 * Receives the mentions of lexicon entries a {@link CompiledLexicon} finds in a text, one at a time
 * and in the order {@link CompiledLexicon#match} lists them, without a {@link LexiconMatch} made
 * for each.
 */
@FunctionalInterface
public interface MatchSink {
  /**
   * A mention of the entry {@code entryId} of the given kind, from char {@code start} to {@code
   * end}.
   */
  void found(MatchKind kind, String entryId, int start, int end);
}
