package dev.parley.examples;

import dev.parley.examples.report.Report;
import dev.parley.examples.report.ReportBuilder;
import dev.parley.examples.report.TextReport;
import dev.parley.io.article.ArticleReader;
import dev.parley.io.corpus.CorpusReader;
import dev.parley.io.corpus.CorpusReading;
import dev.parley.io.lexicon.CaseLexicon;
import dev.parley.io.statement.ArticleStatements;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * parley on a negotiation of its own: the Grey Sea fisheries talks, an invented negotiation between
 * two coastal states, described by a case lexicon written for it and told in three short news
 * texts. Nothing in parley's code knows of it; the lexicon is all it takes. Prints the unmet
 * demands, the package verdict and how the texts were read.
 */
public final class OtherNegotiation {
  /** The classpath folder of the lexicon and the texts. */
  static final String FOLDER = "dev/parley/examples/";

  /** The case lexicon, in {@link #FOLDER}. */
  static final String LEXICON = "grey-sea-fisheries-2023.lexicon";

  /** The news texts, in reading order, in {@link #FOLDER}{@code grey-sea/}. */
  static final List<String> ARTICLES =
      List.of(
          "2023-03-07-aldmark-sets-terms.txt",
          "2023-03-21-brenland-replies.txt",
          "2023-03-24-aldmark-responds.txt");

  private OtherNegotiation() {}

  /** Prints the unmet demands of the Grey Sea fisheries talks. */
  public static void main(String[] args) {
    System.out.print(report());
  }

  /** The text report of the talks as of their latest communication. */
  static String report() {
    CorpusReading reading = read();
    Report report =
        ReportBuilder.of(reading.record())
            .conflicts(reading.conflicts())
            .reading(UnmetDemandsProgram.account(reading.account()))
            .asOf(ReportBuilder.latest(reading.record()).orElseThrow());
    return TextReport.render(report);
  }

  /** Reads the texts with the talks' case lexicon. */
  static CorpusReading read() {
    CaseLexicon lexicon;
    try (Reader in = new InputStreamReader(open(FOLDER + LEXICON), StandardCharsets.UTF_8)) {
      lexicon = CaseLexicon.read(LEXICON, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CorpusReader reader = CorpusReader.of(lexicon);
    List<ArticleStatements> articles = new ArrayList<>();
    for (String name : ARTICLES) {
      try (InputStream in = open(FOLDER + "grey-sea/" + name)) {
        articles.add(reader.readArticle(ArticleReader.defaults().read(name, in)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return reader.assemble(articles);
  }

  private static InputStream open(String resource) {
    InputStream in = OtherNegotiation.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is not on the classpath");
    }
    return in;
  }
}
