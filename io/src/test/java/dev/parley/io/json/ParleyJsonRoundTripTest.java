package dev.parley.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.communication.Communication;
import dev.parley.evidence.Evidence;
import dev.parley.party.Party;
import dev.parley.record.NegotiationRecord;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParleyJsonRoundTripTest {
  private final ParleyJson json = ParleyJson.create();

  private NegotiationRecord roundTrip(NegotiationRecord record) {
    return json.readRecord("round-trip.json", new StringReader(json.write(record)));
  }

  @Test
  void smallRecordComesBackEqual() {
    assertThat(roundTrip(SampleRecords.small())).isEqualTo(SampleRecords.small());
  }

  @Test
  void recordUsingEveryAttributeComesBackEqual() {
    NegotiationRecord full = SampleRecords.full();
    assertThat(roundTrip(full)).isEqualTo(full);
  }

  @Test
  void emptyRecordComesBackEqual() {
    NegotiationRecord empty = NegotiationRecord.builder().build();
    assertThat(json.write(empty)).isEqualTo("{\n  \"title\": \"\"\n}\n");
    assertThat(roundTrip(empty)).isEqualTo(empty);
  }

  @Test
  void absentOptionalsAndEmptyCollectionsAreLeftOut() {
    String text = json.write(SampleRecords.small().communication("c1"));
    assertThat(text)
        .doesNotContain(
            "speaker", "answers", "stances", "verdict", "supersedes", "\"evidence\": []")
        .contains("\"proposedPackage\": \"ru-proposal\"", "\"date\": \"2021-12-17\"");
  }

  @Test
  void partsOfARecordComeBackEqual() {
    NegotiationRecord full = SampleRecords.full();
    for (Communication c : full.communications()) {
      assertThat(json.read(c.id(), new StringReader(json.write(c)), Communication.class))
          .isEqualTo(c);
    }
    Evidence evidence = full.communication("c1").entries().get(0).evidence().get(0);
    assertThat(json.read("e", new StringReader(json.write(evidence)), Evidence.class))
        .isEqualTo(evidence);
    Party party = full.party("EU");
    assertThat(json.read("p", new StringReader(json.write(party)), Party.class)).isEqualTo(party);
  }

  @Test
  void randomValidRecordsComeBackEqual() {
    for (long seed = 0; seed < 500; seed++) {
      NegotiationRecord record = new RandomRecords(new Random(seed)).next();
      String text = json.write(record);
      assertThat(roundTrip(record)).as("seed %s, JSON:%n%s", seed, text).isEqualTo(record);
      assertThat(json.write(roundTrip(record)).split("\n", -1))
          .as("seed %s writes stably", seed)
          .containsExactly(text.split("\n", -1));
    }
  }

  @Test
  void writerAndFileGiveTheSameTextAsString(@TempDir Path dir) {
    NegotiationRecord full = SampleRecords.full();
    StringWriter out = new StringWriter();
    json.write(full, out);
    assertThat(out.toString()).isEqualTo(json.write(full));

    Path file = dir.resolve("record.json");
    json.write(full, file);
    assertThat(json.readRecord(file)).isEqualTo(full);
    assertThat(json.read(file, NegotiationRecord.class)).isEqualTo(full);
  }

  @Test
  void mapperIsACopyConfiguredTheSameWay() throws Exception {
    NegotiationRecord small = SampleRecords.small();
    assertThat(json.mapper().readValue(json.write(small), NegotiationRecord.class))
        .isEqualTo(small);
    assertThat(json.mapper()).isNotSameAs(json.mapper());
  }
}
