package dev.parley.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  void anOffersEvidenceButtonHoldsTheQuoteTheOfferRestsOnAndOpensFromTheAddress() {
    String html = HtmlReport.render(report);
    String term = HtmlReport.termId("canal", "s-reply");

    Matcher button =
        Pattern.compile(
                "<button type=\"button\" class=\"term-evidence\" id=\""
                    + Pattern.quote(term)
                    + "\" data-ev=\"(ev-\\d+)\">offered 2020-02-01</button>")
            .matcher(html);
    assertThat(button.find()).as("the offer's evidence button in %s", html).isTrue();
    int block = html.indexOf("<div class=\"ev\" id=\"" + button.group(1) + "\">");
    assertThat(block).as("the evidence the button opens").isNotNegative();
    // What the evidence panel shows when the button is clicked, or the address ends in #term.
    assertThat(html.substring(block, html.indexOf("</div>", block)))
        .contains("<h4>South &amp; Co offered “Dig a canal”</h4>")
        .contains("<p>South offers to dig a canal</p>")
        .contains("art-2 (2020-01-02), line 8, chars 400-");
    assertThat(HtmlAssets.SCRIPT)
        .contains("'td.cell[data-ev], button.term-evidence[data-ev]'")
        .contains("target.matches(TRIGGER)");
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
  void everyFormatListsTheReportsThatContradictEachOther() throws Exception {
    assertThat(TextReport.render(report))
        .contains("Reports that contradict each other")
        .contains("South & Co on Build the bridge")
        .contains("reported as rejected and accepted")
        .contains("-- art-2 (2020-01-02), line 7, chars 300-");
    assertThat(MarkdownReport.render(report))
        .contains("## Reports that contradict each other")
        .contains("“South will not build the bridge”");
    assertThat(HtmlReport.render(report))
        .contains("<section id=\"conflicts\">")
        .contains("reported as rejected and accepted");
    JsonNode json = new ObjectMapper().readTree(JsonReport.render(report));
    assertThat(json.at("/conflicts/0/stances/1").asText()).isEqualTo("ACCEPTED");
  }

  @Test
  void everyFormatListsTheOffersWithTheirStateAndEvidence() throws Exception {
    assertThat(TextReport.render(report))
        .contains("Open offers as of 2020-03-01: 1 of 2 still open")
        .contains("OPEN       Dig a canal [canal]")
        .contains("offered \"South offers to dig a canal\" (A Speaker, quoted)")
        .contains("N     open to discuss")
        .contains("-- art-3 (2020-01-02), line 2, chars 10-37")
        .contains("WITHDRAWN  Run a ferry [ferry]")
        .contains("withdrawn by s-reply (2020-02-01)")
        .contains("\"South now proposes a canal instead\"");
    assertThat(MarkdownReport.render(report))
        .contains("## Open offers")
        .contains("Open offers as of **2020-03-01**: 1 of 2 still open.")
        .contains("| WITHDRAWN (case lexicon only) by `s-reply` [")
        .contains("“we could talk about a canal”");
    String html = HtmlReport.render(report);
    assertThat(html)
        .contains("<section id=\"offers\">")
        .contains("<a href=\"#offers\">Open offers</a>")
        .contains("id=\"offer-evidence-body\"")
        .contains("South &amp; Co offered “Dig a canal”")
        .contains("withdrawn 2020-02-01")
        .contains("id=\"" + HtmlReport.cellId("canal", "N") + "\"")
        .contains("art-3 (2020-01-02), line 2, chars 10-37");
    JsonNode json = new ObjectMapper().readTree(JsonReport.render(report));
    assertThat(json.at("/offers/1/state").asText()).isEqualTo("OPEN");
    assertThat(json.at("/offers/0/withdrawnBy").asText()).isEqualTo("s-reply");
    assertThat(json.at("/offers/1/positions/0/evidence/0/sourceId").asText()).isEqualTo("art-3");
  }

  @Test
  void aPositionCarriedFromABroaderItemSaysWhichInEveryFormat() throws Exception {
    assertThat(TextReport.render(report)).contains("N     open to discuss through waterways");
    assertThat(MarkdownReport.render(report)).contains("open to discuss through waterways");
    assertThat(HtmlReport.render(report))
        .contains(
            "carried from “Talk about the waterways, canals included” (waterways), which includes"
                + " this item");
    JsonNode json = new ObjectMapper().readTree(JsonReport.render(report));
    assertThat(json.at("/offers/1/positions/0/via/0/id").asText()).isEqualTo("waterways");
  }

  @Test
  void aTermThatRestsOnTheCaseLexiconAloneIsMarkedInEveryFormat() throws Exception {
    assertThat(TextReport.render(report))
        .contains("WITHDRAWN  Run a ferry [ferry] (case lexicon only)")
        .doesNotContain("Dig a canal [canal] (case lexicon only)");
    assertThat(MarkdownReport.render(report))
        .contains("| WITHDRAWN (case lexicon only) by `s-reply`");
    assertThat(HtmlReport.render(report))
        .contains("withdrawn (case lexicon only)</td>")
        .contains("It rests on the case lexicon alone: no source read reports it.");
    JsonNode json = new ObjectMapper().readTree(JsonReport.render(report));
    assertThat(json.at("/offers/0/lexiconOnly").asBoolean()).isTrue();
    assertThat(json.at("/offers/1/lexiconOnly").asBoolean()).isFalse();
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
