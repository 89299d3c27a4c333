package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.io.article.Article;
import dev.parley.io.article.Paragraph;
import dev.parley.io.article.PublicationDate;
import dev.parley.io.article.Sentence;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds small articles for tests: paragraphs split into sentences at ". ", "? " and "! ". */
final class TestArticles {
  private TestArticles() {}

  /** The statements the extractor finds with {@code knowledge} in an article of paragraphs. */
  static ArticleStatements read(Knowledge knowledge, LocalDate published, String... paragraphs) {
    return StatementExtractor.of(knowledge).extract(of(published, paragraphs));
  }

  /** The one statement of a reading; fails when there is not exactly one. */
  static Statement only(ArticleStatements result) {
    assertThat(result.statements()).hasSize(1);
    return result.statements().get(0);
  }

  static Article of(@Nullable LocalDate published, String... paragraphs) {
    StringBuilder text = new StringBuilder();
    var article = Article.builder().id("test").source("test").headline("test").language("en");
    article.published(
        published == null
            ? PublicationDate.unknown()
            : PublicationDate.stated(published, published.toString()));
    int sentence = 0;
    for (int p = 0; p < paragraphs.length; p++) {
      if (p > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      String body = paragraphs[p];
      text.append(body);
      article.addParagraph(
          Paragraph.builder().index(p).start(start).end(text.length()).line(1 + 2 * p).build());
      int from = 0;
      for (int i = 0; i < body.length(); i++) {
        boolean last = i == body.length() - 1;
        boolean boundary =
            (body.charAt(i) == '.' || body.charAt(i) == '?' || body.charAt(i) == '!')
                && (last || body.charAt(i + 1) == ' ');
        if (boundary || last) {
          int end = i + 1;
          while (end < body.length() && isCloser(body.charAt(end))) {
            end++;
          }
          String s = body.substring(from, end);
          article.addSentence(
              Sentence.builder()
                  .index(sentence++)
                  .paragraph(p)
                  .start(start + from)
                  .end(start + end)
                  .line(1 + 2 * p)
                  .text(s)
                  .build());
          from = end;
          while (from < body.length() && body.charAt(from) == ' ') {
            from++;
          }
          i = from - 1;
        }
      }
    }
    return article.text(text.toString()).build();
  }

  /** The speaker party and act ("RU accept") of each statement found with the given knowledge. */
  static List<String> acts(Knowledge knowledge, LocalDate published, String... paragraphs) {
    return read(knowledge, published, paragraphs).statements().stream()
        .map(s -> s.speakerParty().orElse("?") + " " + s.act().id())
        .toList();
  }

  /** The speaker party and act ("RU accept") of each statement the bundled lexicons find. */
  static List<String> bundledActs(LocalDate published, String... paragraphs) {
    return bundledStatements(published, paragraphs).stream()
        .map(s -> s.speakerParty().orElse("?") + " " + s.act().id())
        .toList();
  }

  /**
   * The speaker party, act and addressees ("RU accept [US]") of each statement the bundled lexicons
   * find.
   */
  static List<String> bundledActsTo(LocalDate published, String... paragraphs) {
    return bundledStatements(published, paragraphs).stream()
        .map(s -> s.speakerParty().orElse("?") + " " + s.act().id() + " " + s.addressees())
        .toList();
  }

  /** The statements the bundled lexicons find in a small article published on a given day. */
  static List<Statement> bundledStatements(LocalDate published, String... paragraphs) {
    return StatementExtractor.of(Corpus.lexicon()).extract(of(published, paragraphs)).statements();
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\u201D';
  }
}
