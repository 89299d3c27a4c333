package dev.parley.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ListMultimap;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Finds where, in the text of a JSON object, the element a validation message speaks of starts.
 *
 * <p>A record is checked as a whole only once it has been read, so its checks cannot say where in
 * the file they failed. Their messages name ids, though ({@code "communication c2 answers unknown
 * communication c9"}), and the elements of the record's lists (parties, items, communications, ...)
 * each carry an {@code "id"}. The first word of the message that is such an id gives the place; for
 * a message about a duplicate id it is the second element with that id.
 */
final class ElementLocator {
  private static final Splitter WORDS =
      Splitter.on(CharMatcher.whitespace().or(CharMatcher.anyOf(",;()[]"))).omitEmptyStrings();

  private final ListMultimap<String, JsonLocation> elementsById;

  private ElementLocator(ListMultimap<String, JsonLocation> elementsById) {
    this.elementsById = elementsById;
  }

  /** Indexes the objects in the arrays directly under the top-level object of {@code text}. */
  static ElementLocator index(JsonFactory factory, String text) {
    ListMultimap<String, JsonLocation> byId = ArrayListMultimap.create();
    try (JsonParser p = factory.createParser(text)) {
      if (p.nextToken() == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          if (p.nextToken() == JsonToken.START_ARRAY) {
            indexArray(p, byId);
          } else {
            p.skipChildren();
          }
        }
      }
    } catch (IOException e) {
      // The text was read once already; if it cannot be read again, what was indexed will do.
    }
    return new ElementLocator(byId);
  }

  private static void indexArray(JsonParser p, ListMultimap<String, JsonLocation> byId)
      throws IOException {
    for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      JsonLocation start = p.currentTokenLocation();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("id") && value == JsonToken.VALUE_STRING) {
          byId.put(p.getText(), start);
        } else {
          p.skipChildren();
        }
      }
    }
  }

  /** Where the element that {@code message} is about starts, if the message names one. */
  Optional<JsonLocation> locate(String message) {
    for (String word : WORDS.split(message)) {
      List<JsonLocation> found = elementsById.get(word);
      if (!found.isEmpty()) {
        boolean duplicate = message.startsWith("duplicate") && found.size() > 1;
        return Optional.of(found.get(duplicate ? 1 : 0));
      }
    }
    return Optional.empty();
  }
}
