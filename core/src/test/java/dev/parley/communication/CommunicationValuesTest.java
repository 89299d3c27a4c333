package dev.parley.communication;

import static dev.parley.testing.Fixtures.communication;
import static dev.parley.testing.Fixtures.evidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import dev.parley.testing.ValueTesters;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommunicationValuesTest {
  private static final Communication PROPOSAL =
      communication("p", 1, "RU", "US", "NATO")
          .addEntry(Entry.demand("a"))
          .addEntry(Entry.builder().item("b").kind(EntryKind.OFFER).addAddressees("US").build())
          .build();

  @Test
  void valuesAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(Entry.demand("a", evidence("x")), Entry.demand("a", evidence("x")))
        .addEqualityGroup(Entry.offer("a", evidence("x")))
        .addEqualityGroup(
            Entry.builder().from(Entry.demand("a", evidence("x"))).addAddressees("US").build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Stance.of("a", StanceKind.REJECTED), Stance.of("a", StanceKind.REJECTED))
        .addEqualityGroup(Stance.of("a", StanceKind.ACCEPTED))
        .addEqualityGroup(Stance.counter("a", "b"))
        .addEqualityGroup(Stance.counter("a", "c"))
        .addEqualityGroup(
            Stance.builder().item("a").kind(StanceKind.OPEN_TO_DISCUSS).via("b").build(),
            Stance.builder().item("a").kind(StanceKind.OPEN_TO_DISCUSS).via("b").build())
        .addEqualityGroup(Stance.of("a", StanceKind.OPEN_TO_DISCUSS))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Verdict.of(StanceKind.REJECTED), Verdict.of(StanceKind.REJECTED))
        .addEqualityGroup(Verdict.of(StanceKind.REJECTED, evidence("no")))
        .addEqualityGroup(Verdict.of(StanceKind.ACCEPTED))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(PROPOSAL, Communication.builder().from(PROPOSAL).build())
        .addEqualityGroup(Communication.builder().from(PROPOSAL).supersedes("p0").build())
        .addEqualityGroup(
            Communication.builder().from(PROPOSAL).date(PROPOSAL.date().plusDays(1)).build())
        .testEquals();
  }

  @Test
  void nullsAreRejected() {
    ValueTesters.checkNulls(Entry.class, Entry.demand("a"));
    ValueTesters.checkNulls(Stance.class, Stance.counter("a", "b"));
    ValueTesters.checkNulls(Verdict.class, Verdict.of(StanceKind.REJECTED));
    ValueTesters.checkNulls(Communication.class, PROPOSAL);
  }

  @Test
  void anEntryWithoutAddresseesGoesToThoseOfItsCommunication() {
    assertThat(PROPOSAL.addresseesOf(PROPOSAL.entry("a").orElseThrow()))
        .containsExactly("US", "NATO");
    assertThat(PROPOSAL.addresseesOf(PROPOSAL.entry("b").orElseThrow())).containsExactly("US");
    assertThat(PROPOSAL.entry("c")).isEmpty();
    assertThat(PROPOSAL.isProposal()).isTrue();
    assertThat(PROPOSAL.isResponse()).isFalse();
  }

  @Test
  void stancesOnOneItemMayContradictEachOther() {
    Communication reply =
        communication("r", 2, "US", "RU")
            .addAnswer("p")
            .addStance(Stance.of("a", StanceKind.ACCEPTED))
            .addStance(Stance.of("b", StanceKind.REJECTED))
            .addStance(Stance.of("a", StanceKind.REJECTED))
            .build();

    assertThat(reply.stancesOn("a"))
        .extracting(Stance::kind)
        .containsExactly(StanceKind.ACCEPTED, StanceKind.REJECTED);
    assertThat(reply.isResponse()).isTrue();
    assertThat(reply.isProposal()).isFalse();
  }

  @Test
  void anEntryNeedsAnItem() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Entry.demand(" "))
        .withMessage("entry item id must not be blank");
  }

  @Test
  void aStanceIsStatedAndCarriesACounterItemExactlyWhenItIsACounter() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Stance.of("", StanceKind.ACCEPTED))
        .withMessage("stance item id must not be blank");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Stance.of("a", StanceKind.NOT_ADDRESSED))
        .withMessage("stance on a: NOT_ADDRESSED is what silence means and cannot be stated");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Stance.of("a", StanceKind.COUNTER_PROPOSED))
        .withMessage("stance on a: a counter item goes with COUNTER_PROPOSED and only with it");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> Stance.builder().item("a").kind(StanceKind.REJECTED).counterItem("b").build())
        .withMessage("stance on a: a counter item goes with COUNTER_PROPOSED and only with it");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Stance.counter("a", "a"))
        .withMessage("stance on a: an item cannot be its own counter item");
    assertThat(Stance.counter("a", "b").counterItem()).isEqualTo(Optional.of("b"));
  }

  @Test
  void aStanceCarriedFromABroaderItemComesFromAnotherItemAndCountersNothing() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> Stance.builder().item("a").kind(StanceKind.OPEN_TO_DISCUSS).via("a").build())
        .withMessage("stance on a: an answer cannot be carried to an item from itself");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Stance.builder().from(Stance.counter("a", "b")).via("c").build())
        .withMessage("stance on a: a counter-proposal answers its item itself, not through c");
    assertThat(Stance.builder().item("a").kind(StanceKind.OPEN_TO_DISCUSS).via("b").build().via())
        .contains("b");
  }

  @Test
  void aVerdictIsAStatedJudgementThatNamesNoCounter() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Verdict.of(StanceKind.NOT_ADDRESSED))
        .withMessage("a verdict on a whole proposal cannot be NOT_ADDRESSED");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Verdict.of(StanceKind.COUNTER_PROPOSED))
        .withMessage("a verdict on a whole proposal cannot be COUNTER_PROPOSED");
  }

  @Test
  void aCommunicationIsCheckedOnItsOwn() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> communication(" ", 1, "RU").build())
        .withMessage("communication id must not be blank");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> communication("c", 1, "").build())
        .withMessage("communication c: author must not be blank");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> communication("c", 1, "RU").addAnswer("c").build())
        .withMessage("communication c answers itself");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> communication("c", 1, "RU").supersedes("c").build())
        .withMessage("communication c supersedes itself");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> communication("c", 1, "RU", "US", "RU").build())
        .withMessage("communication c is addressed to its own author RU");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                communication("c", 1, "RU", "US")
                    .addEntry(Entry.demand("a"))
                    .addEntry(Entry.offer("a"))
                    .build())
        .withMessage("communication c puts forward item a twice");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                communication("c", 1, "RU", "US")
                    .addEntry(Entry.builder().from(Entry.demand("a")).addAddressees("RU").build())
                    .build())
        .withMessage("communication c: entry a is addressed to its own author RU");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                communication("c", 1, "RU").addStance(Stance.of("a", StanceKind.ACCEPTED)).build())
        .withMessage("communication c takes stances but answers no communication");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> communication("c", 1, "RU").verdict(Verdict.of(StanceKind.ACCEPTED)).build())
        .withMessage("communication c takes stances but answers no communication");
  }

  @Test
  void stanceKindsAreOrderedByAcceptance() {
    assertThat(StanceKind.values())
        .isSortedAccordingTo((x, y) -> Integer.compare(x.acceptance(), y.acceptance()));
    assertThat(StanceKind.ACCEPTED.isMoreAcceptingThan(StanceKind.PARTIALLY_ACCEPTED)).isTrue();
    assertThat(StanceKind.REJECTED.isMoreAcceptingThan(StanceKind.NOT_ADDRESSED)).isFalse();
    assertThat(StanceKind.OPEN_TO_DISCUSS.isMoreAcceptingThan(StanceKind.OPEN_TO_DISCUSS))
        .isFalse();
  }
}
