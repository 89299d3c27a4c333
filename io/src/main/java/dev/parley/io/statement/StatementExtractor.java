package dev.parley.io.statement;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.parley.io.article.Article;
import dev.parley.io.lexicon.CompiledLexicon;

/**
 * Finds, in each sentence of an article, the negotiating statements it makes, and classifies every
 * sentence. Thread-safe: each call to {@link #extract} keeps its own state.
 */
public final class StatementExtractor {
  private final Knowledge knowledge;

  private StatementExtractor(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /** An extractor that reads entities and cues with the given lexicon. */
  public static StatementExtractor of(CompiledLexicon lexicon) {
    return of(new LexiconKnowledge(checkNotNull(lexicon, "lexicon")));
  }

  static StatementExtractor of(Knowledge knowledge) {
    return new StatementExtractor(checkNotNull(knowledge, "knowledge"));
  }

  /** The statements of an article, with one record per sentence. */
  public ArticleStatements extract(Article article) {
    checkNotNull(article, "article");
    return new ArticleReading(article, knowledge).read();
  }

  /**
   * Extracts the statements of an article once, recording the lexicon scans and date readings it
   * asks for, so that the statement rules can read it again without them ({@link
   * RecordedScans#extract}): for measuring the statement layer on its own.
   */
  public RecordedScans record(Article article) {
    checkNotNull(article, "article");
    return RecordedScans.record(article, knowledge);
  }
}
