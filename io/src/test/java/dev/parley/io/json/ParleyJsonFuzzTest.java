package dev.parley.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.io.InputParseException;
import dev.parley.record.NegotiationRecord;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * Whatever the input, reading a record gives a record or an {@link InputParseException} at a line
 * and column of the input (line 0 only for a blank input): never another exception. A record that
 * is read is written as text that reads back as an equal record and is written the same way again.
 * The seeds are in {@code ParleyJsonFuzzTestInputs/readRecord}.
 */
class ParleyJsonFuzzTest {
  private static final ParleyJson JSON = ParleyJson.create();
  private static final String SOURCE = "fuzz.json";

  // The record's field names and enum constants, so that mutations get past the JSON syntax to the
  // record's own checks.
  @DictionaryFile(resourcePath = "/dev/parley/io/json/ParleyJsonFuzzTest.dict")
  @FuzzTest
  void readRecord(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    NegotiationRecord record;
    try {
      record = JSON.readRecord(SOURCE, new StringReader(text));
    } catch (InputParseException e) {
      assertLocated(e, text);
      return;
    }
    String written = JSON.write(record);
    NegotiationRecord again = JSON.readRecord("written.json", new StringReader(written));
    assertThat(again).isEqualTo(record);
    assertThat(JSON.write(again)).isEqualTo(written);
  }

  private static void assertLocated(InputParseException e, String text) {
    assertThat(e.source()).isEqualTo(SOURCE);
    assertThat(e.problem()).isNotBlank();
    assertThat(e.getMessage()).startsWith(SOURCE + ":");
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        lines++;
      }
    }
    assertThat(e.line()).as("line of %s", e.getMessage()).isLessThanOrEqualTo(lines);
    if (e.line() == 0) {
      assertThat(text.replace("\uFEFF", "")).as("a whole-file error: %s", e.getMessage()).isBlank();
      assertThat(e.column()).isZero();
    } else {
      assertThat(e.column()).as("column of %s", e.getMessage()).isPositive();
    }
  }
}
