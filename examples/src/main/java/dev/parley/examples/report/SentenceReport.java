package dev.parley.examples.report;

import com.google.common.base.CharMatcher;
import dev.parley.io.article.Article;
import dev.parley.io.article.Boilerplate;
import dev.parley.io.assembly.SetAside;
import dev.parley.io.corpus.CorpusAccount;
import dev.parley.io.corpus.CorpusReading;
import dev.parley.io.statement.ArticleStatements;
import dev.parley.io.statement.SentenceClass;
import dev.parley.io.statement.SentenceRecord;
import dev.parley.io.statement.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders, as plain text, what became of every sentence of every article read: its class and the
 * reason for it, the statements it makes, the boilerplate set aside around it, and the statements
 * left out of the record with their reasons, so that nothing read is lost from view.
 */
public final class SentenceReport {
  private SentenceReport() {}

  /** Renders every article of {@code reading}, then the statements set aside. */
  public static String render(CorpusReading reading) {
    StringBuilder out = new StringBuilder();
    CorpusAccount account = reading.account();
    out.append("Every sentence of ")
        .append(account.articles())
        .append(account.articles() == 1 ? " article" : " articles")
        .append(": ")
        .append(counts(account.sentences(), account.sentencesByClass()))
        .append("; ")
        .append(account.boilerplate())
        .append(" boilerplate passages set aside\n");
    Map<String, Article> byId = new HashMap<>();
    for (ArticleStatements article : reading.articles()) {
      byId.put(article.article().id(), article.article());
      out.append('\n');
      article(out, article);
    }
    out.append("\nStatements set aside: ")
        .append(reading.setAside().size())
        .append(" of ")
        .append(account.statements())
        .append('\n');
    for (SetAside s : reading.setAside()) {
      Article article = byId.get(s.articleId());
      String where =
          article == null || s.sentence() >= article.sentences().size()
              ? ""
              : "line " + article.sentence(s.sentence()).line() + ", ";
      out.append("  ")
          .append(s.articleId())
          .append(", ")
          .append(where)
          .append("sentence ")
          .append(s.sentence() + 1)
          .append(": ")
          .append(s.act())
          .append(" \"")
          .append(oneLine(s.quote()))
          .append("\"\n      set aside: ")
          .append(s.reason())
          .append('\n');
    }
    return out.toString();
  }

  /**
   * Renders one article: a heading with its counts, then its sentences and boilerplate in order.
   */
  public static void article(StringBuilder out, ArticleStatements statements) {
    Article article = statements.article();
    out.append(article.id())
        .append("  \"")
        .append(oneLine(article.headline()))
        .append("\"  published ")
        .append(article.published().date().map(LocalDate::toString).orElse("on an unknown day"))
        .append('\n');
    out.append("  ")
        .append(counts(article.sentences().size(), statements.counts()))
        .append("; ")
        .append(article.boilerplate().size())
        .append(" boilerplate passages\n");
    List<Boilerplate> boilerplate = article.boilerplate();
    int next = 0;
    for (SentenceRecord sentence : statements.sentences()) {
      int start = article.sentence(sentence.sentence()).start();
      while (next < boilerplate.size() && boilerplate.get(next).start() < start) {
        boilerplate(out, boilerplate.get(next++));
      }
      sentence(out, article, sentence);
    }
    while (next < boilerplate.size()) {
      boilerplate(out, boilerplate.get(next++));
    }
  }

  /**
   * One statement on one line: act with its CAMEO and PLOVER codes, speaker, addressees, items,
   * documents and date.
   */
  public static String statement(Statement s) {
    StringBuilder line = new StringBuilder();
    line.append(s.act())
        .append(" (CAMEO ")
        .append(s.act().cameo())
        .append(", PLOVER ")
        .append(s.act().plover())
        .append(')');
    if (s.conditional()) {
      line.append(", conditional");
    }
    if (s.partial()) {
      line.append(", partial");
    }
    line.append(" by ").append(oneLine(s.speakerText()));
    List<String> who = new ArrayList<>();
    s.speakerActor().ifPresent(who::add);
    s.speakerParty().ifPresent(who::add);
    if (!who.isEmpty()) {
      line.append(" [").append(String.join(", ", who)).append(']');
    }
    if (!s.addressees().isEmpty()) {
      line.append(" to ").append(String.join(", ", s.addressees()));
    }
    line.append("; items: ").append(s.items().isEmpty() ? "none" : String.join(", ", s.items()));
    if (!s.documents().isEmpty()) {
      line.append("; documents: ").append(String.join(", ", s.documents()));
    }
    line.append("; date: ")
        .append(s.date().map(LocalDate::toString).orElse("unknown"))
        .append(
            s.date().isPresent()
                ? " (from the " + s.dateBasis().name().toLowerCase(Locale.ROOT) + ")"
                : "");
    return line.toString();
  }

  /** Sentence counts by class, as {@code "30 sentences: 12 statement, 15 context, ..."}. */
  public static String counts(int sentences, Map<SentenceClass, Integer> byClass) {
    return sentences
        + (sentences == 1 ? " sentence: " : " sentences: ")
        + byClass.entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));
  }

  private static void sentence(StringBuilder out, Article article, SentenceRecord record) {
    out.append(
        String.format(
            "  line %-4d s%-3d %-12s %s%n",
            article.sentence(record.sentence()).line(),
            record.sentence() + 1,
            record.sentenceClass(),
            record.reason()));
    out.append("      \"")
        .append(oneLine(article.sentence(record.sentence()).text()))
        .append("\"\n");
    for (Statement s : record.statements()) {
      out.append("      -> ").append(statement(s)).append('\n');
    }
  }

  private static void boilerplate(StringBuilder out, Boilerplate b) {
    out.append(
        String.format(
            "  line %-4d      %-12s set aside by rule %s%n", b.line(), "(boilerplate)", b.rule()));
    out.append("      \"").append(oneLine(b.text())).append("\"\n");
  }

  /** The text with every run of white space as one space. */
  static String oneLine(String text) {
    return CharMatcher.whitespace().trimAndCollapseFrom(text, ' ');
  }
}
