package dev.parley.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parley.examples.HandBuiltNegotiation;
import dev.parley.io.corpus.BundledCorpus;
import dev.parley.io.corpus.CorpusReader;
import dev.parley.io.corpus.CorpusReading;
import dev.parley.io.lexicon.CaseLexicon;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in headless Chromium and checks what a reader would see: the matrix painted
 * in stance colours, and a cell's evidence shown when the cell is opened.
 */
class HtmlReportInBrowserTest {
  private static final Pattern PANEL =
      Pattern.compile("<div id=\"evidence-body\"([^>]*)>(.*?)</aside>", Pattern.DOTALL);
  private static final Pattern OFFER_PANEL =
      Pattern.compile("<div id=\"offer-evidence-body\"([^>]*)>(.*?)</aside>", Pattern.DOTALL);

  @TempDir Path dir;
  private Path chromium;

  @BeforeEach
  void needsChromium() {
    Optional<Path> found = Chromium.find();
    assumeTrue(
        found.isPresent(),
        "chromium is not installed (apt-get install chromium): the in-browser checks are skipped");
    chromium = found.get();
  }

  private Path write(Report report) throws IOException {
    Path page = dir.resolve("report.html");
    Files.writeString(page, HtmlReport.render(report), StandardCharsets.UTF_8);
    return page;
  }

  /**
   * The page as Chromium shows it, and what one of its evidence panels shows.
   *
   * @param dom the whole page
   * @param panel the contents of the evidence panel
   */
  private record Opened(String dom, String panel) {}

  /**
   * Opens {@code page} at the address {@code #id}, checks that its script ran and that {@code
   * panel} shows the evidence of the element {@code id}, and returns what is shown.
   */
  private Opened open(Path page, String id, Pattern panel) throws IOException {
    String dom = Chromium.dumpDom(chromium, page.toUri() + "#" + id, dir.resolve("profile"));
    assertThat(dom).contains("data-ready=\"true\"");
    Matcher m = panel.matcher(dom);
    assertThat(m.find()).as("evidence panel in %s", dom).isTrue();
    assertThat(m.group(1)).contains("data-shown=\"" + id + "\"");
    return new Opened(dom, m.group(2));
  }

  @Test
  void openingACellFromTheAddressShowsItsQuoteAndSource() throws IOException {
    Path page = write(SmallReports.twoDemands());
    String cell = HtmlReport.cellId("bridge", "S");

    Opened opened = open(page, cell, PANEL);

    assertThat(opened.panel())
        .contains("We will never build it &amp; never will")
        .contains("art-2 (2020-01-02), line 4, chars 120-155")
        .contains("South &amp; Co on “Build the bridge &lt;script&gt;");
    assertThat(opened.dom())
        .containsPattern(
            "id=\""
                + cell
                + "\"[^>]*class=\"[^\"]*selected|class=\"[^\"]*selected[^\"]*\"[^>]*id=\""
                + cell
                + "\"");
  }

  @Test
  void openingAnOffersEvidenceFromTheAddressShowsTheQuoteItRestsOn() throws IOException {
    Path page = write(SmallReports.twoDemands());
    String term = HtmlReport.termId("canal", "s-reply");

    Opened opened = open(page, term, OFFER_PANEL);

    assertThat(opened.panel())
        .contains("South &amp; Co offered “Dig a canal”")
        .contains("South offers to dig a canal")
        .contains("art-2 (2020-01-02), line 8, chars 400-");
    assertThat(opened.dom())
        .containsPattern("class=\"term-evidence selected\" id=\"" + term + "\"")
        // The matrix's own panel still waits for a cell.
        .contains("Select a cell of the matrix");
  }

