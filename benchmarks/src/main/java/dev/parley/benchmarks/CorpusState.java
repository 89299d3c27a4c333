package dev.parley.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The corpus a benchmark reads, shared by its threads. With {@code -p corpusDir=DIR} (or the system
 * property {@code parley.corpus}) it reuses a corpus written by {@link CorpusGenerator}; otherwise
 * it generates {@code megabytes} MiB with {@code seed} into a temporary folder, removed after the
 * trial.
 */
@State(Scope.Benchmark)
public class CorpusState {
  /** A corpus folder to reuse; empty to generate one. */
  @Param({""})
  public String corpusDir;

  /** The size of a generated corpus in MiB. */
  @Param({"50"})
  public int megabytes;

  /** The seed of a generated corpus. */
  @Param({"1"})
  public long seed;

  private Path generated;
  private CorpusFiles files;

  /** Finds or generates the corpus and loads it into memory. */
  @Setup(Level.Trial)
  public void load() throws IOException {
    String dir = corpusDir.isBlank() ? System.getProperty("parley.corpus", "") : corpusDir;
    Path root;
    if (dir.isBlank()) {
      generated = Files.createTempDirectory("parley-corpus-");
      root = generated;
      CorpusGenerator.generate(root, megabytes, seed);
    } else {
      root = Paths.get(dir);
    }
    files = CorpusFiles.load(root);
    System.out.printf(
        Locale.ROOT,
        "%n# corpus %s: %d articles, %d bytes (%.1f MiB)%n",
        root,
        files.size(),
        files.bytes(),
        files.bytes() / (1024.0 * 1024.0));
  }

  /** Removes a generated corpus. */
  @TearDown(Level.Trial)
  public void removeGenerated() {
    if (generated == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(generated)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + generated, e);
    }
  }

  CorpusFiles files() {
    return files;
  }
}
