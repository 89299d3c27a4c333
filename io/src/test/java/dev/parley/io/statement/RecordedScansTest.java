package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.io.article.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordedScansTest {
  @Test
  void readsTheBundledArticlesAgainAsTheExtractorReadsThem() {
    StatementExtractor extractor = StatementExtractor.of(Corpus.lexicon());
    for (String id : Corpus.IDS) {
      Article article = Corpus.article(id);
      ArticleStatements direct = extractor.extract(article);
      RecordedScans recorded = extractor.record(article);
      // Twice: a rerun must not lean on tokens split or census bits kept from the one before.
      assertThat(recorded.extract()).as(id).isEqualTo(direct);
      assertThat(recorded.extract()).as(id).isEqualTo(direct);
    }
  }

  @Test
  void readsHeldOutArticlesOfOtherCasesAgainAsTheExtractorReadsThem() {
    List<HeldOut.Entry> entries = HeldOut.entries();
    // Every fourth: articles of several cases, transcripts and live pages among them.
    for (int i = 0; i < entries.size(); i += 4) {
      HeldOut.Entry entry = entries.get(i);
      StatementExtractor extractor = StatementExtractor.of(HeldOut.lexicon(entry.caseName()));
      Article article = HeldOut.article(entry.id());
      assertThat(extractor.record(article).extract())
          .as(entry.id())
          .isEqualTo(extractor.extract(article));
    }
  }

  @Test
  void readsAgainWithAKnowledgeThatSpellsNoWords() {
    Knowledge knowledge = FakeKnowledge.standard();
    Article article =
        TestArticles.of(
            LocalDate.of(2024, 3, 4),
            "Lavrov demanded the withdrawal of troops on March 2. He said Kyiv must agree.",
            "\"We reject the expansion of NATO,\" the Foreign Ministry said.");
    StatementExtractor extractor = StatementExtractor.of(knowledge);
    ArticleStatements direct = extractor.extract(article);
    assertThat(direct.statements()).isNotEmpty();
    assertThat(RecordedScans.record(article, knowledge).extract()).isEqualTo(direct);
  }
}
