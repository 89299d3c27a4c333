package dev.parley.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** The baseline: decoding the articles' UTF-8 bytes into strings, one article per call. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class DecodeBenchmark {
  /** Decodes the next article. */
  @Benchmark
  public String decode(CorpusState corpus, Processed processed) {
    CorpusFiles files = corpus.files();
    return new String(files.content(processed.next(files)), UTF_8);
  }
}
