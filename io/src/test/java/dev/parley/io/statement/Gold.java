package dev.parley.io.statement;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A gold statement read from a {@code .gold} file (see the README beside the files): what a careful
 * reader finds in one sentence.
 */
record Gold(
    String locator,
    String party,
    Optional<String> actor,
    Act act,
    boolean conditional,
    List<String> addressees,
    List<String> items,
    Optional<String> date,
    Speech speech,
    int line) {

  private static final Splitter BAR = Splitter.on('|').trimResults().omitEmptyStrings();

  /** Parses a gold file; a malformed block fails with its line number. */
  static List<Gold> parse(String source, String content) {
    List<Gold> golds = new ArrayList<>();
    Map<String, String> block = new HashMap<>();
    int blockLine = 0;
    List<String> lines = Splitter.on('\n').splitToList(content);
    for (int i = 0; i <= lines.size(); i++) {
      String line = i < lines.size() ? lines.get(i).strip() : "";
      if (line.startsWith("#")) {
        continue;
      }
      if (line.isEmpty()) {
        if (!block.isEmpty()) {
          golds.add(of(source, blockLine, block));
          block.clear();
        }
        continue;
      }
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected 'key: value'");
      }
      if (block.isEmpty()) {
        blockLine = i + 1;
      }
      block.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
    }
    return ImmutableList.copyOf(golds);
  }

  private static Gold of(String source, int line, Map<String, String> block) {
    String where = source + ":" + line;
    String locator = require(block, "statement", where);
    List<String> speaker =
        Splitter.on('/').trimResults().splitToList(require(block, "speaker", where));
    Act act =
        Act.fromId(require(block, "act", where))
            .orElseThrow(() -> new IllegalArgumentException(where + ": unknown act"));
    String speech = require(block, "speech", where);
    return new Gold(
        locator,
        speaker.get(0),
        speaker.size() > 1 ? Optional.of(speaker.get(1)) : Optional.empty(),
        act,
        block.getOrDefault("conditional", "no").equals("yes"),
        BAR.splitToList(block.getOrDefault("addressees", "")),
        BAR.splitToList(block.getOrDefault("items", "")),
        Optional.ofNullable(block.get("date")).filter(d -> !d.isEmpty()),
        speech.equals("direct") ? Speech.DIRECT : Speech.REPORTED,
        line);
  }

  private static String require(Map<String, String> block, String key, String where) {
    String value = block.get(key);
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(where + ": block lacks '" + key + "'");
    }
    return value;
  }
}
