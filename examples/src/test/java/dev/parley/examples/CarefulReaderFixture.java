package dev.parley.examples;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a careful reader finds in the bundled articles, read from the test resource {@code
 * careful-reader-2022-02-17.md}: the facts with the places in the articles they rest on, and the
 * known differences between the report and the reader.
 */
final class CarefulReaderFixture {
  /** The resource, next to this class. */
  static final String RESOURCE = "careful-reader-2022-02-17.md";

  private static final Pattern CITATION = Pattern.compile("(\\d{3}):(\\d+) `([^`]+)`");

  /**
   * One fact as the reader finds it.
   *
   * @param key the fact, such as {@code "RU demands nato-no-expansion / US"}
   * @param value the reader's value, such as {@code "rejected"}
   * @param citations the quotes it rests on, in the order given
   */
  record Fact(String key, String value, List<Citation> citations) {}

  /**
   * A quote copied from one line of one article.
   *
   * @param article the first three characters of the article's id, such as {@code "003"}
   * @param line the line, from 1
   * @param quote the words, as the article has them
   */
  record Citation(String article, int line, String quote) {}

  /**
   * A fact on which the report disagrees with the reader.
   *
   * @param key the fact
   * @param reader the reader's value, as in the facts
   * @param report the report's value
   * @param sentence the sentence or lexicon entry the report's value rests on
   */
  record KnownDifference(String key, String reader, String report, String sentence) {}

  private final Map<String, Fact> facts;
  private final Map<String, KnownDifference> differences;

  private CarefulReaderFixture(Map<String, Fact> facts, Map<String, KnownDifference> differences) {
    this.facts = facts;
    this.differences = differences;
  }

  /** Reads the fixture from the class path. */
  static CarefulReaderFixture load() {
    try (InputStream in = CarefulReaderFixture.class.getResourceAsStream(RESOURCE)) {
      checkState(in != null, "no resource %s", RESOURCE);
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses the two tables of the fixture: the facts and the known differences. */
  static CarefulReaderFixture parse(String markdown) {
    int split = markdown.indexOf("\n## Known differences\n");
    checkArgument(split >= 0, "the fixture has no section \"## Known differences\"");
    Map<String, Fact> facts = new LinkedHashMap<>();
    for (List<String> row : rows(markdown.substring(0, split), 3)) {
      Fact fact = new Fact(row.get(0), row.get(1), citations(row.get(2)));
      checkArgument(facts.put(fact.key(), fact) == null, "fact listed twice: %s", fact.key());
    }
    Map<String, KnownDifference> differences = new LinkedHashMap<>();
    for (List<String> row : rows(markdown.substring(split), 4)) {
      KnownDifference d = new KnownDifference(row.get(0), row.get(1), row.get(2), row.get(3));
      checkArgument(
          differences.put(d.key(), d) == null, "known difference listed twice: %s", d.key());
    }
    return new CarefulReaderFixture(facts, differences);
  }

  /** The body rows of the markdown tables in {@code text}, each with {@code columns} cells. */
  private static List<List<String>> rows(String text, int columns) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : text.lines().toList()) {
      if (!line.startsWith("| ") || line.startsWith("| fact |")) {
        continue;
      }
      List<String> cells =
          List.of(line.substring(1, line.length() - 1).split("\\|")).stream()
              .map(String::strip)
              .toList();
      checkArgument(cells.size() == columns, "expected %s cells: %s", columns, line);
      rows.add(cells);
    }
    return rows;
  }

  private static List<Citation> citations(String where) {
    List<Citation> citations = new ArrayList<>();
    Matcher m = CITATION.matcher(where);
    while (m.find()) {
      citations.add(new Citation(m.group(1), Integer.parseInt(m.group(2)), m.group(3)));
    }
    return List.copyOf(citations);
  }

  /** The facts, by key, in the fixture's order. */
  Map<String, Fact> facts() {
    return facts;
  }

  /** The known differences, by key, in the fixture's order. */
  Map<String, KnownDifference> differences() {
    return differences;
  }
}
