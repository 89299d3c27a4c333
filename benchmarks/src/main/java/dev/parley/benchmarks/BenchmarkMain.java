package dev.parley.benchmarks;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the benchmarks with JMH's usual command line and prints, after JMH's own report, each result
 * as MiB of article bytes per second.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.parley.benchmarks.BenchmarkMain \
 *     -p corpusDir=/tmp/parley-corpus Decode LexiconMatch Pipeline CorpusStream
 * </pre>
 */
public final class BenchmarkMain {
  private static final double MIB = 1024.0 * 1024.0;

  private BenchmarkMain() {}

  /** Takes the arguments of {@code org.openjdk.jmh.Main}. */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
    System.out.println();
    System.out.println("benchmark | articles/s | MiB/s (± 99.9% error)");
    for (RunResult run : results) {
      Result<?> primary = run.getPrimaryResult();
      Map<String, Result> secondary = run.getSecondaryResults();
      Result<?> bytes = secondary.get("bytes");
      String name = run.getParams().getBenchmark();
      String rate =
          bytes == null
              ? "-"
              : String.format(
                  Locale.ROOT,
                  "%.4g ± %.2g",
                  bytes.getScore() / MIB,
                  Double.isNaN(bytes.getScoreError()) ? 0 : bytes.getScoreError() / MIB);
      System.out.printf(
          Locale.ROOT,
          "%s | %.4g ± %.2g %s | %s%n",
          name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1),
          primary.getScore(),
          Double.isNaN(primary.getScoreError()) ? 0 : primary.getScoreError(),
          primary.getScoreUnit(),
          rate);
    }
  }
}