  @Test
  void aPageWithoutAddressShowsThePromptAndEveryUnmetItem() throws IOException {
    Path page = write(SmallReports.twoDemands());

    String dom = Chromium.dumpDom(chromium, page.toUri().toString(), dir.resolve("profile"));

    assertThat(dom).contains("data-ready=\"true\"").contains("Select a cell of the matrix");
    assertThat(dom)
        .contains("Build the bridge &lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("Share the river | fairly")
        .doesNotContain("<script>alert(1)</script>");
  }

  @Test
  void theMatrixIsPaintedInStanceColours() throws IOException {
    Path page = write(SmallReports.twoDemands());
    Path png = dir.resolve("shot.png");

    Chromium.screenshot(chromium, page.toUri().toString(), png, dir.resolve("profile"), 1400, 900);

    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(count(image, 0xf9d2d2)).as("pixels of a rejected cell").isGreaterThan(1000);
    assertThat(count(image, 0xe1dcfa)).as("pixels of a countered cell").isGreaterThan(1000);
  }

  @Test
  void theHandBuiltNegotiationShowsEveryUnmetItemAndOpensACell() throws IOException {
    Report report =
        ReportBuilder.of(HandBuiltNegotiation.record()).asOf(HandBuiltNegotiation.RUSSIAN_REPLY);
    Path page = write(report);
    String cell = HtmlReport.cellId("no-nato-expansion", "US");

    String dom = Chromium.dumpDom(chromium, page.toUri() + "#" + cell, dir.resolve("profile"));

    assertThat(report.unmet()).hasSizeGreaterThan(5);
    for (DemandRow row : report.unmet()) {
      assertThat(dom).contains("data-item=\"" + row.item().id() + "\"");
      // Chromium writes text with only &, < and > escaped.
      assertThat(dom)
          .contains(
              row.item().text().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
    }
    Matcher panel = PANEL.matcher(dom);
    assertThat(panel.find()).isTrue();
    assertThat(panel.group(2))
        .contains("There will be no change.")
        .contains("003_3a04cc96b03d8b02 (undated), line 13, chars");
  }

  @Test
  void theBundledArticlesShowEveryUnmetItemAndOpenACell() throws IOException {
    CorpusReading reading =
        CorpusReader.of(CaseLexicon.bundled(BundledCorpus.SECURITY_GUARANTEES_2021)).readBundled();
    Report report =
        ReportBuilder.of(reading.record())
            .conflicts(reading.conflicts())
            .asOf(ReportBuilder.latest(reading.record()).orElseThrow());
    Path page = write(report);
    String cell = HtmlReport.cellId("nato-no-expansion", "US");

    String dom = Chromium.dumpDom(chromium, page.toUri() + "#" + cell, dir.resolve("profile"));

    assertThat(dom).contains("data-ready=\"true\"");
    assertThat(report.unmet()).hasSizeGreaterThan(10);
    for (DemandRow row : report.unmet()) {
      assertThat(dom).contains("data-item=\"" + row.item().id() + "\"");
      assertThat(dom)
          .contains(
              row.item().text().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
    }
    Matcher panel = PANEL.matcher(dom);
    assertThat(panel.find()).isTrue();
    assertThat(panel.group(1)).contains("data-shown=\"" + cell + "\"");
    // The panel shows the evidence the analysis holds for that cell: its quote and its source.
    var evidence =
        dev.parley.analysis.UnmetDemands.of(reading.record())
            .unmetAsOf(ReportBuilder.latest(reading.record()).orElseThrow())
            .stream()
            .filter(d -> d.item().equals("nato-no-expansion"))
            .flatMap(d -> d.addressees().stream())
            .filter(a -> a.party().equals("US"))
            .flatMap(a -> a.evidence().stream())
            .findFirst()
            .orElseThrow();
    assertThat(panel.group(2))
        .contains(evidence.quote().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
        .contains(evidence.source().id());
  }

  @Test
  void theBundledArticlesOpenTheQuotesOfAnOffer() throws IOException {
    CorpusReading reading =
        CorpusReader.of(CaseLexicon.bundled(BundledCorpus.SECURITY_GUARANTEES_2021)).readBundled();
    Report report =
        ReportBuilder.of(reading.record())
            .asOf(ReportBuilder.latest(reading.record()).orElseThrow());
    String term = HtmlReport.termId("reopen-missions", "nato-response");

    Opened opened = open(write(report), term, OFFER_PANEL);

    // NATO's offer, as Stoltenberg announced it on 26 January.
    assertThat(opened.panel())
        .contains("NATO offered “NATO and Russia reopen their diplomatic missions in Moscow and")
        .contains(
            "According to him, the alliance offered to restore the diplomatic missions of the"
                + " parties and the line of communication.")
        .contains("002_e8df3a3c245efa1e (2022-02-15), line 29");
  }

  static int count(BufferedImage image, int rgb) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xffffff) == rgb) {
          n++;
        }
      }
    }
    return n;
  }
}
