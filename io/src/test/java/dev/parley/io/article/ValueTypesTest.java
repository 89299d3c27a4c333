package dev.parley.io.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Equality, null handling, invariants and JSON of the article value types. */
class ValueTypesTest {
  private static final Paragraph PARAGRAPH =
      Paragraph.builder().index(0).start(0).end(4).line(1).build();
  private static final Sentence SENTENCE =
      Sentence.builder().index(0).paragraph(0).start(0).end(4).line(1).text("One.").build();
  private static final Boilerplate BOILERPLATE =
      Boilerplate.builder().start(5).end(13).line(2).text("See also").rule("see-also").build();
  private static final DateMention MENTION =
      DateMention.builder()
          .start(0)
          .end(9)
          .text("in 2008 x")
          .date(LocalDate.of(2008, 1, 1))
          .precision(DatePrecision.YEAR)
          .relative(false)
          .build();

  @Test
  void equalityFollowsEveryAttribute() {
    new EqualsTester()
        .addEqualityGroup(PARAGRAPH, Paragraph.builder().from(PARAGRAPH).build())
        .addEqualityGroup(Paragraph.builder().from(PARAGRAPH).line(2).build())
        .addEqualityGroup(SENTENCE, Sentence.builder().from(SENTENCE).build())
        .addEqualityGroup(Sentence.builder().from(SENTENCE).paragraph(1).build())
        .addEqualityGroup(BOILERPLATE, Boilerplate.builder().from(BOILERPLATE).build())
        .addEqualityGroup(Boilerplate.builder().from(BOILERPLATE).rule("other").build())
        .addEqualityGroup(MENTION, DateMention.builder().from(MENTION).build())
        .addEqualityGroup(DateMention.builder().from(MENTION).relative(true).build())
        .addEqualityGroup(PublicationDate.unknown(), PublicationDate.unknown())
        .addEqualityGroup(PublicationDate.stated(LocalDate.of(2022, 2, 15), "date 2022-02-15"))
        .addEqualityGroup(PublicationDate.inferred(LocalDate.of(2022, 2, 15), "date 2022-02-15"))
        .testEquals();
    Article a = ArticleReader.defaults().read("a.txt", "Headline here\n\nBody.".getBytes(UTF_8));
    Article b = ArticleReader.defaults().read("a.txt", "Headline here\n\nBody.".getBytes(UTF_8));
    new EqualsTester()
        .addEqualityGroup(a, b)
        .addEqualityGroup(Article.builder().from(a).language("ru").build())
        .testEquals();
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(PublicationDate.class);
    tester.testAllPublicInstanceMethods(Paragraph.builder());
    tester.testAllPublicInstanceMethods(Sentence.builder());
    tester.testAllPublicInstanceMethods(Boilerplate.builder());
    tester.testAllPublicInstanceMethods(ArticleReader.defaults());
    tester.testAllPublicInstanceMethods(SENTENCE);
    tester.testAllPublicInstanceMethods(MENTION);
    tester.setDefault(String.class, "text");
    tester.testAllPublicStaticMethods(DateMentions.class);
  }

  @Test
  void invariantsNameTheOffendingValue() {
    assertThatThrownBy(() -> Sentence.builder().from(SENTENCE).text("One").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sentence 0");
    assertThatThrownBy(() -> Paragraph.builder().from(PARAGRAPH).end(0).build())
        .hasMessageContaining("paragraph 0");
    assertThatThrownBy(() -> Boilerplate.builder().from(BOILERPLATE).rule("").build())
        .hasMessageContaining("rule must not be empty");
    assertThatThrownBy(
            () -> PublicationDate.builder().provenance(DateProvenance.STATED).evidence("x").build())
        .isInstanceOf(IllegalArgumentException.class);
    Article a = ArticleReader.defaults().read("a.txt", "Headline here\n\nBody.".getBytes(UTF_8));
    assertThatThrownBy(() -> Article.builder().from(a).text("Headline").build())
        .hasMessageContaining("article a");
  }

  @Test
  void articleRoundTripsThroughJson() throws Exception {
    ObjectMapper json =
        new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .registerModule(new GuavaModule());
    Article a =
        ArticleReader.defaults()
            .read(
                "a.txt",
                "Published 2022-02-15\nHeadline here\n\nBody on February 14. See also x.\n"
                    .getBytes(UTF_8));
    String written = json.writeValueAsString(a);
    assertThat(written).doesNotContain("lineStarts");
    assertThat(json.readValue(written, Article.class)).isEqualTo(a);
  }
}
