package dev.parley.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.io.InputParseException;
import dev.parley.party.Party;
import dev.parley.record.NegotiationRecord;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gives an {@link InputParseException} with a precise message and place. */
class ParleyJsonErrorTest {
  private static final String PARTIES =
      """
      "parties": [
        {"id": "RU", "name": "Russia", "kind": "STATE"},
        {"id": "US", "name": "United States", "kind": "STATE"}
      ],
      """;

  private static final String ITEMS =
      """
      "items": [{"id": "i1", "text": "No enlargement"}],
      """;

  private final ParleyJson json = ParleyJson.create();

  private InputParseException error(String text) {
    return error(text, NegotiationRecord.class);
  }

  private InputParseException error(String text, Class<?> type) {
    Throwable thrown = null;
    try {
      json.read("bad.json", new StringReader(text), type);
    } catch (RuntimeException e) {
      thrown = e;
    }
    assertThat(thrown).as("reading %s", text).isInstanceOf(InputParseException.class);
    return (InputParseException) thrown;
  }

  private static String communications(String... communications) {
    return "\"communications\": [\n" + String.join(",\n", communications) + "\n]";
  }

  private static String letter(String id, String date, String author, String more) {
    return String.format(
        "  {\"id\": \"%s\", \"kind\": \"LETTER\", \"date\": \"%s\", \"title\": \"t\","
            + " \"author\": \"%s\"%s}",
        id, date, author, more);
  }

  @Test
  void malformedJson() {
    assertThat(error("{\"title\": \"a\",\n  }").getMessage())
        .isEqualTo(
            "bad.json:2:3: malformed JSON: Unexpected character ('}' (code 125)): was expecting"
                + " double-quote to start field name");
    assertThat(error("{\"title\": \"a\"").getMessage())
        .isEqualTo(
            "bad.json:1:14: malformed JSON: Unexpected end-of-input: expected close marker for"
                + " Object (start marker at (line 1, column 1))");
  }

  @Test
  void wrongType() {
    assertThat(error("{\n  \"title\": [\"a\"]\n}").getMessage())
        .isEqualTo("bad.json:2:12: found an array at title; expected a string");
    assertThat(error("{\"title\": 7}").getMessage())
        .isEqualTo("bad.json:1:11: found an integer at title; expected a string");
    assertThat(error("{\"items\": [{\"id\": \"i\", \"text\": \"t\", \"actingParties\": \"RU\"}]}"))
        .hasMessage("bad.json:1:54: found a string at items[0].actingParties; expected an array");
    assertThat(error("[]").getMessage())
        .isEqualTo("bad.json:1:1: found an array; expected an object (NegotiationRecord)");
    assertThat(error("null").getMessage())
        .isEqualTo("bad.json:1:1: found null; expected an object (NegotiationRecord)");
  }

  @Test
  void wrongTypeForOffsets() {
    String evidence =
        "{\"source\": {\"id\": \"s\", \"title\": \"t\", \"kind\": \"ARTICLE\"}, \"quote\": \"q\","
            + " \"quotation\": \"DIRECT\", \"start\": %s, \"end\": 9}";
    assertThat(error(String.format(evidence, "\"5\""), dev.parley.evidence.Evidence.class))
        .hasMessage("bad.json:1:104: found a string at start; expected an integer");
    assertThat(error(String.format(evidence, "5.5"), dev.parley.evidence.Evidence.class))
        .hasMessage("bad.json:1:104: found a number with a fraction at start; expected an integer");
  }

  @Test
  void missingRequiredField() {
    assertThat(error("{" + PARTIES + "\"actors\": [\n  {\"id\": \"a\", \"party\": \"RU\"}\n]}"))
        .hasMessage(
            "bad.json:6:3: missing required fields \"name\", \"role\" in Actor at actors[0]");
    assertThat(error("{\"id\": \"RU\", \"name\": \"Russia\"}", Party.class))
        .hasMessage("bad.json:1:1: missing required field \"kind\" in Party");
  }

