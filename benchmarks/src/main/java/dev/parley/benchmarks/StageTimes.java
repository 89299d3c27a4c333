package dev.parley.benchmarks;

import dev.parley.io.article.Article;
import dev.parley.io.article.ArticleReader;
import dev.parley.io.article.DateMentions;
import dev.parley.io.article.Sentence;
import dev.parley.io.corpus.CorpusReader;
import dev.parley.io.lexicon.CaseLexicon;
import dev.parley.io.lexicon.CompiledLexicon;
import dev.parley.io.lexicon.GenericLexicon;
import dev.parley.io.statement.RecordedScans;
import dev.parley.io.statement.StatementExtractor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times each stage of the pipeline on its own, over articles in memory, by the reading thread's CPU
 * time and the bytes it allocates: reading the articles (decode, boilerplate, sentences), the
 * lexicon match of each sentence, the date mentions of each sentence, and the whole statement
 * extraction (which does the match and the dates again, then the statement rules), and the
 * statement layer alone: the extraction read again from the lexicon scans and date readings it
 * recorded once before the rounds ({@link RecordedScans}), so that its figure is the statement
 * layer's own cost, not a difference of two noisy ones. Each round runs every stage once; the first
 * rounds warm the JIT up.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.parley.benchmarks.StageTimes \
 *     --corpus DIR [--articles 3000] [--rounds 5]
 * </pre>
 */
public final class StageTimes {
  private static final double MIB = 1024.0 * 1024.0;

  private StageTimes() {}

  /** Command line: {@code --corpus DIR [--articles N] [--rounds R]}. */
  public static void main(String[] args) throws IOException {
    Flags flags =
        Flags.parseOrExit(
            "StageTimes --corpus DIR [--articles N] [--rounds R]",
            args,
            "--corpus",
            "--articles",
            "--rounds");
    Path corpus = flags.requiredPath("--corpus");
    int articles = Math.toIntExact(flags.number("--articles", 3000));
    int rounds = Math.toIntExact(flags.number("--rounds", 5));
    List<Path> files = CorpusFiles.articles(corpus);
    List<byte[]> contents = new ArrayList<>();
    long bytes = 0;
    for (Path file : files.subList(0, Math.min(articles, files.size()))) {
      byte[] content = Files.readAllBytes(file);
      contents.add(content);
      bytes += content.length;
    }
    System.out.printf(
        Locale.ROOT, "%d articles, %.1f MiB, %d rounds%n", contents.size(), bytes / MIB, rounds);
    ArticleReader reader = ArticleReader.defaults();
    CompiledLexicon lexicon =
        CompiledLexicon.of(GenericLexicon.bundled(), CaseLexicon.bundled(Pipeline.CASE));
    CorpusReader extractor = CorpusReader.of(CaseLexicon.bundled(Pipeline.CASE));
    StatementExtractor statements = StatementExtractor.of(lexicon);
    List<RecordedScans> recorded = new ArrayList<>();
    for (int i = 0; i < contents.size(); i++) {
      recorded.add(statements.record(reader.read("article-" + i, contents.get(i))));
    }
    for (int round = 1; round <= rounds; round++) {
      List<String> stages = round(contents, bytes, reader, lexicon, extractor, recorded);
      System.out.println("round " + round + ": " + String.join("; ", stages));
    }
  }

  private static List<String> round(
      List<byte[]> contents,
      long bytes,
      ArticleReader reader,
      CompiledLexicon lexicon,
      CorpusReader extractor,
      List<RecordedScans> recorded) {
    List<String> out = new ArrayList<>();
    List<Article> read = new ArrayList<>();
    Meter meter = new Meter(bytes);
    for (int i = 0; i < contents.size(); i++) {
      read.add(reader.read("article-" + i, contents.get(i)));
    }
    out.add(meter.next("read"));
    long matches = 0;
    for (Article a : read) {
      for (Sentence s : a.sentences()) {
        matches += lexicon.match(a.text(), s.start(), s.end()).size();
      }
    }
    out.add(meter.next("match per sentence") + " (" + matches + " matches)");
    long dates = 0;
    for (Article a : read) {
      for (Sentence s : a.sentences()) {
        dates +=
            DateMentions.find(a.text(), s.start(), s.end(), a.published().date().orElse(null))
                .size();
      }
    }
    out.add(meter.next("dates per sentence") + " (" + dates + " mentions)");
    long statements = 0;
    for (Article a : read) {
      statements += extractor.readArticle(a).statements().size();
    }
    out.add(meter.next("extraction") + " (" + statements + " statements)");
    long again = 0;
    for (RecordedScans r : recorded) {
      again += r.extract().statements().size();
    }
    out.add(meter.next("statement layer alone") + " (" + again + " statements)");
    return out;
  }

  /** The reading thread's CPU time and allocation since the last reading. */
  private static final class Meter {
    private final com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final long bytes;
    private long cpu;
    private long allocated;

    Meter(long bytes) {
      this.bytes = bytes;
      this.cpu = threads.getCurrentThreadCpuTime();
      this.allocated = threads.getCurrentThreadAllocatedBytes();
    }

    String next(String stage) {
      long nowCpu = threads.getCurrentThreadCpuTime();
      long nowAllocated = threads.getCurrentThreadAllocatedBytes();
      String s =
          String.format(
              Locale.ROOT,
              "%s %.1f MiB/CPU-s, %.1f bytes allocated per byte",
              stage,
              bytes / MIB / ((nowCpu - cpu) / 1e9),
              (nowAllocated - allocated) / (double) bytes);
      cpu = nowCpu;
      allocated = nowAllocated;
      return s;
    }
  }
}
