package dev.parley.record;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.communication.Communication;
import dev.parley.testing.RandomRecords;
import dev.parley.testing.Seeds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A record holds its communications in time order whatever order they were given in. */
class CommunicationOrderLawTest {
  @Test
  void communicationsAreSortedByDateAndKeepTheGivenOrderWithinADay() {
    Seeds.check(
        6_000,
        500,
        random -> {
          NegotiationRecord record = new RandomRecords(random).record();
          List<Communication> given = new ArrayList<>(record.communications());
          Collections.shuffle(given, random);

          NegotiationRecord rebuilt =
              NegotiationRecord.builder().from(record).communications(given).build();

          List<Communication> held = rebuilt.communications();
          assertThat(held).containsExactlyInAnyOrderElementsOf(given);
          for (int i = 1; i < held.size(); i++) {
            Communication before = held.get(i - 1);
            Communication after = held.get(i);
            assertThat(before.date()).isBeforeOrEqualTo(after.date());
            if (before.date().equals(after.date())) {
              assertThat(given.indexOf(before)).isLessThan(given.indexOf(after));
            }
          }
          assertThat(NegotiationRecord.builder().from(rebuilt).build()).isEqualTo(rebuilt);
        });
  }
}
