package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.examples.CarefulReaderFixture.Citation;
import dev.parley.examples.CarefulReaderFixture.Fact;
import dev.parley.examples.CarefulReaderFixture.KnownDifference;
import dev.parley.examples.ReportFacts.Observed;
import dev.parley.examples.ReportFacts.Quote;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Acceptance test of the main report: the main program's report on the bundled articles, compared
 * fact by fact with what a careful reader finds in them (the fixture {@code
 * careful-reader-2022-02-17.md}), where every difference must be a known one.
 */
class CarefulReaderTest {
  /** The addressees whose positions are compared, by demanding party. */
  private static final Map<String, Set<String>> ADDRESSEES =
      Map.of("RU", Set.of("US", "NATO", "EU"), "US", Set.of("RU"), "NATO", Set.of("RU"));

  private static final String OTHER_QUOTES = " (other quotes)";

  private static CarefulReaderFixture fixture;
  private static Map<String, Observed> report;

  @BeforeAll
  static void readTheArticlesAsTheMainProgramDoes() throws Exception {
    fixture = CarefulReaderFixture.load();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = UnmetDemandsProgram.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    assertThat(cli.execute("--format", "json")).as("%s", err).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.path("asOf").asText()).isEqualTo("2022-02-17");
    report = ReportFacts.of(json, ADDRESSEES);
  }

  @Test
  void everyQuoteOfTheCarefulReaderStandsOnTheLineItCites() {
    BundledArticles articles = new BundledArticles();
    List<String> ids = BundledArticles.ids();
    for (Fact fact : fixture.facts().values()) {
      for (Citation c : fact.citations()) {
        String id =
            ids.stream()
                .filter(i -> i.startsWith(c.article() + "_"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no article " + c.article()));
        List<String> lines = articles.text(id).lines().toList();
        assertThat(lines)
            .as("%s: %s has a line %s", fact.key(), id, c.line())
            .hasSizeGreaterThanOrEqualTo(c.line());
        assertThat(BundledArticles.spacesAsPlain(lines.get(c.line() - 1)))
            .as("%s: the quote stands on %s line %s", fact.key(), id, c.line())
            .contains(BundledArticles.spacesAsPlain(c.quote()));
      }
    }
  }

  @Test
  void everyKnownDifferenceIsOfAFactOfTheCarefulReader() {
    for (KnownDifference d : fixture.differences().values()) {
      Fact fact = fixture.facts().get(d.key());
      assertThat(fact).as("known difference of a fact not in the facts: %s", d.key()).isNotNull();
      assertThat(d.reader())
          .as("the careful reader's value for %s, as in the facts", d.key())
          .isEqualTo(fact.value());
      assertThat(d.report()).as("known difference of %s", d.key()).isNotEqualTo(fact.value());
    }
  }

  @Test
  void theReportAgreesWithTheCarefulReaderButForTheKnownDifferences() {
    List<String> problems = new ArrayList<>();
    for (Fact fact : fixture.facts().values()) {
      String actual = reportValue(fact);
      Optional<KnownDifference> known = Optional.ofNullable(fixture.differences().get(fact.key()));
      String expected = known.map(KnownDifference::report).orElse(fact.value());
      if (actual.equals(expected)) {
        continue;
      }
      if (known.isEmpty()) {
        problems.add(
            String.format(
                "new difference on \"%s\": the careful reader finds \"%s\", the report says \"%s\""
                    + "%s%n  if the report is right, correct the fact; else add to the known"
                    + " differences: | %s | %s | %s | (the sentence responsible) |",
                fact.key(), fact.value(), actual, quotes(fact), fact.key(), fact.value(), actual));
      } else if (actual.equals(fact.value())) {
        problems.add(
            String.format(
                "the known difference on \"%s\" is gone: the report now agrees with the careful"
                    + " reader (\"%s\"); remove its row from the known differences",
                fact.key(), actual));
      } else {
        problems.add(
            String.format(
                "the known difference on \"%s\" has changed: the report now says \"%s\", not"
                    + " \"%s\"%s%n  update the row: | %s | %s | %s | (the sentence responsible) |",
                fact.key(), actual, expected, quotes(fact), fact.key(), fact.value(), actual));
      }
    }
    Set<String> unlisted = new TreeSet<>(report.keySet());
    unlisted.removeAll(fixture.facts().keySet());
    unlisted.removeIf(this::belongsToADemandTheReaderDoesNotFind);
    for (String key : unlisted) {
      problems.add(
          String.format(
              "the report states \"%s\" = \"%s\", which the fixture does not list; add the"
                  + " careful reader's finding on it to the facts",
              key, report.get(key).value()));
    }
    assertThat(problems)
        .as(
            "the report and the careful reader (%s):%n%s",
            CarefulReaderFixture.RESOURCE, String.join(System.lineSeparator(), problems))
        .isEmpty();
  }

  /**
   * The report's value of a fact, with {@code " (other quotes)"} when it quotes none of the
   * reader's.
   */
  private static String reportValue(Fact fact) {
    Observed observed = report.get(fact.key());
    if (observed == null) {
      return fact.key().contains(" / ") ? "not-addressed" : "none";
    }
    if (observed.value().equals(fact.value())
        && !fact.citations().isEmpty()
        && fact.citations().stream().noneMatch(c -> quotedBy(c, observed.quotes()))) {
      return observed.value() + OTHER_QUOTES;
    }
    return observed.value();
  }

  private static boolean quotedBy(Citation citation, List<Quote> quotes) {
    String wanted = BundledArticles.spacesAsPlain(citation.quote());
    return quotes.stream()
        .filter(q -> q.sourceId().startsWith(citation.article() + "_"))
        .map(q -> BundledArticles.spacesAsPlain(q.text()))
        .anyMatch(text -> text.contains(wanted) || wanted.contains(text));
  }

  /**
   * Whether {@code key} is an addressee's position on a demand the careful reader does not find.
   */
  private boolean belongsToADemandTheReaderDoesNotFind(String key) {
    int slash = key.indexOf(" / ");
    if (slash < 0) {
      return false;
    }
    Fact demand = fixture.facts().get(key.substring(0, slash));
    return demand != null && demand.value().equals("none");
  }

  /** The report's quotes for a fact, the first few, for a message. */
  private static String quotes(Fact fact) {
    Observed observed = report.get(fact.key());
    if (observed == null) {
      return "";
    }
    List<String> quotes =
        observed.quotes().stream()
            .map(q -> "\"" + q.text() + "\" -- " + q.sourceId())
            .distinct()
            .toList();
    String more = quotes.size() > 3 ? "\n    and " + (quotes.size() - 3) + " more" : "";
    return quotes.stream().limit(3).map(q -> "\n    " + q).collect(Collectors.joining()) + more;
  }
}
