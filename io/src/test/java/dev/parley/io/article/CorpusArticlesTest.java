package dev.parley.io.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The five articles of the bundled corpus, as a user of the corpus sees them. */
class CorpusArticlesTest {
  private static final String CORPUS = "/dev/parley/io/corpus/security-guarantees-2021/";

  static Article read(String name) {
    try (InputStream in = CorpusArticlesTest.class.getResourceAsStream(CORPUS + name + ".txt")) {
      assertThat(in).as(name).isNotNull();
      return ArticleReader.defaults().read(name + ".txt", in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> rules(Article a) {
    return a.boilerplate().stream().map(Boilerplate::rule).collect(Collectors.toList());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "000_78de9c1f8bebefd8",
        "001_8e32827da664590b",
        "002_e8df3a3c245efa1e",
        "003_3a04cc96b03d8b02",
        "004_6568ebfa7143376c"
      })
  void everyArticleIsCoveredAndEnglish(String name) {
    Article a = read(name);
    Coverage.assertCovered(a, name);
    assertThat(a.id()).isEqualTo(name);
    assertThat(a.source()).isEqualTo(name + ".txt");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.sentences()).hasSizeBetween(10, 80);
    assertThat(a.paragraphs()).hasSizeBetween(5, 40);
    assertThat(a.sentences()).allSatisfy(s -> assertThat(s.text()).doesNotContain("See also"));
  }

  @Test
  void stampsGiveTheStatedDateAndRepeatedHeadlineIsSetAside() {
    Article a = read("000_78de9c1f8bebefd8");
    assertThat(a.headline())
        .isEqualTo(
            "Foreign Ministry unveiled Moscow's response to the United States on security guarantees");
    assertThat(a.published().date()).contains(LocalDate.of(2022, 2, 17));
    assertThat(a.published().provenance()).isEqualTo(DateProvenance.STATED);
    assertThat(a.published().evidence().orElseThrow()).contains("17 февраля 2022");
    assertThat(rules(a))
        .containsSubsequence(
            "published-stamp",
            "published-stamp",
            "modified-stamp",
            "modified-stamp",
            "headline",
            "repeated-headline",
            "dateline");
    assertThat(a.sentence(0).text()).startsWith("The Russian Foreign Ministry (MFA) conveyed");
    assertThat(a.sentences()).hasSizeBetween(20, 30);
  }

  @Test
  void dateIsInferredFromAMonthDayAndTheYearMentionedBeforeIt() {
    Article a = read("001_8e32827da664590b");
    assertThat(a.headline()).startsWith("Kremlin won’t withdraw troops").endsWith("proposals");
    assertThat(a.published().provenance()).isEqualTo(DateProvenance.INFERRED);
    assertThat(a.published().date()).contains(LocalDate.of(2022, 2, 15));
    assertThat(a.published().evidence().orElseThrow()).contains("February 15");
    assertThat(rules(a)).containsExactly("headline", "read-also", "read-also");
    assertThat(a.sentence(0).text()).contains("U.S. Ambassador to Russia John Sullivan");
  }

  @Test
  void dateHeaderIsStatedAndTheRestOfItsLineIsTheFirstParagraph() {
    Article a = read("002_e8df3a3c245efa1e");
    assertThat(a.published().date()).contains(LocalDate.of(2022, 2, 15));
    assertThat(a.published().provenance()).isEqualTo(DateProvenance.STATED);
    assertThat(a.published().evidence()).contains("date 2022-02-15");
    assertThat(a.boilerplate())
        .singleElement()
        .satisfies(b -> assertThat(b.rule()).isEqualTo("date-header"));
    assertThat(a.sentence(0).text()).startsWith("On Tuesday, February 15, director");
    assertThat(a.sentence(0).line()).isEqualTo(1);
    assertThat(a.headline()).startsWith("On Tuesday, February 15, director");
    assertThat(a.sentences()).hasSizeBetween(25, 32);
  }

  @Test
  void tailBoilerplateAndInlineSeeAlsoAreSetAsideAndNoDateIsFound() {
    Article a = read("003_3a04cc96b03d8b02");
    assertThat(a.headline())
        .isEqualTo(
            "Bellingen announced that the United States has provided written responses to Russia"
                + " regarding the Ukraine crisis");
    assertThat(a.published().provenance()).isEqualTo(DateProvenance.UNKNOWN);
    assertThat(rules(a))
        .containsSubsequence(
            "headline",
            "see-also",
            "see-also",
            "see-also",
            "see-also",
            "update-note",
            "credit",
            "author-bio",
            "author-bio",
            "related",
            "comments");
    assertThat(a.sentences())
        .anySatisfy(s -> assertThat(s.text()).endsWith("reduce risks,” he said."))
        .noneSatisfy(s -> assertThat(s.text()).contains("Queenie Bell"))
        .noneSatisfy(s -> assertThat(s.text()).contains("contributed reporting"));
    assertThat(a.sentences()).hasSizeBetween(40, 60);
  }

  @Test
  void secondDateHeaderArticle() {
    Article a = read("004_6568ebfa7143376c");
    assertThat(a.published().date()).contains(LocalDate.of(2022, 1, 13));
    assertThat(a.published().provenance()).isEqualTo(DateProvenance.STATED);
    assertThat(a.headline()).startsWith("Russian Deputy Foreign Minister Alexander Grushko said");
    assertThat(a.sentence(1).text()).endsWith("reports RIA News…");
    assertThat(a.sentences()).anySatisfy(s -> assertThat(s.text()).isEqualTo("Building contacts"));
    assertThat(a.sentences()).hasSizeBetween(28, 40);
  }
}
