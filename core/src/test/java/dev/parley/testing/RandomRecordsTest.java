package dev.parley.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.analysis.AddresseePosition;
import dev.parley.analysis.DemandState;
import dev.parley.analysis.DemandStatus;
import dev.parley.analysis.PackageVerdicts;
import dev.parley.analysis.Reason;
import dev.parley.analysis.UnmetDemands;
import dev.parley.record.NegotiationRecord;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generator reproduces records from a seed and reaches the cases the laws are about. */
class RandomRecordsTest {
  @Test
  void aSeedReproducesItsRecord() {
    assertThat(new RandomRecords(new Random(42)).record())
        .isEqualTo(new RandomRecords(new Random(42)).record());
  }

  @Test
  void manySeedsReachEveryStateReasonAndSelectiveResponses() {
    Set<DemandState> states = EnumSet.noneOf(DemandState.class);
    Set<Reason> reasons = EnumSet.noneOf(Reason.class);
    int fromVerdict = 0;
    int selective = 0;
    int superseding = 0;
    for (long seed = 0; seed < 300; seed++) {
      RandomRecords generator = new RandomRecords(new Random(seed));
      NegotiationRecord record = generator.record();
      LocalDate end = LocalDate.of(2100, 1, 1);
      for (DemandStatus demand : UnmetDemands.of(record).asOf(end)) {
        states.add(demand.state());
        for (AddresseePosition position : demand.addressees()) {
          reasons.add(position.reason());
          fromVerdict += position.fromVerdict() ? 1 : 0;
        }
      }
      selective += PackageVerdicts.of(record).selectiveResponses(end).size();
      superseding +=
          (int) record.communications().stream().filter(c -> c.supersedes().isPresent()).count();
    }
    assertThat(states).containsExactlyInAnyOrder(DemandState.values());
    assertThat(reasons).containsExactlyInAnyOrder(Reason.values());
    assertThat(fromVerdict).isPositive();
    assertThat(selective).isPositive();
    assertThat(superseding).isPositive();
  }
}