  @Test
  void unknownEnumValueListsTheAllowedValues() {
    assertThat(error("{\"parties\": [{\"id\": \"RU\", \"name\": \"Russia\", \"kind\": \"BLOC\"}]}"))
        .hasMessage(
            "bad.json:1:53: unknown PartyKind \"BLOC\" at parties[0].kind; expected one of STATE,"
                + " ALLIANCE, UNION, ORGANISATION");
    assertThat(error("{\"parties\": [{\"id\": \"RU\", \"name\": \"Russia\", \"kind\": 0}]}"))
        .hasMessage(
            "bad.json:1:53: found an integer at parties[0].kind; expected one of STATE, ALLIANCE,"
                + " UNION, ORGANISATION");
  }

  @Test
  void unknownField() {
    assertThat(
            error("{\"parties\": [{\"id\": \"RU\", \"nmae\": \"Russia\", \"kind\": \"STATE\"}]}"))
        .hasMessage(
            "bad.json:1:27: unknown field \"nmae\" in Party at parties[0]; expected one of id,"
                + " kind, name");
    assertThat(error("{\"title\": \"t\", \"comms\": []}"))
        .hasMessage(
            "bad.json:1:16: unknown field \"comms\" in NegotiationRecord; expected one of actors,"
                + " communications, items, packages, parties, title");
  }

  @Test
  void nullIsRefusedExceptForAnOptionalField() {
    assertThat(error("{\"parties\": [{\"id\": \"RU\", \"name\": null, \"kind\": \"STATE\"}]}"))
        .hasMessage("bad.json:1:35: null is not allowed at parties[0].name; expected a string");
    assertThat(error("{\"items\": [{\"id\": \"i\", \"text\": \"t\", \"actingParties\": [null]}]}"))
        .hasMessage(
            "bad.json:1:55: null is not allowed at items[0].actingParties[0]; expected a string");
    Party party =
        json.read(
            "ok.json",
            new StringReader("{\"id\": \"RU\", \"name\": \"Russia\", \"kind\": \"STATE\"}"),
            Party.class);
    String actor =
        "{\"id\": \"a\", \"name\": \"A\", \"party\": \"RU\", \"role\": \"ENVOY\", \"title\": null}";
    assertThat(json.read("ok.json", new StringReader(actor), dev.parley.party.Actor.class).title())
        .isEmpty();
    assertThat(party.id()).isEqualTo("RU");
  }

  @Test
  void badDates() {
    String c = "{" + PARTIES + communications(letter("c1", "2021-02-30", "RU", "")) + "}";
    assertThat(error(c))
        .hasMessage(
            "bad.json:6:42: invalid date \"2021-02-30\" at communications[0].date; expected a date"
                + " written yyyy-mm-dd, such as \"2021-12-17\"");
    String number = c.replace("\"2021-02-30\"", "20210101");
    assertThat(error(number))
        .hasMessage(
            "bad.json:6:42: found an integer at communications[0].date; expected a date written"
                + " yyyy-mm-dd, such as \"2021-12-17\"");
  }

  @Test
  void duplicateFieldTrailingContentAndEmptyInput() {
    assertThat(error("{\"title\": \"a\", \"title\": \"b\"}"))
        .hasMessage("bad.json:1:16: duplicate field 'title'");
    assertThat(error("{\"title\": \"a\"}\n{}"))
        .hasMessage("bad.json:2:1: unexpected content after the end of the JSON value");
    InputParseException empty = error(" \n ");
    assertThat(empty).hasMessage("bad.json: empty input; expected an object (NegotiationRecord)");
    assertThat(empty.line()).isZero();
  }

