package dev.parley.analysis;

import static dev.parley.testing.Fixtures.communication;
import static dev.parley.testing.Fixtures.day;
import static dev.parley.testing.Fixtures.evidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.parley.communication.Entry;
import dev.parley.communication.Stance;
import dev.parley.communication.StanceKind;
import dev.parley.communication.Verdict;
import dev.parley.record.NegotiationRecord;
import dev.parley.testing.Fixtures;
import org.junit.jupiter.api.Test;

class MovementTest {
  private static final NegotiationRecord RECORD =
      Fixtures.record()
          .addCommunication(
              communication("p1", 1, "RU", "US")
                  .addEntry(Entry.demand("a"))
                  .addEntry(Entry.demand("b"))
                  .build())
          .addCommunication(
              communication("r1", 3, "US", "RU")
                  .addAnswer("p1")
                  .addStance(Stance.of("a", StanceKind.REJECTED))
                  .addStance(Stance.of("b", StanceKind.OPEN_TO_DISCUSS))
                  .build())
          .addCommunication(
              communication("r2", 5, "US", "RU")
                  .addAnswer("p1")
                  .addStance(Stance.of("a", StanceKind.PARTIALLY_ACCEPTED, evidence("in part")))
                  .addStance(Stance.of("b", StanceKind.REJECTED))
                  .build())
          .addCommunication(
              communication("p2", 6, "RU", "US")
                  .addEntry(Entry.demand("a"))
                  .addEntry(Entry.demand("c"))
                  .supersedes("p1")
                  .build())
          .build();

  @Test
  void aStanceMovingTowardsAcceptanceIsAConcessionAndAwayAHardening() {
    MovementReport report = Movement.of(RECORD).between(day(4), day(5));

    assertThat(report.from()).isEqualTo(day(4));
    assertThat(report.to()).isEqualTo(day(5));
    assertThat(report.concessions())
        .containsExactly(
            StanceChange.builder()
                .party("US")
                .item("a")
                .before(StanceKind.REJECTED)
                .after(StanceKind.PARTIALLY_ACCEPTED)
                .communication("r2")
                .addEvidence(evidence("in part"))
                .build());
    assertThat(report.hardenings())
        .extracting(StanceChange::item, StanceChange::before, StanceChange::after)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "b", StanceKind.OPEN_TO_DISCUSS, StanceKind.REJECTED));
  }

  @Test
  void aFirstAnswerMovesFromNotAddressed() {
    MovementReport report = Movement.of(RECORD).between(day(1), day(3));

    assertThat(report.hardenings())
        .extracting(StanceChange::item, StanceChange::before, StanceChange::after)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "a", StanceKind.NOT_ADDRESSED, StanceKind.REJECTED));
    assertThat(report.concessions())
        .extracting(StanceChange::item, StanceChange::before, StanceChange::after)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "b", StanceKind.NOT_ADDRESSED, StanceKind.OPEN_TO_DISCUSS));
  }

  @Test
  void noMoveBetweenEqualDatesOrWithoutNewStances() {
    assertThat(Movement.of(RECORD).between(day(3), day(4)).concessions()).isEmpty();
    assertThat(Movement.of(RECORD).between(day(3), day(4)).hardenings()).isEmpty();
    MovementReport same = Movement.of(RECORD).between(day(5), day(5));
    assertThat(same.concessions()).isEmpty();
    assertThat(same.newDemands()).isEmpty();
    assertThat(same.droppedDemands()).isEmpty();
  }

  @Test
  void supersessionDropsTheDemandsNotRestatedAndAddsTheNewOnes() {
    MovementReport report = Movement.of(RECORD).between(day(5), day(6));

    assertThat(report.newDemands())
        .containsExactly(
            DemandRef.builder().proposal("p2").party("RU").item("c").date(day(6)).build());
    assertThat(report.droppedDemands())
        .containsExactly(
            DemandRef.builder().proposal("p1").party("RU").item("b").date(day(1)).build());
  }

  @Test
  void demandsMadeInTheIntervalAreNew() {
    assertThat(Movement.of(RECORD).between(day(0), day(1)).newDemands())
        .extracting(DemandRef::item)
        .containsExactly("a", "b");
  }

  @Test
  void aVerdictIsAPositionToo() {
    NegotiationRecord record =
        Fixtures.record()
            .addCommunication(communication("p", 1, "RU", "US").addEntry(Entry.demand("a")).build())
            .addCommunication(
                communication("r", 2, "US", "RU")
                    .addAnswer("p")
                    .verdict(Verdict.of(StanceKind.REJECTED))
                    .build())
            .build();

    assertThat(Movement.of(record).between(day(1), day(2)).hardenings())
        .extracting(StanceChange::party, StanceChange::item, StanceChange::after)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("US", "a", StanceKind.REJECTED));
  }

  @Test
  void fromAfterToIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Movement.of(RECORD).between(day(5), day(4)))
        .withMessage("movement from 2022-01-05 to 2022-01-04: from is after to");
  }
}
