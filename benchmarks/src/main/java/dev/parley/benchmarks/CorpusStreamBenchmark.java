package dev.parley.benchmarks;

import dev.parley.io.statement.ArticleStatements;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The corpus reader's streaming pass over the corpus folders, files read from disk (the page cache,
 * after the first pass) one at a time. One call takes the next article from a stream over the whole
 * corpus, opened anew when it runs out, so that a pass need not fit in an iteration.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
@State(Scope.Thread)
public class CorpusStreamBenchmark {
  private Pipeline pipeline;
  private Stream<ArticleStatements> stream;
  private Iterator<ArticleStatements> articles;

  /** Compiles the lexicons once. */
  @Setup(Level.Trial)
  public void compile() {
    pipeline = new Pipeline();
  }

  /** Closes the open stream. */
  @TearDown(Level.Trial)
  public void close() {
    if (stream != null) {
      stream.close();
    }
  }

  /** Takes the next article's statements from the stream and counts its bytes. */
  @Benchmark
  public ArticleStatements stream(CorpusState corpus, Processed processed) {
    CorpusFiles files = corpus.files();
    if (articles == null || !articles.hasNext()) {
      close();
      stream = pipeline.corpusReader().stream(files.folders());
      articles = stream.iterator();
    }
    ArticleStatements next = articles.next();
    processed.count(files.sizeOf(next.article().source()));
    return next;
  }
}
