package dev.parley.analysis;

import static dev.parley.testing.Fixtures.communication;
import static dev.parley.testing.Fixtures.day;
import static dev.parley.testing.Fixtures.evidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.parley.agenda.ItemPackage;
import dev.parley.communication.Entry;
import dev.parley.communication.ImmutableCommunication;
import dev.parley.communication.Stance;
import dev.parley.communication.StanceKind;
import dev.parley.communication.Verdict;
import dev.parley.record.NegotiationRecord;
import dev.parley.testing.Fixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnmetDemandsTest {
  /** RU demands a and b of US and NATO on day 1, and offers c. */
  private static final dev.parley.communication.Communication PROPOSAL =
      communication("p1", 1, "RU", "US", "NATO")
          .addEntry(Entry.demand("a", evidence("RU demands a")))
          .addEntry(Entry.demand("b", evidence("RU demands b")))
          .addEntry(Entry.offer("c"))
          .build();

  private static DemandStatus demand(List<DemandStatus> demands, String proposal, String item) {
    return demands.stream()
        .filter(d -> d.proposal().equals(proposal) && d.item().equals(item))
        .findFirst()
        .orElseThrow();
  }

  private static AddresseePosition position(DemandStatus demand, String party) {
    return demand.addressees().stream()
        .filter(a -> a.party().equals(party))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void listsEveryActiveDemandWithItsStatusAndLeavesOffersOut() {
    NegotiationRecord record =
        Fixtures.record()
            .addCommunication(PROPOSAL)
            .addCommunication(
                communication("r1", 3, "US", "RU")
                    .addAnswer("p1")
                    .addStance(Stance.of("a", StanceKind.ACCEPTED, evidence("US accepts a")))
                    .addStance(Stance.of("b", StanceKind.REJECTED))
                    .build())
            .addCommunication(
                communication("r2", 3, "NATO", "RU")
                    .addAnswer("p1")
                    .addStance(Stance.of("a", StanceKind.ACCEPTED))
                    .addStance(Stance.counter("b", "d"))
                    .build())
            .build();

    List<DemandStatus> demands = UnmetDemands.of(record).asOf(day(3));

    assertThat(demands).extracting(DemandStatus::item).containsExactly("a", "b");
    DemandStatus a = demand(demands, "p1", "a");
    assertThat(a.state()).isEqualTo(DemandState.MET);
    assertThat(a.isMet()).isTrue();
    assertThat(a.demandingParty()).isEqualTo("RU");
    assertThat(a.proposed()).isEqualTo(day(1));
    assertThat(a.inPackage()).isEmpty();
    assertThat(a.demandEvidence()).containsExactly(evidence("RU demands a"));
    assertThat(position(a, "US").evidence()).containsExactly(evidence("US accepts a"));
    DemandStatus b = demand(demands, "p1", "b");
    assertThat(b.state()).isEqualTo(DemandState.UNMET);
    assertThat(b.addressees())
        .extracting(AddresseePosition::party, AddresseePosition::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("US", Reason.REJECTED),
            org.assertj.core.groups.Tuple.tuple("NATO", Reason.COUNTERED));
    assertThat(position(b, "NATO").counterItem()).contains("d");
    assertThat(UnmetDemands.of(record).unmetAsOf(day(3))).containsExactly(b);
  }

  @Test
  void aResponseDatedExactlyOnTheDateCountsAndOneDatedLaterDoesNot() {
    NegotiationRecord record =
        Fixtures.record()
            .addCommunication(PROPOSAL)
            .addCommunication(
                communication("r1", 3, "US", "RU")
                    .addAnswer("p1")
                    .addStance(Stance.of("a", StanceKind.ACCEPTED))
                    .build())
            .build();
    UnmetDemands demands = UnmetDemands.of(record);

    DemandStatus before = demand(demands.asOf(day(2)), "p1", "a");
    assertThat(before.state()).isEqualTo(DemandState.UNMET);
    assertThat(before.addressees()).allMatch(p -> p.reason() == Reason.NOT_ADDRESSED);
    DemandStatus on = demand(demands.asOf(day(3)), "p1", "a");
    assertThat(on.state()).isEqualTo(DemandState.PARTLY_MET);
    assertThat(position(on, "US").communication()).contains("r1");
    assertThat(position(on, "US").date()).contains(day(3));
    assertThat(position(on, "NATO")).isEqualTo(AddresseePosition.notAddressed("NATO"));
    assertThat(demands.asOf(day(0))).isEmpty();
  }

  @Test
  void theLatestStanceWinsWhateverCommunicationItAnswers() {
    NegotiationRecord record =
        Fixtures.record()
            .addCommunication(PROPOSAL)
            .addCommunication(
                communication("r1", 3, "US", "RU")
                    .addAnswer("p1")
                    .addStance(Stance.of("a", StanceKind.REJECTED))
                    .build())
            .addCommunication(
                communication("q", 4, "NATO", "US").addEntry(Entry.demand("e")).build())
            .addCommunication(
                communication("r2", 6, "US", "NATO")
                    .addAnswer("q")
                    .addStance(Stance.of("a", StanceKind.OPEN_TO_DISCUSS))
                    .build())
            .build();
    UnmetDemands demands = UnmetDemands.of(record);

    assertThat(position(demand(demands.asOf(day(5)), "p1", "a"), "US").stance())
        .isEqualTo(StanceKind.REJECTED);
    AddresseePosition later = position(demand(demands.asOf(day(6)), "p1", "a"), "US");
    assertThat(later.stance()).isEqualTo(StanceKind.OPEN_TO_DISCUSS);
    assertThat(later.communication()).contains("r2");
  }

  @Test
  void aStanceTakenBeforeTheProposalStandsForARestatedDemand() {
    NegotiationRecord record =
        Fixtures.record()
            .addCommunication(
                communication("q", 1, "NATO", "US").addEntry(Entry.demand("a")).build())
            .addCommunication(
                communication("r", 2, "US", "NATO")
                    .addAnswer("q")
                    .addStance(Stance.of("a", StanceKind.ACCEPTED))
                    .build())
            .addCommunication(communication("p", 3, "RU", "US").addEntry(Entry.demand("a")).build())
            .build();
    List<DemandStatus> demands = UnmetDemands.of(record).asOf(day(3));

    assertThat(demand(demands, "q", "a").isMet()).isTrue();
    assertThat(position(demand(demands, "p", "a"), "US").reason()).isEqualTo(Reason.ACCEPTED);
    assertThat(position(demand(demands, "p", "a"), "US").communication()).contains("r");
  }

  @Test
  void aVerdictOnASupersededProposalAnswersTheDemandsItsSuccessorRestates() {
    NegotiationRecord record =
        Fixtures.record()
            .addCommunication(communication("p", 1, "RU", "US").addEntry(Entry.demand("a")).build())
            .addCommunication(
                communication("r", 2, "US", "RU")
                    .addAnswer("p")
                    .verdict(Verdict.of(StanceKind.REJECTED))
                    .build())
            .addCommunication(
                communication("p2", 3, "RU", "US")
                    .supersedes("p")
                    .addEntry(Entry.demand("a"))
                    .build())
            .build();

    AddresseePosition us = position(demand(UnmetDemands.of(record).asOf(day(3)), "p2", "a"), "US");

    assertThat(us.reason()).isEqualTo(Reason.REJECTED);
    assertThat(us.fromVerdict()).isTrue();
    assertThat(us.communication()).contains("r");
  }

  @Test
  void contradictoryReportsOfOneDayAreContestedAndTakeTheLeastAcceptingStance() {
    NegotiationRecord record =
        Fixtures.record()
            .addCommunication(PROPOSAL)
            .addCommunication(
                communication("r1", 3, "US", "RU")
                    .addAnswer("p1")
                    .addStance(Stance.of("a", StanceKind.ACCEPTED, evidence("accepts")))
                    .addStance(Stance.of("b", StanceKind.ACCEPTED, evidence("accepts b")))
                    .addStance(Stance.of("b", StanceKind.OPEN_TO_DISCUSS, evidence("discuss b")))
                    .build())
            .addCommunication(
                communication("r2", 3, "US", "RU")
                    .addAnswer("p1")
                    .addStance(Stance.of("a", StanceKind.REJECTED, evidence("rejects")))
                    .build())
            .build();
    List<DemandStatus> demands = UnmetDemands.of(record).asOf(day(3));

    AddresseePosition a = position(demand(demands, "p1", "a"), "US");
    assertThat(a.reason()).isEqualTo(Reason.CONTESTED);
    assertThat(a.stance()).isEqualTo(StanceKind.REJECTED);
    assertThat(a.conflicting()).containsExactly(StanceKind.REJECTED, StanceKind.ACCEPTED);
    assertThat(a.communication()).contains("r2");
    assertThat(a.evidence()).containsExactly(evidence("accepts"), evidence("rejects"));
    AddresseePosition b = position(demand(demands, "p1", "b"), "US");
    assertThat(b.reason()).isEqualTo(Reason.CONTESTED);
    assertThat(b.conflicting()).containsExactly(StanceKind.OPEN_TO_DISCUSS, StanceKind.ACCEPTED);
    assertThat(demand(demands, "p1", "a").state()).isEqualTo(DemandState.UNMET);
  }

  @Test
  void aPositionCarriedFromABroaderItemNamesItUnlessAReportAnswersTheItemItself() {
    Stance viaD =
        Stance.builder()
            .item("a")
            .kind(StanceKind.OPEN_TO_DISCUSS)
            .via("d")
            .addEvidence(evidence("open to talks on d"))
            .build();
    NegotiationRecord record =
        Fixtures.record()
            .addCommunication(PROPOSAL)
            .addCommunication(
                communication("r1", 3, "US", "RU")
                    .addAnswer("p1")
                    .addStance(viaD)
                    .addStance(Stance.builder().from(viaD).item("b").build())
                    .addStance(Stance.of("b", StanceKind.OPEN_TO_DISCUSS, evidence("talks on b")))
                    .build())
            .build();
    List<DemandStatus> demands = UnmetDemands.of(record).asOf(day(3));

    AddresseePosition a = position(demand(demands, "p1", "a"), "US");
    assertThat(a.reason()).isEqualTo(Reason.OPEN_TO_DISCUSS);
    assertThat(a.via()).containsExactly("d");
    assertThat(a.evidence()).containsExactly(evidence("open to talks on d"));
    AddresseePosition b = position(demand(demands, "p1", "b"), "US");
    assertThat(b.via()).as("a report on b itself").isEmpty();
    assertThat(b.evidence()).hasSize(2);
    assertThat(position(demand(demands, "p1", "a"), "NATO").via()).isEmpty();
  }

  @Test
  void aLaterDayResolvesAContest() {
    NegotiationRecord record =
        Fixtures.record()
            .addCommunication(PROPOSAL)
            .addCommunication(
                communication("r1", 3, "US", "RU")
                    .addAnswer("p1")
                    .addStance(Stance.of("a", StanceKind.ACCEPTED))
                    .addStance(Stance.of("a", StanceKind.REJECTED))
                    .build())
            .addCommunication(
                communication("r2", 4, "US", "RU")
                    .addAnswer("p1")
                    .addStance(Stance.of("a", StanceKind.ACCEPTED))
                    .build())
            .build();

    AddresseePosition us = position(demand(UnmetDemands.of(record).asOf(day(4)), "p1", "a"), "US");
    assertThat(us.reason()).isEqualTo(Reason.ACCEPTED);
    assertThat(us.conflicting()).isEmpty();
  }

  @Test
  void aVerdictCoversTheItemsAResponsePassesOverButNotThoseItNames() {
    NegotiationRecord record =
        Fixtures.record()
            .addCommunication(PROPOSAL)
            .addCommunication(
                communication("r1", 3, "US", "RU")
                    .addAnswer("p1")
                    .addStance(Stance.of("a", StanceKind.ACCEPTED))
                    .verdict(Verdict.of(StanceKind.REJECTED, evidence("not constructive")))
                    .build())
            .build();
    List<DemandStatus> demands = UnmetDemands.of(record).asOf(day(3));

    AddresseePosition a = position(demand(demands, "p1", "a"), "US");
    assertThat(a.fromVerdict()).isFalse();
    assertThat(a.stance()).isEqualTo(StanceKind.ACCEPTED);
    AddresseePosition b = position(demand(demands, "p1", "b"), "US");
    assertThat(b.fromVerdict()).isTrue();
    assertThat(b.reason()).isEqualTo(Reason.REJECTED);
    assertThat(b.communication()).contains("r1");
    assertThat(b.evidence()).containsExactly(evidence("not constructive"));
  }

  @Test
  void anExplicitStanceOutranksALaterVerdictAndAVerdictOnlyAppliesToTheProposalItAnswers() {
    NegotiationRecord record =
        Fixtures.record()
            .addCommunication(PROPOSAL)
            .addCommunication(communication("q", 1, "UA", "US").addEntry(Entry.demand("b")).build())
            .addCommunication(
                communication("r1", 2, "US", "RU")
                    .addAnswer("p1")
                    .addStance(Stance.of("a", StanceKind.OPEN_TO_DISCUSS))
                    .build())
            .addCommunication(
                communication("r2", 5, "US", "RU")
                    .addAnswer("p1")
                    .verdict(Verdict.of(StanceKind.ACCEPTED))
                    .build())
            .build();
    List<DemandStatus> demands = UnmetDemands.of(record).asOf(day(5));

    assertThat(position(demand(demands, "p1", "a"), "US").stance())
        .isEqualTo(StanceKind.OPEN_TO_DISCUSS);
    assertThat(position(demand(demands, "p1", "b"), "US").stance()).isEqualTo(StanceKind.ACCEPTED);
    assertThat(position(demand(demands, "q", "b"), "US").reason()).isEqualTo(Reason.NOT_ADDRESSED);
  }

  /** Demands a (by RU, p1) and b (by UA, p2), both answered by the US in one response r. */
  private static NegotiationRecord twoProposalsAnsweredBy(ImmutableCommunication.Builder response) {
    return Fixtures.record()
        .addCommunication(communication("p1", 1, "RU", "US").addEntry(Entry.demand("a")).build())
        .addCommunication(communication("p2", 2, "UA", "US").addEntry(Entry.demand("b")).build())
        .addCommunication(response.addAnswers("p1", "p2").build())
        .build();
  }

  @Test
  void oneResponseToTwoProposalsAnswersBoth() {
    NegotiationRecord record =
        twoProposalsAnsweredBy(
            communication("r", 3, "US", "RU", "UA")
                .addStance(Stance.of("a", StanceKind.ACCEPTED))
                .verdict(Verdict.of(StanceKind.OPEN_TO_DISCUSS)));
    List<DemandStatus> demands = UnmetDemands.of(record).asOf(day(3));

    assertThat(demand(demands, "p1", "a").isMet()).isTrue();
    AddresseePosition b = position(demand(demands, "p2", "b"), "US");
    assertThat(b.communication()).contains("r");
    assertThat(b.reason()).isEqualTo(Reason.OPEN_TO_DISCUSS);
    assertThat(b.fromVerdict()).isTrue();
  }

  @Test
  void aVerdictOnOneOfTwoAnsweredProposalsLeavesTheOtherUnaddressed() {
    NegotiationRecord record =
        twoProposalsAnsweredBy(
            communication("r", 3, "US", "RU", "UA")
                .verdict(Verdict.on(StanceKind.REJECTED, List.of("p1"))));
    List<DemandStatus> demands = UnmetDemands.of(record).asOf(day(3));

    assertThat(position(demand(demands, "p1", "a"), "US").reason()).isEqualTo(Reason.REJECTED);
    assertThat(position(demand(demands, "p2", "b"), "US").reason()).isEqualTo(Reason.NOT_ADDRESSED);
    assertThat(record.communication("r").judged()).containsExactly("p1");
  }

  @Test
  void aVerdictMayJudgeOnlyWhatItsResponseAnswers() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                communication("r", 3, "US", "RU")
                    .addAnswers("p1")
                    .verdict(Verdict.on(StanceKind.REJECTED, List.of("p9")))
                    .build())
        .withMessageContaining("communication r")
        .withMessageContaining("p9");
  }

  @Test
  void anItemDemandedByTwoPartiesGivesTwoDemandsFilteredByParty() {
    NegotiationRecord record =
        Fixtures.record()
            .addCommunication(
                communication("p1", 1, "RU", "US").addEntry(Entry.demand("a")).build())
            .addCommunication(
                communication("p2", 2, "UA", "RU").addEntry(Entry.demand("a")).build())
            .addCommunication(
                communication("r", 3, "US", "RU")
                    .addAnswer("p1")
                    .addStance(Stance.of("a", StanceKind.ACCEPTED))
                    .build())
            .build();
    UnmetDemands demands = UnmetDemands.of(record);

    assertThat(demands.asOf(day(3))).extracting(DemandStatus::proposal).containsExactly("p1", "p2");
    assertThat(demands.asOf(day(3), "RU")).extracting(DemandStatus::proposal).containsExactly("p1");
    assertThat(demands.unmetAsOf(day(3))).extracting(DemandStatus::proposal).containsExactly("p2");
    assertThat(demands.unmetAsOf(day(3), "RU")).isEmpty();
    assertThat(demands.unmetAsOf(day(3), "UA"))
        .extracting(DemandStatus::demandingParty)
        .containsExactly("UA");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> demands.asOf(day(3), "XX"))
        .withMessage("no party with id XX");
  }

  @Test
  void aSupersededProposalsDemandsStopAtTheSupersedingDate() {
    NegotiationRecord record =
        Fixtures.record()
            .addCommunication(PROPOSAL)
            .addCommunication(
                communication("p2", 4, "RU", "US")
                    .addEntry(Entry.demand("a"))
                    .supersedes("p1")
                    .build())
            .build();
    UnmetDemands demands = UnmetDemands.of(record);

    assertThat(demands.asOf(day(3)))
        .extracting(DemandStatus::proposal, DemandStatus::item)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("p1", "a"),
            org.assertj.core.groups.Tuple.tuple("p1", "b"));
    assertThat(demands.asOf(day(4)))
        .extracting(DemandStatus::proposal, DemandStatus::item)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("p2", "a"));
  }

  @Test
  void packageMembersWithoutAnEntryAreDemandsOfEveryAddresseeAndNameTheirInnermostPackage() {
    NegotiationRecord record =
        Fixtures.record()
            .addPackage(ItemPackage.indivisible("treaty", "Treaty", "a", "b"))
            .addPackage(ItemPackage.separable("outer", "Outer", "c", "treaty"))
            .addCommunication(
                communication("p", 1, "RU", "US", "NATO")
                    .proposedPackage("outer")
                    .addEvidence(evidence("RU hands over the drafts"))
                    .addEntry(
                        Entry.builder()
                            .item("a")
                            .kind(dev.parley.communication.EntryKind.DEMAND)
                            .addAddressees("US")
                            .build())
                    .addEntry(Entry.offer("c"))
                    .build())
            .build();
    List<DemandStatus> demands = UnmetDemands.of(record).asOf(day(1));

    assertThat(demands).extracting(DemandStatus::item).containsExactly("a", "b");
    assertThat(demand(demands, "p", "a").addressees())
        .extracting(AddresseePosition::party)
        .containsExactly("US");
    assertThat(demand(demands, "p", "a").inPackage()).isEqualTo(Optional.of("treaty"));
    DemandStatus b = demand(demands, "p", "b");
    assertThat(b.addressees()).extracting(AddresseePosition::party).containsExactly("US", "NATO");
    assertThat(b.demandEvidence()).containsExactly(evidence("RU hands over the drafts"));
    assertThat(b.inPackage()).contains("treaty");
  }
}
