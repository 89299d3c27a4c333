package dev.parley.record;

import static dev.parley.testing.Fixtures.communication;
import static dev.parley.testing.Fixtures.day;
import static dev.parley.testing.Fixtures.evidence;
import static dev.parley.testing.Fixtures.item;
import static dev.parley.testing.Fixtures.party;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import dev.parley.agenda.Item;
import dev.parley.agenda.ItemPackage;
import dev.parley.communication.Communication;
import dev.parley.communication.Entry;
import dev.parley.communication.Stance;
import dev.parley.communication.StanceKind;
import dev.parley.communication.Verdict;
import dev.parley.evidence.Evidence;
import dev.parley.party.Actor;
import dev.parley.party.ActorRole;
import dev.parley.testing.Fixtures;
import dev.parley.testing.ValueTesters;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class NegotiationRecordTest {
  private static final Actor LAVROV = Actor.of("lavrov", "Sergei Lavrov", "RU", ActorRole.MINISTER);
  private static final Evidence BY_NOBODY =
      Evidence.builder().from(evidence("said")).speaker("nobody").build();

  private static ImmutableNegotiationRecord.Builder base() {
    return Fixtures.record()
        .addActor(LAVROV)
        .addPackage(ItemPackage.indivisible("treaty", "Treaty", "a", "b"))
        .addPackage(ItemPackage.separable("outer", "Outer", "c", "treaty", "a"));
  }

  private static void rejects(ImmutableNegotiationRecord.Builder builder, String message) {
    ThrowingCallable build = builder::build;
    assertThatIllegalArgumentException().isThrownBy(build).withMessage(message);
  }

  private static final Communication P =
      communication("p", 2, "RU", "US").addEntry(Entry.demand("a")).build();

  @Test
  void idsAreUniqueInTheirKindAndItemsAndPackagesShareOneKind() {
    rejects(base().addParties(party("RU")), "duplicate party id RU");
    rejects(base().addActor(LAVROV), "duplicate actor id lavrov");
    rejects(base().addItem(item("a")), "duplicate item id a");
    rejects(
        base().addPackage(ItemPackage.separable("treaty", "Again")), "duplicate package id treaty");
    rejects(base().addCommunications(P, P), "duplicate communication id p");
    rejects(
        base().addPackage(ItemPackage.separable("a", "Clash")),
        "id a names both an item and a package");
  }

  @Test
  void referencesToPartiesAndMembersResolve() {
    rejects(
        base().addActor(Actor.of("blinken", "Antony Blinken", "USA", ActorRole.MINISTER)),
        "actor blinken refers to unknown party USA");
    rejects(
        base().addItem(Item.of("z", "Term z", "XX")),
        "item z (acting party) refers to unknown party XX");
    rejects(
        base().addPackage(ItemPackage.separable("k", "K", "a", "nope")),
        "package k refers to unknown member nope");
  }

  @Test
  void noPackageContainsItselfThroughNesting() {
    rejects(
        Fixtures.record()
            .addPackage(ItemPackage.separable("x", "X", "a", "y"))
            .addPackage(ItemPackage.separable("y", "Y", "z"))
            .addPackage(ItemPackage.separable("z", "Z", "x")),
        "package x contains itself: x > y > z > x");
  }

  @Test
  void aCommunicationsReferencesResolve() {
    rejects(
        base().addCommunication(communication("c", 1, "XX", "US").build()),
        "communication c (author) refers to unknown party XX");
    rejects(
        base().addCommunication(communication("c", 1, "RU", "US").speaker("putin").build()),
        "communication c (speaker) refers to unknown actor putin");
    rejects(
        base().addCommunication(communication("c", 1, "RU", "XX").build()),
        "communication c (addressee) refers to unknown party XX");
    rejects(
        base().addCommunication(communication("c", 1, "RU", "US").proposedPackage("nope").build()),
        "communication c puts forward unknown package nope");
    rejects(
        base()
            .addCommunication(
                communication("c", 1, "RU", "US").addEntry(Entry.demand("zz")).build()),
        "communication c (entry) refers to unknown item zz");
    rejects(
        base()
            .addCommunication(
                communication("c", 1, "RU", "US")
                    .addEntry(Entry.builder().from(Entry.demand("a")).addAddressees("XX").build())
                    .build()),
        "communication c (addressee of entry a) refers to unknown party XX");
    rejects(
        base().addCommunication(communication("c", 1, "RU", "US").addAnswer("nope").build()),
        "communication c answers unknown communication nope");
    rejects(
        base()
            .addCommunication(P)
            .addCommunication(
                communication("r", 3, "US", "RU")
                    .addAnswer("p")
                    .addStance(Stance.of("zz", StanceKind.ACCEPTED))
                    .build()),
        "communication r (stance) refers to unknown item zz");
    rejects(
        base()
            .addCommunication(P)
            .addCommunication(
                communication("r", 3, "US", "RU")
                    .addAnswer("p")
                    .addStance(Stance.counter("a", "zz"))
                    .build()),
        "communication r (counter item) refers to unknown item zz");
  }

  @Test
  void everySpeakerOfEvidenceIsAKnownActor() {
    String message = "communication c (evidence from report) refers to unknown actor nobody";
    rejects(
        base().addCommunication(communication("c", 1, "RU", "US").addEvidence(BY_NOBODY).build()),
        message);
    rejects(
        base()
            .addCommunication(
                communication("c", 1, "RU", "US").addEntry(Entry.demand("a", BY_NOBODY)).build()),
        message);
    rejects(
        base()
            .addCommunication(P)
            .addCommunication(
                communication("c", 3, "US", "RU")
                    .addAnswer("p")
                    .addStance(Stance.of("a", StanceKind.ACCEPTED, BY_NOBODY))
                    .build()),
        message);
    rejects(
        base()
            .addCommunication(P)
            .addCommunication(
                communication("c", 3, "US", "RU")
                    .addAnswer("p")
                    .verdict(Verdict.of(StanceKind.ACCEPTED, BY_NOBODY))
                    .build()),
        message);
    assertThat(
            base()
                .addCommunication(
                    communication("c", 1, "RU", "US")
                        .addEvidence(
                            Evidence.builder().from(evidence("x")).speaker("lavrov").build())
                        .build())
                .build()
                .communications())
        .hasSize(1);
  }

  @Test
  void aResponseIsNotDatedBeforeWhatItAnswers() {
    rejects(
        base()
            .addCommunication(P)
            .addCommunication(communication("r", 1, "US", "RU").addAnswer("p").build()),
        "communication r dated 2022-01-01 answers p dated later, 2022-01-02");
  }

  @Test
  void aProposalSupersedesOnlyAnEarlierOneByTheSameAuthor() {
    rejects(
        base().addCommunication(communication("c", 1, "RU", "US").supersedes("nope").build()),
        "communication c supersedes unknown communication nope");
    rejects(
        base()
            .addCommunication(P)
            .addCommunication(communication("c", 3, "US", "RU").supersedes("p").build()),
        "communication c by US supersedes p by another author, RU");
    rejects(
        base()
            .addCommunication(P)
            .addCommunication(communication("c", 1, "RU", "US").supersedes("p").build()),
        "communication c dated 2022-01-01 supersedes p dated later, 2022-01-02");
  }

  @Test
  void communicationsAreHeldInTimeOrderKeepingTheOrderOfOneDay() {
    Communication late = communication("late", 5, "US", "RU").build();
    Communication first = communication("first", 2, "NATO", "RU").build();
    NegotiationRecord record = base().addCommunications(late, P, first).build();

    assertThat(record.communications())
        .extracting(Communication::id)
        .containsExactly("p", "first", "late");
    assertThat(record.communicationsUntil(day(2)))
        .extracting(Communication::id)
        .containsExactly("p", "first");
    assertThat(record.communicationsUntil(day(1))).isEmpty();
  }

  @Test
  void looksValuesUpByIdAndNamesAMissingOne() {
    NegotiationRecord record = base().addCommunication(P).build();

    assertThat(record.party("RU")).isEqualTo(party("RU"));
    assertThat(record.actor("lavrov")).isEqualTo(LAVROV);
    assertThat(record.item("a")).isEqualTo(item("a"));
    assertThat(record.itemPackage("treaty").members()).containsExactly("a", "b");
    assertThat(record.communication("p")).isEqualTo(P);
    assertThat(record.isItem("a")).isTrue();
    assertThat(record.isItem("treaty")).isFalse();
    assertThat(record.leafItems("outer")).containsExactly("c", "a", "b");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> record.party("XX"))
        .withMessage("no party with id XX");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> record.actor("x"))
        .withMessage("no actor with id x");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> record.item("x"))
        .withMessage("no item with id x");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> record.itemPackage("x"))
        .withMessage("no package with id x");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> record.communication("x"))
        .withMessage("no communication with id x");
  }

  @Test
  void recordsAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(base().build(), base().build())
        .addEqualityGroup(base().title("Other talks").build())
        .addEqualityGroup(base().addCommunication(P).build())
        .testEquals();
  }

  @Test
  void nullsAreRejected() {
    ValueTesters.checkNulls(NegotiationRecord.class, base().addCommunication(P).build());
  }
}
