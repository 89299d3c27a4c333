package dev.parley.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.record.NegotiationRecord;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example in {@code docs/json.md} is a valid record, written exactly as the format says. */
class ParleyJsonDocsTest {
  @Test
  void exampleInTheDocsIsAValidRecordInTheWrittenFormat() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "json.md"));
    int start = page.indexOf("```json\n") + "```json\n".length();
    String example = page.substring(start, page.indexOf("```", start));
    ParleyJson json = ParleyJson.create();
    NegotiationRecord record = json.readRecord("docs/json.md", new StringReader(example));
    assertThat(record.communications()).hasSize(2);
    assertThat(json.write(record)).isEqualTo(example);
  }
}
