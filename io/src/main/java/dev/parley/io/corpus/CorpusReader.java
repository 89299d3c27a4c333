package dev.parley.io.corpus;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.parley.io.InputParseException;
import dev.parley.io.article.Article;
import dev.parley.io.article.ArticleReader;
import dev.parley.io.assembly.Assembly;
import dev.parley.io.assembly.RecordAssembler;
import dev.parley.io.lexicon.CaseLexicon;
import dev.parley.io.lexicon.CompiledLexicon;
import dev.parley.io.lexicon.GenericLexicon;
import dev.parley.io.statement.ArticleStatements;
import dev.parley.io.statement.StatementExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a corpus of news articles with a case lexicon into statements and a negotiation record.
 *
 * <p>This is the one entry point most users need:
 *
 * <pre>{@code
 * CorpusReading reading =
 *     CorpusReader.of(CaseLexicon.bundled("security-guarantees-2021")).readBundled();
 * List<DemandStatus> unmet =
 *     UnmetDemands.of(reading.record()).unmetAsOf(LocalDate.of(2022, 2, 17));
 * }</pre>
 *
 * <p>A folder stands for the {@code .txt} files in it, in name order. A file that cannot be read
 * stops the reading with an {@link InputParseException} that names it. Instances are immutable and
 * can be shared between threads.
 */
public final class CorpusReader {
  private final CompiledLexicon lexicon;
  private final StatementExtractor extractor;
  private final ArticleReader articleReader;
  private final ProgressListener progress;

  private CorpusReader(
      CompiledLexicon lexicon, ArticleReader articleReader, ProgressListener progress) {
    this.lexicon = lexicon;
    this.extractor = StatementExtractor.of(lexicon);
    this.articleReader = articleReader;
    this.progress = progress;
  }

  /** A reader for the negotiation of {@code caseLexicon}, with the bundled generic lexicon. */
  public static CorpusReader of(CaseLexicon caseLexicon) {
    return of(GenericLexicon.bundled(), caseLexicon);
  }

  /** A reader for the negotiation of {@code caseLexicon}, with the given generic lexicon. */
  public static CorpusReader of(GenericLexicon generic, CaseLexicon caseLexicon) {
    return new CorpusReader(
        CompiledLexicon.of(checkNotNull(generic), checkNotNull(caseLexicon)),
        ArticleReader.defaults(),
        ProgressListener.NONE);
  }

  /** A reader like this one that reports its progress to {@code listener}. */
  public CorpusReader withProgress(ProgressListener listener) {
    return new CorpusReader(lexicon, articleReader, checkNotNull(listener));
  }

  /** A reader like this one that reads articles with {@code reader}. */
  public CorpusReader withArticleReader(ArticleReader reader) {
    return new CorpusReader(lexicon, checkNotNull(reader), progress);
  }

  /** The compiled lexicon this reader matches with. */
  public CompiledLexicon lexicon() {
    return lexicon;
  }

  /** Reads the given files and folders. */
  public CorpusReading read(List<Path> filesOrFolders) {
    List<Path> files = expand(filesOrFolders);
    List<ArticleStatements> articles = new ArrayList<>();
    for (Path file : files) {
      articles.add(extractor.extract(articleReader.read(file)));
      progress.articleRead(articles.size(), files.size(), file.getFileName().toString());
    }
    return assemble(articles);
  }

  /**
   * Reads the bundled corpus named {@code corpus}, such as {@link
   * BundledCorpus#SECURITY_GUARANTEES_2021}.
   */
  public CorpusReading readBundled(String corpus) {
    List<String> names = BundledCorpus.articles(corpus);
    List<ArticleStatements> articles = new ArrayList<>();
    for (String name : names) {
      try (InputStream in = BundledCorpus.open(corpus, name)) {
        articles.add(extractor.extract(articleReader.read(name, in)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      progress.articleRead(articles.size(), names.size(), name);
    }
    return assemble(articles);
  }

  /** Reads the bundled corpus of the 2021–22 security-guarantees negotiation. */
  public CorpusReading readBundled() {
    return readBundled(BundledCorpus.SECURITY_GUARANTEES_2021);
  }

  /** Finds the statements of one article. */
  public ArticleStatements readArticle(Article article) {
    return extractor.extract(article);
  }

  /**
   * Reads the statements of the given files and folders one article at a time, so that memory does
   * not grow with the size of the corpus; nothing is assembled.
   */
  public Stream<ArticleStatements> stream(List<Path> filesOrFolders) {
    return expand(filesOrFolders).stream().map(file -> extractor.extract(articleReader.read(file)));
  }

  /** Assembles already extracted articles into a reading. */
  public CorpusReading assemble(List<ArticleStatements> articles) {
    Assembly assembly = RecordAssembler.of(lexicon).assemble(articles);
    return CorpusReading.builder()
        .record(assembly.record())
        .articles(articles)
        .conflicts(assembly.conflicts())
        .setAside(assembly.setAside())
        .account(CorpusAccount.of(articles, assembly.setAside().size()))
        .build();
  }

  /** The files the given paths stand for: a folder for its {@code .txt} files in name order. */
  static List<Path> expand(List<Path> filesOrFolders) {
    ImmutableList.Builder<Path> files = ImmutableList.builder();
    for (Path path : filesOrFolders) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> listing = Files.list(path)) {
          List<Path> articles =
              listing
                  .filter(Files::isRegularFile)
                  .filter(p -> p.getFileName().toString().endsWith(".txt"))
                  .sorted()
                  .toList();
          if (articles.isEmpty()) {
            throw InputParseException.wholeFile(
                path.toString(), "folder holds no articles; expected .txt files");
          }
          files.addAll(articles);
        } catch (IOException e) {
          throw InputParseException.wholeFile(path.toString(), "cannot list folder: " + e);
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw InputParseException.wholeFile(path.toString(), "no such file or folder");
      }
    }
    return files.build();
  }
}
