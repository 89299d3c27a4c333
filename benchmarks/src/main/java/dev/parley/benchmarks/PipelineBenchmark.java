package dev.parley.benchmarks;

import dev.parley.io.statement.ArticleStatements;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole pipeline on bytes already in memory: the article reader (decoding, boilerplate,
 * paragraphs, sentences, dates) and the statement extractor, one article per call.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
@State(Scope.Benchmark)
public class PipelineBenchmark {
  private Pipeline pipeline;

  /** Compiles the lexicons once. */
  @Setup(Level.Trial)
  public void compile() {
    pipeline = new Pipeline();
  }

  /** Reads the next article and extracts its statements. */
  @Benchmark
  public ArticleStatements readAndExtract(CorpusState corpus, Processed processed) {
    CorpusFiles files = corpus.files();
    int index = processed.next(files);
    return pipeline.extract(files.name(index), files.content(index));
  }
}
