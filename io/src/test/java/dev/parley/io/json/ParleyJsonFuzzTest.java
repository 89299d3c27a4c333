package dev.parley.io.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.io.InputParseException;
import dev.parley.record.NegotiationRecord;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * Whatever the input, reading a record gives a record or an {@link InputParseException}: never
 * another exception. The seeds are in {@code ParleyJsonFuzzTestInputs/readRecord}.
 */
class ParleyJsonFuzzTest {
  private static final ParleyJson JSON = ParleyJson.create();

  @FuzzTest
  void readRecord(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    try {
      NegotiationRecord record = JSON.readRecord("fuzz.json", new StringReader(text));
      if (record == null) {
        throw new AssertionError("readRecord gave null");
      }
    } catch (InputParseException expected) {
      if (expected.line() < 0 || expected.column() < 0 || expected.problem().isEmpty()) {
        throw new AssertionError("badly formed error: " + expected.getMessage(), expected);
      }
    }
  }
}
