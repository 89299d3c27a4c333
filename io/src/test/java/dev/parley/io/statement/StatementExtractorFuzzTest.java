package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.io.InputParseException;
import dev.parley.io.article.Article;
import dev.parley.io.article.ArticleReader;
import dev.parley.io.article.Sentence;
import dev.parley.io.lexicon.CompiledLexicon;

/**
 * Whatever an article says, the extractor gives one record per sentence, in order, and never
 * throws. Every statement rests on text of its own sentence, quoted exactly, and names only
 * parties, actors, items and documents the lexicon has; extracting twice gives the same result. The
 * seeds are in {@code StatementExtractorFuzzTestInputs/arbitraryTextIsReadWithoutException}.
 */
class StatementExtractorFuzzTest {
  private static final CompiledLexicon LEXICON = Corpus.lexicon();
  private static final StatementExtractor EXTRACTOR = StatementExtractor.of(LEXICON);

  @FuzzTest(maxDuration = "20s")
  void arbitraryTextIsReadWithoutException(byte[] data) {
    Article article;
    try {
      article = ArticleReader.defaults().read("fuzz.txt", data);
    } catch (InputParseException e) {
      return;
    }
    ArticleStatements result = EXTRACTOR.extract(article);
    assertThat(result.sentences()).hasSize(article.sentences().size());
    for (SentenceRecord record : result.sentences()) {
      Sentence sentence = article.sentence(record.sentence());
      assertThat(record.reason()).isNotBlank();
      for (Statement s : record.statements()) {
        assertThat(s.articleId()).isEqualTo(article.id());
        assertThat(s.sentence()).isEqualTo(record.sentence());
        assertThat(s.start()).as("start of %s", s).isGreaterThanOrEqualTo(sentence.start());
        assertThat(s.end()).as("end of %s", s).isLessThanOrEqualTo(sentence.end());
        assertThat(article.text().substring(s.start(), s.end())).isEqualTo(s.quote());
        assertKnown(s);
      }
    }
    assertThat(EXTRACTOR.extract(article)).isEqualTo(result);
  }

  private static void assertKnown(Statement s) {
    s.speakerActor().ifPresent(id -> assertThat(LEXICON.actor(id)).as("actor %s", id).isPresent());
    s.speakerParty().ifPresent(id -> assertThat(LEXICON.party(id)).as("party %s", id).isPresent());
    s.addressees().forEach(id -> assertThat(LEXICON.party(id)).as("addressee %s", id).isPresent());
    s.items().forEach(id -> assertThat(LEXICON.item(id)).as("item %s", id).isPresent());
    s.documents().forEach(id -> assertThat(LEXICON.document(id)).as("document %s", id).isPresent());
  }
}
