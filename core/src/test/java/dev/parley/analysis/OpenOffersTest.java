package dev.parley.analysis;

import static dev.parley.testing.Fixtures.communication;
import static dev.parley.testing.Fixtures.day;
import static dev.parley.testing.Fixtures.evidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.groups.Tuple.tuple;

import com.google.common.testing.EqualsTester;
import dev.parley.communication.Communication;
import dev.parley.communication.Entry;
import dev.parley.communication.Stance;
import dev.parley.communication.StanceKind;
import dev.parley.communication.Verdict;
import dev.parley.record.NegotiationRecord;
import dev.parley.testing.Fixtures;
import dev.parley.testing.ValueTesters;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenOffersTest {
  /** US offers a, b and c to RU and NATO on day 1, and demands d. */
  private static final Communication OFFER =
      communication("o1", 1, "US", "RU", "NATO")
          .addEntry(Entry.offer("a", evidence("US offers a")))
          .addEntry(Entry.offer("b", evidence("US offers b")))
          .addEntry(Entry.offer("c", evidence("US offers c")))
          .addEntry(Entry.demand("d", evidence("US demands d")))
          .build();

  /** RU takes up a, rejects b and is ready to discuss c; NATO accepts a and counters b. */
  private static final NegotiationRecord RECORD =
      Fixtures.record()
          .addCommunication(OFFER)
          .addCommunication(
              communication("r1", 3, "RU", "US")
                  .addAnswer("o1")
                  .addStance(
                      Stance.of("a", StanceKind.PARTIALLY_ACCEPTED, evidence("RU: a, partly")))
                  .addStance(Stance.of("b", StanceKind.REJECTED, evidence("RU: no to b")))
                  .addStance(Stance.of("c", StanceKind.OPEN_TO_DISCUSS, evidence("RU: talk c")))
                  .build())
          .addCommunication(
              communication("r2", 4, "NATO", "US")
                  .addAnswer("o1")
                  .addStance(Stance.of("a", StanceKind.ACCEPTED))
                  .addStance(Stance.counter("b", "e"))
                  .build())
          .build();

  private static OfferStatus offer(List<OfferStatus> offers, String proposal, String item) {
    return offers.stream()
        .filter(o -> o.proposal().equals(proposal) && o.item().equals(item))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void listsEveryOfferWithWhereEachAddresseeStandsAndLeavesDemandsOut() {
    List<OfferStatus> offers = OpenOffers.of(RECORD).asOf(day(4));

    assertThat(offers)
        .extracting(OfferStatus::item, OfferStatus::state)
        .containsExactly(
            tuple("a", OfferState.TAKEN_UP),
            tuple("b", OfferState.DECLINED),
            tuple("c", OfferState.OPEN));
    OfferStatus a = offer(offers, "o1", "a");
    assertThat(a.offeringParty()).isEqualTo("US");
    assertThat(a.proposed()).isEqualTo(day(1));
    assertThat(a.offerEvidence()).containsExactly(evidence("US offers a"));
    assertThat(a.addressees())
        .extracting(AddresseePosition::party, OfferState::of)
        .containsExactly(tuple("RU", OfferState.TAKEN_UP), tuple("NATO", OfferState.TAKEN_UP));
    assertThat(a.addressees().get(0).evidence()).containsExactly(evidence("RU: a, partly"));
    assertThat(offer(offers, "o1", "b").addressees())
        .extracting(AddresseePosition::reason)
        .containsExactly(Reason.REJECTED, Reason.COUNTERED);
    assertThat(offer(offers, "o1", "c").addressees())
        .extracting(AddresseePosition::reason)
        .containsExactly(Reason.OPEN_TO_DISCUSS, Reason.NOT_ADDRESSED);
    assertThat(OpenOffers.of(RECORD).openAsOf(day(4)))
        .extracting(OfferStatus::item)
        .containsExactly("c");
  }

  @Test
  void anOfferIsOpenUntilAnswered() {
    assertThat(OpenOffers.of(RECORD).asOf(day(0))).isEmpty();
    assertThat(OpenOffers.of(RECORD).openAsOf(day(2)))
        .extracting(OfferStatus::item)
        .containsExactly("a", "b", "c");
    OfferStatus b = offer(OpenOffers.of(RECORD).asOf(day(3)), "o1", "b");
    assertThat(b.state()).isEqualTo(OfferState.OPEN);
    assertThat(b.addressees())
        .extracting(OfferState::of)
        .containsExactly(OfferState.DECLINED, OfferState.OPEN);
  }

  @Test
  void aVerdictOnTheProposalAnswersItsOffers() {
    NegotiationRecord record =
        Fixtures.record()
            .addCommunication(communication("o1", 1, "US", "RU").addEntry(Entry.offer("a")).build())
            .addCommunication(
                communication("r1", 2, "RU", "US")
                    .addAnswer("o1")
                    .verdict(Verdict.of(StanceKind.REJECTED, evidence("RU rejects it all")))
                    .build())
            .build();

    AddresseePosition ru = OpenOffers.of(record).asOf(day(2)).get(0).addressees().get(0);
    assertThat(ru.fromVerdict()).isTrue();
    assertThat(OfferState.of(ru)).isEqualTo(OfferState.DECLINED);
  }

  @Test
  void aSupersedingProposalThatDropsAnOfferWithdrawsItAndOneThatRestatesItKeepsIt() {
    NegotiationRecord record =
        Fixtures.record()
            .addCommunication(OFFER)
            .addCommunication(
                communication("o2", 5, "US", "RU", "NATO")
                    .supersedes("o1")
                    .addEntry(Entry.offer("a", evidence("US offers a again")))
                    .addEvidence(evidence("US replaces its offer"))
                    .build())
            .build();

    List<OfferStatus> offers = OpenOffers.of(record).asOf(day(5));

    assertThat(offers)
        .extracting(OfferStatus::proposal, OfferStatus::item, OfferStatus::state)
        .containsExactly(
            tuple("o1", "b", OfferState.WITHDRAWN),
            tuple("o1", "c", OfferState.WITHDRAWN),
            tuple("o2", "a", OfferState.OPEN));
    OfferStatus b = offer(offers, "o1", "b");
    assertThat(b.withdrawnBy()).contains("o2");
    assertThat(b.withdrawnOn()).contains(day(5));
    assertThat(b.withdrawalEvidence()).containsExactly(evidence("US replaces its offer"));
    assertThat(b.isOpen()).isFalse();
    assertThat(OpenOffers.of(record).asOf(day(4)))
        .extracting(OfferStatus::state)
        .containsOnly(OfferState.OPEN);
  }

  @Test
  void entryAddresseesNarrowTheOfferAndAPartyIsNeverItsOwnAddressee() {
    NegotiationRecord record =
        Fixtures.record()
            .addCommunication(
                communication("o1", 1, "NATO", "RU", "UA")
                    .addEntry(Entry.builder().from(Entry.offer("a")).addAddressees("RU").build())
                    .build())
            .build();

    OpenOffers offers = OpenOffers.of(record);
    assertThat(offers.asOf(day(1)).get(0).addressees())
        .extracting(AddresseePosition::party)
        .containsExactly("RU");
    assertThat(offers.asOf(day(1), "NATO")).hasSize(1);
    assertThat(offers.openAsOf(day(1), "US")).isEmpty();
    assertThatIllegalArgumentException().isThrownBy(() -> offers.asOf(day(1), "XX"));
  }

  @Test
  void aStatusMustFollowFromItsPositionsAndWithdrawal() {
    var open =
        OfferStatus.builder()
            .proposal("o1")
            .proposed(day(1))
            .offeringParty("US")
            .item("a")
            .state(OfferState.OPEN)
            .addAddressees(AddresseePosition.notAddressed("RU"));
    assertThat(open.build().isOpen()).isTrue();
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> OfferStatus.builder().from(open.build()).state(OfferState.DECLINED).build())
        .withMessageContaining("offer of a in o1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OfferStatus.builder().from(open.build()).withdrawnBy("o2").build())
        .withMessageContaining("together");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                OfferStatus.builder()
                    .from(open.build())
                    .addAddressees(AddresseePosition.notAddressed("US"))
                    .build())
        .withMessageContaining("offer of a in o1: US cannot be addressed to itself");
    assertThat(
            OfferStatus.builder()
                .from(open.build())
                .state(OfferState.WITHDRAWN)
                .withdrawnBy("o2")
                .withdrawnOn(day(2))
                .build()
                .isOpen())
        .isFalse();
  }

  @Test
  void statusesAreValuesAndRejectNulls() {
    List<OfferStatus> offers = OpenOffers.of(RECORD).asOf(day(4));
    new EqualsTester()
        .addEqualityGroup(offers.get(0), OfferStatus.builder().from(offers.get(0)).build())
        .addEqualityGroup(offers.get(1))
        .addEqualityGroup(OfferStatus.builder().from(offers.get(0)).inPackage("k").build())
        .testEquals();
    ValueTesters.checkNulls(OfferStatus.class, offers.get(0));
  }
}
