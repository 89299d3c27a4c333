package dev.parley.benchmarks;

import dev.parley.io.article.ArticleReader;
import dev.parley.io.corpus.CorpusReader;
import dev.parley.io.lexicon.CaseLexicon;
import dev.parley.io.statement.ArticleStatements;

/** The pipeline under measurement: bytes to an article to its statements, with the case lexicon. */
final class Pipeline {
  /** The case lexicon the benchmarks read with. */
  static final String CASE = "security-guarantees-2021";

  private final ArticleReader articles = ArticleReader.defaults();
  private final CorpusReader corpus = CorpusReader.of(CaseLexicon.bundled(CASE));

  /** The reader of whole corpora. */
  CorpusReader corpusReader() {
    return corpus;
  }

  /** The statements of one article given as bytes. */
  ArticleStatements extract(String source, byte[] content) {
    return corpus.readArticle(articles.read(source, content));
  }
}
