package dev.parley.analysis;

import static dev.parley.testing.Fixtures.communication;
import static dev.parley.testing.Fixtures.day;
import static dev.parley.testing.Fixtures.evidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.groups.Tuple.tuple;

import dev.parley.agenda.ItemPackage;
import dev.parley.communication.Entry;
import dev.parley.communication.Stance;
import dev.parley.communication.StanceKind;
import dev.parley.communication.Verdict;
import dev.parley.record.NegotiationRecord;
import dev.parley.testing.Fixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ItemHistoryTest {
  private static final NegotiationRecord RECORD =
      Fixtures.record()
          .addPackage(ItemPackage.indivisible("treaty", "Treaty", "a", "b"))
          .addCommunication(
              communication("r2", 4, "US", "RU")
                  .addAnswer("p")
                  .addStance(Stance.of("a", StanceKind.ACCEPTED))
                  .addStance(Stance.of("a", StanceKind.REJECTED))
                  .build())
          .addCommunication(
              communication("p", 1, "RU", "US", "NATO")
                  .proposedPackage("treaty")
                  .addEntry(Entry.demand("a", evidence("RU wants a")))
                  .build())
          .addCommunication(communication("o", 2, "NATO", "RU").addEntry(Entry.offer("a")).build())
          .addCommunication(
              communication("r1", 3, "US", "RU")
                  .addAnswer("p")
                  .addStance(Stance.counter("a", "c", evidence("US counters")))
                  .build())
          .addCommunication(
              communication("v", 3, "NATO", "RU")
                  .addAnswer("p")
                  .verdict(Verdict.of(StanceKind.OPEN_TO_DISCUSS, evidence("talks")))
                  .build())
          .build();

  @Test
  void listsDemandsOffersStancesAndVerdictsInTimeOrder() {
    List<HistoryEvent> events = ItemHistory.of(RECORD, "a");

    assertThat(events)
        .extracting(
            HistoryEvent::communication,
            HistoryEvent::party,
            HistoryEvent::kind,
            HistoryEvent::stance)
        .containsExactly(
            tuple("p", "RU", HistoryKind.DEMANDED, Optional.empty()),
            tuple("o", "NATO", HistoryKind.OFFERED, Optional.empty()),
            tuple("r1", "US", HistoryKind.STANCE, Optional.of(StanceKind.COUNTER_PROPOSED)),
            tuple("v", "NATO", HistoryKind.VERDICT, Optional.of(StanceKind.OPEN_TO_DISCUSS)),
            tuple("r2", "US", HistoryKind.STANCE, Optional.of(StanceKind.ACCEPTED)),
            tuple("r2", "US", HistoryKind.STANCE, Optional.of(StanceKind.REJECTED)));
    assertThat(events.get(0).evidence()).containsExactly(evidence("RU wants a"));
    assertThat(events.get(0).date()).isEqualTo(day(1));
    assertThat(events.get(2).counterItem()).contains("c");
    assertThat(events.get(2).evidence()).containsExactly(evidence("US counters"));
    assertThat(events.get(3).evidence()).containsExactly(evidence("talks"));
  }

  @Test
  void aPackageMemberWithoutAnEntryIsDemandedAndCoveredByAVerdict() {
    assertThat(ItemHistory.of(RECORD, "b"))
        .extracting(HistoryEvent::communication, HistoryEvent::kind)
        .containsExactly(tuple("p", HistoryKind.DEMANDED), tuple("v", HistoryKind.VERDICT));
  }

  @Test
  void anItemNeverRaisedHasNoHistoryAndAnUnknownItemIsRejected() {
    assertThat(ItemHistory.of(RECORD, "h")).isEmpty();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ItemHistory.of(RECORD, "zz"))
        .withMessage("no item with id zz");
  }
}
