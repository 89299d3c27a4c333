package dev.parley.analysis;

import static dev.parley.testing.Fixtures.communication;
import static dev.parley.testing.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.agenda.ItemPackage;
import dev.parley.agenda.Linkage;
import dev.parley.communication.Communication;
import dev.parley.communication.Entry;
import dev.parley.communication.Stance;
import dev.parley.communication.StanceKind;
import dev.parley.communication.Verdict;
import dev.parley.record.NegotiationRecord;
import dev.parley.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackageVerdictsTest {
  /** RU puts forward "outer": c and the empty package, separable, with the indivisible treaty. */
  private static final Communication PROPOSAL =
      communication("p", 1, "RU", "US").proposedPackage("outer").addEntry(Entry.offer("c")).build();

  private static NegotiationRecord record(Communication... responses) {
    return Fixtures.record()
        .addPackage(ItemPackage.indivisible("treaty", "Treaty", "a", "b"))
        .addPackage(ItemPackage.separable("empty", "Nothing yet"))
        .addPackage(ItemPackage.separable("outer", "Outer", "c", "treaty", "empty"))
        .addCommunication(PROPOSAL)
        .addCommunications(responses)
        .build();
  }

  private static Communication answer(String id, int day, Stance... stances) {
    return communication(id, day, "US", "RU").addAnswer("p").addStances(stances).build();
  }

  private static Stance accept(String item) {
    return Stance.of(item, StanceKind.ACCEPTED);
  }

  @Test
  void anIndivisiblePackageNestedInASeparableOneBlocksOnlyItselfAndCountsNothingUntilMet() {
    NegotiationRecord record = record(answer("r", 2, accept("a"), accept("c")));

    List<PackageVerdict> verdicts = PackageVerdicts.of(record).asOf(day(2));

    assertThat(verdicts).hasSize(1);
    PackageVerdict outer = verdicts.get(0);
    assertThat(outer.proposal()).isEqualTo("p");
    assertThat(outer.itemPackage()).isEqualTo("outer");
    assertThat(outer.linkage()).isEqualTo(Linkage.SEPARABLE);
    assertThat(outer.met()).isFalse();
    assertThat(outer.metMembers()).containsExactly("c", "empty");
    assertThat(outer.blockingMembers()).containsExactly("treaty");
    assertThat(outer.countedMembers()).containsExactly("c", "empty");
    assertThat(outer.nested())
        .extracting(PackageVerdict::itemPackage)
        .containsExactly("treaty", "empty");
    PackageVerdict treaty = outer.nested().get(0);
    assertThat(treaty.linkage()).isEqualTo(Linkage.INDIVISIBLE);
    assertThat(treaty.met()).isFalse();
    assertThat(treaty.metMembers()).containsExactly("a");
    assertThat(treaty.blockingMembers()).containsExactly("b");
    assertThat(treaty.countedMembers()).isEmpty();
  }

  @Test
  void anEmptyPackageIsMet() {
    PackageVerdict empty = PackageVerdicts.of(record()).asOf(day(1)).get(0).nested().get(1);

    assertThat(empty.met()).isTrue();
    assertThat(empty.metMembers()).isEmpty();
    assertThat(empty.blockingMembers()).isEmpty();
  }

  @Test
  void aPackageIsMetOnceEveryMemberIsIncludingItsOffers() {
    NegotiationRecord record =
        record(answer("r1", 2, accept("a"), accept("c")), answer("r2", 4, accept("b")));
    PackageVerdicts verdicts = PackageVerdicts.of(record);

    assertThat(verdicts.asOf(day(3)).get(0).met()).isFalse();
    PackageVerdict outer = verdicts.asOf(day(4)).get(0);
    assertThat(outer.met()).isTrue();
    assertThat(outer.nested().get(0).countedMembers()).containsExactly("a", "b");
    assertThat(verdicts.asOf(day(0))).isEmpty();
  }

  @Test
  void aVerdictMeetsTheMembersTheResponseDoesNotName() {
    NegotiationRecord record =
        record(
            communication("r", 2, "US", "RU")
                .addAnswer("p")
                .addStance(Stance.of("c", StanceKind.REJECTED))
                .verdict(Verdict.of(StanceKind.ACCEPTED))
                .build());

    PackageVerdict outer = PackageVerdicts.of(record).asOf(day(2)).get(0);

    assertThat(outer.blockingMembers()).containsExactly("c");
    assertThat(outer.nested().get(0).met()).isTrue();
  }

  @Test
  void answeringPartOfAnIndivisiblePackageIsSelective() {
    NegotiationRecord record =
        record(answer("r1", 2, accept("a"), accept("c")), answer("r2", 3, accept("c")));

    List<SelectiveResponse> selective = PackageVerdicts.of(record).selectiveResponses(day(3));

    assertThat(selective)
        .containsExactly(
            SelectiveResponse.builder()
                .response("r1")
                .responder("US")
                .date(day(2))
                .proposal("p")
                .itemPackage("treaty")
                .addAnswered("a")
                .addPassedOver("b")
                .build());
    assertThat(PackageVerdicts.of(record).selectiveResponses(day(1))).isEmpty();
  }

  @Test
  void aResponseAnsweringAllOrCoveringTheRestByAVerdictIsNotSelective() {
    NegotiationRecord record =
        record(
            answer("r1", 2, accept("a"), Stance.of("b", StanceKind.REJECTED)),
            communication("r2", 3, "US", "RU")
                .addAnswer("p")
                .addStance(accept("a"))
                .verdict(Verdict.of(StanceKind.REJECTED))
                .build());

    assertThat(PackageVerdicts.of(record).selectiveResponses(day(3))).isEmpty();
  }

  @Test
  void aSelectiveAnswerToANestedIndivisiblePackageIsReportedForEachIndivisibleLevel() {
    NegotiationRecord record =
        Fixtures.record()
            .addPackage(ItemPackage.indivisible("inner", "Inner", "a", "b"))
            .addPackage(ItemPackage.indivisible("whole", "Whole", "inner", "c"))
            .addCommunication(communication("p", 1, "RU", "US").proposedPackage("whole").build())
            .addCommunication(answer("r", 2, accept("c"), accept("a")))
            .build();

    assertThat(PackageVerdicts.of(record).selectiveResponses(day(2)))
        .extracting(
            SelectiveResponse::itemPackage,
            SelectiveResponse::answered,
            SelectiveResponse::passedOver)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("whole", List.of("a", "c"), List.of("b")),
            org.assertj.core.groups.Tuple.tuple("inner", List.of("a"), List.of("b")));
  }

  @Test
  void aSupersededProposalHasNoVerdict() {
    NegotiationRecord record =
        Fixtures.record()
            .addPackage(ItemPackage.indivisible("treaty", "Treaty", "a", "b"))
            .addCommunication(communication("p1", 1, "RU", "US").proposedPackage("treaty").build())
            .addCommunication(
                communication("p2", 2, "RU", "US")
                    .proposedPackage("treaty")
                    .supersedes("p1")
                    .build())
            .build();
    PackageVerdicts verdicts = PackageVerdicts.of(record);

    assertThat(verdicts.asOf(day(1))).extracting(PackageVerdict::proposal).containsExactly("p1");
    assertThat(verdicts.asOf(day(2))).extracting(PackageVerdict::proposal).containsExactly("p2");
  }
}