  @Test
  void invalidNestedValueIsPlacedAtItsStartWithItsPath() {
    String evidence =
        "\"evidence\": [\n    {\"source\": {\"id\": \"s1\", \"title\": \"t\", \"kind\": \"ARTICLE\"},"
            + " \"quote\": \"q\", \"quotation\": \"DIRECT\", \"start\": 9, \"end\": 3}]";
    String c =
        "{" + PARTIES + communications(letter("c1", "2021-01-05", "RU", ",\n" + evidence)) + "}";
    assertThat(error(c))
        .hasMessage(
            "bad.json:8:5: invalid Evidence at communications[0].evidence[0]: evidence from s1:"
                + " offsets [9, 3) are out of order");
  }

  @Test
  void invalidRecordNamesTheIdsAndPointsAtTheElement() {
    String danglingParty =
        "{" + PARTIES + communications(letter("c1", "2021-01-05", "UK", "")) + "}";
    assertThat(error(danglingParty))
        .hasMessage(
            "bad.json:6:3: invalid NegotiationRecord: communication c1 (author) refers to unknown"
                + " party UK");

    String answeredLater =
        "{"
            + PARTIES
            + communications(
                letter("c1", "2021-01-05", "RU", ""),
                letter("c2", "2021-01-04", "US", ", \"answers\": [\"c1\"]"))
            + "}";
    assertThat(error(answeredLater))
        .hasMessage(
            "bad.json:7:3: invalid NegotiationRecord: communication c2 dated 2021-01-04 answers c1"
                + " dated later, 2021-01-05");

    String duplicate = "{" + PARTIES.replace("\"US\"", "\"RU\"") + "\"title\": \"t\"}";
    assertThat(error(duplicate))
        .hasMessage("bad.json:3:3: invalid NegotiationRecord: duplicate party id RU");

    String cycle =
        "{"
            + ITEMS
            + "\"packages\": [\n"
            + "  {\"id\": \"k1\", \"title\": \"a\", \"linkage\": \"SEPARABLE\", \"members\": [\"k2\"]},\n"
            + "  {\"id\": \"k2\", \"title\": \"b\", \"linkage\": \"SEPARABLE\", \"members\": [\"k1\"]}\n"
            + "]}";
    assertThat(error(cycle))
        .hasMessage(
            "bad.json:3:3: invalid NegotiationRecord: package k1 contains itself: k1 > k2 > k1");
  }

  @Test
  void fileErrorsNameTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("record.json");
    Files.writeString(file, "{\n  \"title\": 1\n}");
    assertThatThrownBy(() -> json.readRecord(file))
        .isInstanceOf(InputParseException.class)
        .hasMessage(file + ":2:12: found an integer at title; expected a string");

    Path binary = dir.resolve("binary.json");
    Files.write(binary, new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
    assertThatThrownBy(() -> json.readRecord(binary))
        .isInstanceOf(InputParseException.class)
        .hasMessage(binary + ": not UTF-8 text");
  }

  @Test
  void byteOrderMarkIsIgnored() {
    assertThat(json.readRecord("bom.json", new StringReader("\uFEFF{\"title\": \"t\"}")).title())
        .isEqualTo("t");
  }

  /** Damaged versions of a valid file: each gives a record or a located parse error, never more. */
  @Test
  void damagedFilesGiveARecordOrAParseError() {
    String text = json.write(SampleRecords.full());
    String alphabet = "{}[]:,\"\\ 0-9.etruanlSTAE\n";
    for (long seed = 0; seed < 3000; seed++) {
      Random random = new Random(seed);
      StringBuilder damaged = new StringBuilder(text);
      int edits = 1 + random.nextInt(3);
      for (int i = 0; i < edits; i++) {
        int at = random.nextInt(damaged.length());
        switch (random.nextInt(3)) {
          case 0 -> damaged.deleteCharAt(at);
          case 1 -> damaged.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
          default -> damaged.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      try {
        json.readRecord("damaged.json", new StringReader(damaged.toString()));
      } catch (InputParseException e) {
        assertThat(e.line())
            .as("seed %s: %s", seed, e.getMessage())
            .isBetween(0, 1 + text.split("\n", -1).length);
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + " gave " + e + " for:\n" + damaged, e);
      }
    }
  }
}
