package dev.parley.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a synthetic corpus of varied news-like English articles for the benchmarks: many files of
 * 2 to 20 KiB, in folders of {@value #FILES_PER_FOLDER}, composed from grammar templates.
 *
 * <p>The corpus is a function of the seed and the size: the same arguments give the same bytes.
 * Articles are written one at a time, so memory does not grow with the corpus.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.parley.benchmarks.CorpusGenerator \
 *     --out /tmp/parley-corpus --megabytes 50 --seed 1
 * </pre>
 */
public final class CorpusGenerator {
  /** How many articles one folder holds. */
  public static final int FILES_PER_FOLDER = 500;

  private static final int PSEUDO_WORDS = 40_000;

  /** What was written: the number of files and their total size in bytes. */
  public record Summary(Path folder, int files, long bytes) {
    /** The total size in MiB. */
    public double mebibytes() {
      return bytes / (1024.0 * 1024.0);
    }
  }

  private final long seed;
  private final ArticleComposer composer;

  private CorpusGenerator(long seed) {
    this.seed = seed;
    Random setup = new Random(seed);
    Vocabulary words = Vocabulary.generate(setup, PSEUDO_WORDS);
    this.composer = new ArticleComposer(words, NewsCast.generate(setup, words));
  }

  /**
   * Writes at least {@code mebibytes} MiB of articles into {@code out}, which must be absent or
   * empty.
   */
  public static Summary generate(Path out, long mebibytes, long seed) {
    if (mebibytes <= 0) {
      throw new IllegalArgumentException("megabytes must be positive but was " + mebibytes);
    }
    try {
      Files.createDirectories(out);
      try (Stream<Path> entries = Files.list(out)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalArgumentException("output folder is not empty: " + out);
        }
      }
      return new CorpusGenerator(seed).write(out, mebibytes * 1024 * 1024);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the corpus to " + out, e);
    }
  }

  /** The text of article {@code index}, the same for the same seed whatever was written before. */
  String article(int index) {
    return composer.compose(new Random(mix(seed * 0x9E3779B97F4A7C15L + index)));
  }

  /**
   * Scrambles the bits of {@code z} so that consecutive article indexes give unrelated seeds: the
   * first values of {@link Random}s with nearby seeds are strongly correlated.
   */
  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }

  private Summary write(Path out, long targetBytes) throws IOException {
    long bytes = 0;
    int files = 0;
    Path folder = out;
    while (bytes < targetBytes) {
      if (files % FILES_PER_FOLDER == 0) {
        folder = out.resolve(String.format(Locale.ROOT, "part-%03d", files / FILES_PER_FOLDER));
        Files.createDirectories(folder);
      }
      byte[] content = article(files).getBytes(UTF_8);
      Path file = folder.resolve(String.format(Locale.ROOT, "article-%06d.txt", files));
      try (OutputStream stream = Files.newOutputStream(file)) {
        stream.write(content);
      }
      bytes += content.length;
      files++;
    }
    return new Summary(out, files, bytes);
  }

  /** Command line: {@code --out DIR --megabytes N --seed S}. */
  public static void main(String[] args) {
    Flags flags =
        Flags.parseOrExit(
            "CorpusGenerator --out DIR [--megabytes N] [--seed S]",
            args,
            "--out",
            "--megabytes",
            "--seed");
    Path out = flags.requiredPath("--out");
    long megabytes = flags.number("--megabytes", 50);
    long seed = flags.number("--seed", 1);
    long start = System.nanoTime();
    Summary summary = generate(out, megabytes, seed);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "wrote %d articles, %d bytes (%.1f MiB) to %s in %.1f s%n",
        summary.files(),
        summary.bytes(),
        summary.mebibytes(),
        summary.folder(),
        seconds);
  }
}
