package dev.parley.examples;

import dev.parley.examples.report.SentenceReport;
import dev.parley.io.InputParseException;
import dev.parley.io.article.Article;
import dev.parley.io.article.ArticleReader;
import dev.parley.io.corpus.BundledCorpus;
import dev.parley.io.corpus.CorpusReader;
import dev.parley.io.lexicon.CaseLexicon;
import dev.parley.io.statement.ArticleStatements;
import dev.parley.io.statement.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Reads one news article and prints each statement found in it: speaker, act with its CAMEO code
 * and PLOVER category, addressees, items, date, and the quote it rests on with its line; then how
 * many sentences fell in each class.
 *
 * <p>Usage: {@code ParseOneArticle [ARTICLE.txt [CASE.lexicon]]}. Without arguments it reads a
 * bundled article with the bundled security-guarantees-2021 lexicon. Exit code 1, with the file and
 * the problem named, when an input cannot be read.
 */
public final class ParseOneArticle {
  /** The bundled article read when none is given. */
  static final String DEFAULT_ARTICLE = "001_8e32827da664590b.txt";

  private ParseOneArticle() {}

  /** Parses the article and prints its statements. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs with the given arguments and streams; returns the exit code. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 2) {
      err.println("usage: ParseOneArticle [ARTICLE.txt [CASE.lexicon]]");
      return 2;
    }
    try {
      CaseLexicon lexicon =
          args.length == 2
              ? CaseLexicon.read(Path.of(args[1]))
              : CaseLexicon.bundled(BundledCorpus.SECURITY_GUARANTEES_2021);
      Article article =
          args.length == 0 ? bundled() : ArticleReader.defaults().read(Path.of(args[0]));
      ArticleStatements statements = CorpusReader.of(lexicon).readArticle(article);
      out.print(render(statements));
      return 0;
    } catch (InputParseException e) {
      err.println("cannot read " + e.getMessage());
      return 1;
    }
  }

  /** The statements of one article, then its sentence counts by class. */
  static String render(ArticleStatements statements) {
    Article article = statements.article();
    StringBuilder out = new StringBuilder();
    out.append(article.id())
        .append(": \"")
        .append(article.headline())
        .append("\", published ")
        .append(article.published().date().map(Object::toString).orElse("on an unknown day"))
        .append('\n')
        .append(statements.statements().size())
        .append(" statements\n");
    for (Statement s : statements.statements()) {
      out.append("\nline ")
          .append(article.lineOf(s.start()))
          .append(", sentence ")
          .append(s.sentence() + 1)
          .append(": ")
          .append(SentenceReport.statement(s))
          .append("\n    \"")
          .append(s.quote())
          .append("\" (")
          .append(s.speech().name().toLowerCase(java.util.Locale.ROOT))
          .append(")\n");
    }
    out.append('\n')
        .append(SentenceReport.counts(article.sentences().size(), statements.counts()))
        .append("; ")
        .append(article.boilerplate().size())
        .append(" boilerplate passages set aside\n");
    return out.toString();
  }

  private static Article bundled() {
    try (InputStream in =
        BundledCorpus.open(BundledCorpus.SECURITY_GUARANTEES_2021, DEFAULT_ARTICLE)) {
      return ArticleReader.defaults().read(DEFAULT_ARTICLE, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
