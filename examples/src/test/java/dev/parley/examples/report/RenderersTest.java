package dev.parley.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class RenderersTest {
  private final Report report = SmallReports.twoDemands();

  @Test
  void htmlEscapesEveryTextAndLoadsNothingFromOutside() {
    String html = HtmlReport.render(report);

    assertThat(html)
        .doesNotContain("<script>alert(1)</script>")
        .contains("Build the bridge &lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("North&#39;s &quot;whole&quot; package")
        .contains("South &amp; Co")
        .doesNotContainPattern("(src|href)=\"(https?:)?//")
        .doesNotContain("@import")
        .contains("@media print");
  }

  @Test
  void everyQuoteInTheHtmlNamesItsSourceAndOffsets() {
    String html = HtmlReport.render(report);

    assertThat(html)
        .contains("the bridge must be built")
        .contains("art-1 (2020-01-02), line 3, chars 40-64")
        .contains("id=\"src-art-1\"")
        .contains("id=\"src-art-2\"");
  }

  @Test
  void textGivesEachPositionWithItsCitation() {
    String text = TextReport.render(report);

    assertThat(text)
        .contains("Unmet demands as of 2020-03-01: 2 of 2")
        .contains("S     rejected")
        .contains("E     not addressed")
        .contains("countered by canal")
        .contains("-- art-2 (2020-01-02), line 4, chars 120-155")
        .contains("blocked by: Build the bridge");
  }

  @Test
  void markdownEscapesTableCellsAndNumbersTheNotes() {
    String md = MarkdownReport.render(report);

    assertThat(md)
        .contains("Share the river \\| fairly")
        .contains("\\<script\\>")
        .contains("1. “the bridge must be built”")
        .contains("— art-1 (2020-01-02), line 3, chars 40-64");
  }

  @Test
  void jsonCarriesTheSameQuotesAndOffsets() throws Exception {
    JsonNode json = new ObjectMapper().readTree(JsonReport.render(report));

    JsonNode quote = json.at("/demands/0/positions/0/evidence/0");
    assertThat(quote.get("text").asText()).isEqualTo("We will never build it & never will");
    assertThat(quote.get("sourceId").asText()).isEqualTo("art-2");
    assertThat(quote.get("start").asInt()).isEqualTo(120);
    assertThat(json.get("asOf").asText()).isEqualTo("2020-03-01");
  }
}
