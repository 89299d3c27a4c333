package dev.parley.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.parley.io.lexicon.CaseLexicon;
import dev.parley.io.lexicon.CompiledLexicon;
import dev.parley.io.lexicon.GenericLexicon;
import dev.parley.io.lexicon.LexiconMatch;
import java.util.List;
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
 * Decoding an article and one pass of the compiled lexicon (generic plus security-guarantees case
 * lexicon) over its whole text, one article per call.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
@State(Scope.Benchmark)
public class LexiconMatchBenchmark {
  private CompiledLexicon lexicon;

  /** Compiles the lexicons once. */
  @Setup(Level.Trial)
  public void compile() {
    lexicon = CompiledLexicon.of(GenericLexicon.bundled(), CaseLexicon.bundled(Pipeline.CASE));
  }

  /** Decodes the next article and matches the lexicon over it. */
  @Benchmark
  public List<LexiconMatch> decodeAndMatch(CorpusState corpus, Processed processed) {
    CorpusFiles files = corpus.files();
    String text = new String(files.content(processed.next(files)), UTF_8);
    return lexicon.match(text, 0, text.length());
  }
}
