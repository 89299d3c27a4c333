package dev.parley.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.io.Resources;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Pins the written format to a file, so that a change to it is a deliberate one: if this test fails
 * because the format was meant to change, update {@code small-record.json} and {@code docs/json.md}
 * together.
 */
class ParleyJsonGoldenTest {
  private final ParleyJson json = ParleyJson.create();

  private static String golden() throws IOException {
    return Resources.toString(
        Resources.getResource(ParleyJsonGoldenTest.class, "small-record.json"),
        StandardCharsets.UTF_8);
  }

  @Test
  void smallRecordIsWrittenExactlyAsTheGoldenFile() throws IOException {
    assertThat(json.write(SampleRecords.small())).isEqualTo(golden());
  }

  @Test
  void goldenFileReadsAsTheSmallRecord() throws IOException {
    assertThat(json.readRecord("small-record.json", new StringReader(golden())))
        .isEqualTo(SampleRecords.small());
  }
}
