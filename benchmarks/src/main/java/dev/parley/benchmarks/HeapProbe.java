package dev.parley.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.parley.io.corpus.CorpusReader;
import dev.parley.io.lexicon.CaseLexicon;
import dev.parley.io.statement.ArticleStatements;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures the heap the corpus reader's streaming pass needs: it streams a corpus and reports the
 * peak heap in use and the most heap still in use after a collection (the live set), which must not
 * grow with the corpus. Run it with a small heap, e.g. {@code -Xmx256m}.
 *
 * <pre>
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar dev.parley.benchmarks.HeapProbe \
 *     --megabytes 50 --seed 1        (or --corpus DIR)
 * </pre>
 */
public final class HeapProbe {
  private static final double MIB = 1024.0 * 1024.0;

  private HeapProbe() {}

  /** Command line: {@code --corpus DIR} or {@code --megabytes N [--seed S]}. */
  public static void main(String[] args) throws IOException, InterruptedException {
    Flags flags =
        Flags.parseOrExit(
            "HeapProbe --corpus DIR | --megabytes N [--seed S]",
            args,
            "--corpus",
            "--megabytes",
            "--seed");
    Path corpus = flags.path("--corpus").orElse(null);
    long megabytes = flags.number("--megabytes", 50);
    long seed = flags.number("--seed", 1);
    Path generated = null;
    if (corpus == null) {
      generated = Files.createTempDirectory("parley-heap-");
      CorpusGenerator.generate(generated, megabytes, seed);
      corpus = generated;
    }
    try {
      probe(corpus);
    } finally {
      if (generated != null) {
        delete(generated);
      }
    }
  }

  private static void probe(Path corpus) throws InterruptedException {
    List<Path> files = CorpusFiles.articles(corpus);
    long bytes = 0;
    for (Path file : files) {
      bytes += file.toFile().length();
    }
    CorpusReader reader = CorpusReader.of(CaseLexicon.bundled(Pipeline.CASE));
    List<MemoryPoolMXBean> pools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    System.gc();
    long baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);

    AtomicLong sampledPeak = new AtomicLong();
    AtomicLong livePeak = new AtomicLong();
    Set<String> heapPools =
        pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    NotificationListener afterCollection =
        (notification, handback) -> {
          if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
              notification.getType())) {
            return;
          }
          GarbageCollectionNotificationInfo info =
              GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
          long used = 0;
          for (Map.Entry<String, MemoryUsage> pool :
              info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
              used += pool.getValue().getUsed();
            }
          }
          livePeak.accumulateAndGet(used, Math::max);
        };
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) collector).addNotificationListener(afterCollection, null, null);
    }
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                sample(sampledPeak);
                try {
                  Thread.sleep(5);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();

    long start = System.nanoTime();
    long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    long[] counts = new long[3];
    try (Stream<ArticleStatements> stream = reader.stream(CorpusFiles.folders(files))) {
      stream.forEach(
          article -> {
            counts[0]++;
            counts[1] += article.sentences().size();
            counts[2] += article.statements().size();
          });
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds =
        (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
    sampler.interrupt();
    sampler.join();
    sample(sampledPeak);
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      try {
        ((NotificationEmitter) collector).removeNotificationListener(afterCollection);
      } catch (ListenerNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }

    long poolPeaks = 0;
    for (MemoryPoolMXBean pool : pools) {
      poolPeaks += pool.getPeakUsage().getUsed();
    }
    System.out.printf(
        Locale.ROOT,
        "corpus: %d articles, %.1f MiB; %d sentences, %d statements%n"
            + "time: %.1f s (%.3f MiB/s); reading thread's CPU: %.1f s (%.3f MiB per CPU-second)%n"
            + "max heap (-Xmx): %.0f MiB; heap in use before the pass: %.1f MiB%n"
            + "peak heap in use (sampled every 5 ms): %.1f MiB%n"
            + "sum of the heap pools' peaks (an upper bound): %.1f MiB%n"
            + "most heap in use after a collection (live set bound): %.1f MiB%n",
        counts[0],
        bytes / MIB,
        counts[1],
        counts[2],
        seconds,
        bytes / MIB / seconds,
        cpuSeconds,
        bytes / MIB / cpuSeconds,
        Runtime.getRuntime().maxMemory() / MIB,
        baseline / MIB,
        sampledPeak.get() / MIB,
        poolPeaks / MIB,
        livePeak.get() / MIB);
  }

  private static void sample(AtomicLong sampledPeak) {
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    sampledPeak.accumulateAndGet(used, Math::max);
  }

  private static void delete(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
