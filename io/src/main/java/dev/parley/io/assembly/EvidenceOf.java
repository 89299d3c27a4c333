package dev.parley.io.assembly;

import dev.parley.evidence.Evidence;
import dev.parley.evidence.Quotation;
import dev.parley.evidence.Source;
import dev.parley.evidence.SourceKind;
import dev.parley.io.article.Article;
import dev.parley.io.lexicon.CaseLexicon;
import dev.parley.io.lexicon.DocumentEntry;
import dev.parley.io.statement.Speech;
import dev.parley.io.statement.Statement;
import java.util.Optional;

/** Makes the evidence of the record from statements and from the case lexicon. */
final class EvidenceOf {
  private EvidenceOf() {}

  /** The source an article is, as the record cites it. */
  static Source article(Article article) {
    return Source.builder()
        .id(article.id())
        .title(article.headline())
        .kind(SourceKind.ARTICLE)
        .date(article.published().date())
        .location(article.source())
        .build();
  }

  /** The evidence of a statement: its exact quote, where it stands, who said it and how. */
  static Evidence statement(Article article, Statement statement, Optional<String> actor) {
    int line = article.sentences().get(statement.sentence()).line();
    return Evidence.builder()
        .source(article(article))
        .quote(statement.quote())
        .locator("line " + line + ", sentence " + (statement.sentence() + 1))
        .start(statement.start())
        .end(statement.end())
        .speaker(actor)
        .quotation(statement.speech() == Speech.DIRECT ? Quotation.DIRECT : Quotation.REPORTED)
        .build();
  }

  /**
   * The evidence that a document of the case lexicon puts an item forward: the lexicon is the
   * source, of kind {@link SourceKind#LEXICON}, so that what no article reports is still traceable
   * to where it was written down, and known for resting on the lexicon alone.
   */
  static Evidence lexicon(CaseLexicon lexicon, DocumentEntry document, String item) {
    String text = lexicon.item(item).map(i -> i.text()).orElse(item);
    return Evidence.builder()
        .source(
            Source.builder()
                .id("lexicon:" + lexicon.name())
                .title("case lexicon " + lexicon.name())
                .kind(SourceKind.LEXICON)
                .date(document.date())
                .location(lexicon.name())
                .build())
        .quote(document.title() + ": " + text)
        .locator("document " + document.id())
        .quotation(Quotation.REPORTED)
        .build();
  }
}
