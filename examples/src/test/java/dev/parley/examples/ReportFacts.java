package dev.parley.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The facts a report states, read from its JSON rendering and keyed as the careful reader's fixture
 * keys them: {@code "RU demands ITEM"}, {@code "RU demands ITEM / US"}, {@code "US offers ITEM"},
 * {@code "package ID"}.
 *
 * <p>A demand or offer made in several proposals counts as made in the latest of them; an
 * addressee's position is the one in the latest proposal that puts the demand to it. A value that
 * rests on the case lexicon alone (a position the report marks so, or a demand or offer every row
 * of which it marks so) reads {@code "OPEN (case lexicon only)"}.
 */
final class ReportFacts {
  /**
   * One fact as the report states it.
   *
   * @param value the value, in the fixture's words
   * @param quotes the quotes the report gives for it
   */
  record Observed(String value, List<Quote> quotes) {}

  /**
   * A quote of the report.
   *
   * @param sourceId the id of its source, such as an article's
   * @param text its words
   */
  record Quote(String sourceId, String text) {}

  /** What follows the value of a fact the report shows on the case lexicon's word alone. */
  static final String LEXICON_ONLY = " (case lexicon only)";

  private ReportFacts() {}

  /**
   * The facts of a report in parley's JSON: every demand and offer, the position on each demand of
   * the given addressees of the demanding party, and every package.
   *
   * @param report the report, as the main program writes it with {@code --format json}
   * @param addressees for each demanding party, the addressees whose positions are facts; a party
   *     not named here has none
   */
  static Map<String, Observed> of(JsonNode report, Map<String, Set<String>> addressees) {
    Map<String, Observed> facts = new LinkedHashMap<>();
    Map<String, JsonNode> latest = new LinkedHashMap<>();
    Map<String, List<Quote>> demandQuotes = new LinkedHashMap<>();
    Map<String, Boolean> lexiconOnly = new LinkedHashMap<>();
    for (JsonNode row : report.path("demands")) {
      String key = row.path("demandingParty").path("id").asText() + " demands " + itemOf(row);
      keepLatest(latest, key, row);
      lexiconOnly.merge(key, row.path("lexiconOnly").asBoolean(), Boolean::logicalAnd);
      demandQuotes
          .computeIfAbsent(key, k -> new ArrayList<>())
          .addAll(quotes(row, "demandEvidence"));
      for (JsonNode position : row.path("positions")) {
        keepLatest(latest, key + " / " + position.path("party").path("id").asText(), row);
      }
    }
    latest.forEach(
        (key, row) -> {
          int slash = key.indexOf(" / ");
          if (slash < 0) {
            facts.put(
                key,
                new Observed(
                    marked(lexiconOnly.get(key), row.path("state").asText()),
                    demandQuotes.get(key)));
          }
        });
    for (String demand : List.copyOf(facts.keySet())) {
      String party = demand.substring(0, demand.indexOf(' '));
      for (String addressee : addressees.getOrDefault(party, Set.of())) {
        JsonNode row = latest.get(demand + " / " + addressee);
        facts.put(
            demand + " / " + addressee,
            row == null ? new Observed("not-addressed", List.of()) : position(row, addressee));
      }
    }
    Map<String, JsonNode> offers = new LinkedHashMap<>();
    Map<String, List<Quote>> offerQuotes = new LinkedHashMap<>();
    for (JsonNode row : report.path("offers")) {
      String key = row.path("offeringParty").path("id").asText() + " offers " + itemOf(row);
      keepLatest(offers, key, row);
      lexiconOnly.merge(key, row.path("lexiconOnly").asBoolean(), Boolean::logicalAnd);
      offerQuotes.computeIfAbsent(key, k -> new ArrayList<>()).addAll(quotes(row, "offerEvidence"));
    }
    offers.forEach(
        (key, row) ->
            facts.put(
                key,
                new Observed(
                    marked(lexiconOnly.get(key), row.path("state").asText()),
                    offerQuotes.get(key))));
    for (JsonNode row : report.path("packages")) {
      // Rows come in the order of the proposals, so a later one replaces an earlier one.
      facts.put(
          "package " + row.path("itemPackage").path("id").asText(),
          new Observed(row.path("met").asBoolean() ? "met" : "not met", List.of()));
    }
    return facts;
  }

  /** The position word for a reason of the report, such as {@code COUNTERED}. */
  static String position(String reason) {
    return switch (reason) {
      case "REJECTED", "COUNTERED" -> "rejected";
      case "OPEN_TO_DISCUSS" -> "discuss";
      case "PARTLY_ACCEPTED" -> "partly-accepted";
      default -> reason.toLowerCase(Locale.ROOT).replace('_', '-');
    };
  }

  private static Observed position(JsonNode row, String addressee) {
    for (JsonNode position : row.path("positions")) {
      if (position.path("party").path("id").asText().equals(addressee)) {
        return new Observed(
            marked(
                position.path("lexiconOnly").asBoolean(),
                position(position.path("reason").asText())),
            quotes(position, "evidence"));
      }
    }
    throw new IllegalStateException("no position of " + addressee);
  }

  /**
   * The value with {@code " (case lexicon only)"} after it when the report marks what it rests on
   * as the case lexicon alone: a position, or every row of a demand or offer.
   */
  private static String marked(boolean lexiconOnly, String value) {
    return lexiconOnly ? value + LEXICON_ONLY : value;
  }

  private static String itemOf(JsonNode row) {
    return row.path("item").path("id").asText();
  }

  private static void keepLatest(Map<String, JsonNode> latest, String key, JsonNode row) {
    JsonNode kept = latest.get(key);
    if (kept == null
        || row.path("proposed").asText().compareTo(kept.path("proposed").asText()) >= 0) {
      latest.put(key, row);
    }
  }

  private static List<Quote> quotes(JsonNode node, String field) {
    List<Quote> quotes = new ArrayList<>();
    for (JsonNode q : node.path(field)) {
      quotes.add(new Quote(q.path("sourceId").asText(), q.path("text").asText()));
    }
    return quotes;
  }
}
