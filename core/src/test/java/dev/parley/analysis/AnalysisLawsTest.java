package dev.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.agenda.Item;
import dev.parley.agenda.Linkage;
import dev.parley.communication.Communication;
import dev.parley.communication.EntryKind;
import dev.parley.communication.Stance;
import dev.parley.communication.StanceKind;
import dev.parley.communication.Verdict;
import dev.parley.record.NegotiationRecord;
import dev.parley.testing.RandomRecords;
import dev.parley.testing.Seeds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Laws of the analyses, checked on random records. */
class AnalysisLawsTest {
  private static final int RUNS = 400;

  @Test
  void turningAStanceIntoAcceptanceNeverAddsAnUnmetDemand() {
    Seeds.check(
        1_000,
        RUNS,
        random -> {
          RandomRecords generator = new RandomRecords(random);
          NegotiationRecord record = generator.record();
          List<Communication> responses =
              record.communications().stream().filter(c -> !c.stances().isEmpty()).toList();
          if (responses.isEmpty()) {
            return;
          }
          Communication response = responses.get(random.nextInt(responses.size()));
          List<Stance> stances = new ArrayList<>(response.stances());
          int at = random.nextInt(stances.size());
          Stance turned = stances.get(at);
          stances.set(
              at,
              Stance.builder()
                  .item(turned.item())
                  .kind(StanceKind.ACCEPTED)
                  .evidence(turned.evidence())
                  .build());
          NegotiationRecord accepting =
              replace(record, Communication.builder().from(response).stances(stances).build());
          assertFewerOrSameUnmet(generator, record, accepting);
        });
  }

  @Test
  void turningAVerdictIntoAcceptanceNeverAddsAnUnmetDemand() {
    Seeds.check(
        2_000,
        RUNS,
        random -> {
          RandomRecords generator = new RandomRecords(random);
          NegotiationRecord record = generator.record();
          List<Communication> responses =
              record.communications().stream().filter(c -> c.verdict().isPresent()).toList();
          if (responses.isEmpty()) {
            return;
          }
          Communication response = responses.get(random.nextInt(responses.size()));
          NegotiationRecord accepting =
              replace(
                  record,
                  Communication.builder()
                      .from(response)
                      .verdict(Verdict.of(StanceKind.ACCEPTED))
                      .build());
          assertFewerOrSameUnmet(generator, record, accepting);
        });
  }

  @Test
  void aPackageIsMetExactlyWhenAllItsMembersAre() {
    Seeds.check(
        3_000,
        RUNS,
        random -> {
          RandomRecords generator = new RandomRecords(random);
          NegotiationRecord record = generator.record();
          LocalDate date = generator.date(record);
          Map<List<String>, Boolean> demandMet = new HashMap<>();
          for (DemandStatus demand : UnmetDemands.of(record).asOf(date)) {
            demandMet.put(List.of(demand.proposal(), demand.item()), demand.isMet());
          }
          for (PackageVerdict verdict : PackageVerdicts.of(record).asOf(date)) {
            checkPackage(record, verdict, demandMet);
          }
        });
  }

  private static void checkPackage(
      NegotiationRecord record, PackageVerdict verdict, Map<List<String>, Boolean> demandMet) {
    List<String> members = record.itemPackage(verdict.itemPackage()).members();
    Set<String> split = new HashSet<>(verdict.metMembers());
    split.addAll(verdict.blockingMembers());
    assertThat(split).containsExactlyInAnyOrderElementsOf(members);
    assertThat(verdict.met()).isEqualTo(verdict.metMembers().size() == members.size());
    if (verdict.linkage() == Linkage.INDIVISIBLE && !verdict.met()) {
      assertThat(verdict.countedMembers()).isEmpty();
    } else {
      assertThat(verdict.countedMembers()).isEqualTo(verdict.metMembers());
    }
    for (String member : members) {
      Boolean met = demandMet.get(List.of(verdict.proposal(), member));
      if (met != null) {
        assertThat(verdict.metMembers().contains(member)).as("member %s", member).isEqualTo(met);
      }
    }
    for (PackageVerdict inner : verdict.nested()) {
      assertThat(verdict.metMembers().contains(inner.itemPackage())).isEqualTo(inner.met());
      checkPackage(record, inner, demandMet);
    }
    assertThat(verdict.nested())
        .extracting(PackageVerdict::itemPackage)
        .containsExactlyElementsOf(members.stream().filter(m -> !record.isItem(m)).toList());
  }

  @Test
  void aResultAsOfADateNeverDependsOnLaterCommunications() {
    Seeds.check(
        4_000,
        RUNS,
        random -> {
          RandomRecords generator = new RandomRecords(random);
          NegotiationRecord record = generator.record();
          LocalDate date = generator.date(record);
          NegotiationRecord extended =
              generator.withCommunications(record, date, 1 + random.nextInt(6));
          assertThat(extended.communications()).hasSizeGreaterThan(record.communications().size());

          assertThat(UnmetDemands.of(extended).asOf(date))
              .isEqualTo(UnmetDemands.of(record).asOf(date));
          assertThat(PackageVerdicts.of(extended).asOf(date))
              .isEqualTo(PackageVerdicts.of(record).asOf(date));
          assertThat(OpenOffers.of(extended).asOf(date))
              .isEqualTo(OpenOffers.of(record).asOf(date));
          assertThat(PackageVerdicts.of(extended).selectiveResponses(date))
              .isEqualTo(PackageVerdicts.of(record).selectiveResponses(date));
          LocalDate from = date.minusDays(random.nextInt(10));
          assertThat(Movement.of(extended).between(from, date))
              .isEqualTo(Movement.of(record).between(from, date));
          for (Item item : record.items()) {
            assertThat(until(ItemHistory.of(extended, item.id()), date))
                .isEqualTo(until(ItemHistory.of(record, item.id()), date));
          }
        });
  }

  @Test
  void movementAgreesWithTheStancesAtBothDates() {
    Seeds.check(
        5_000,
        RUNS,
        random -> {
          RandomRecords generator = new RandomRecords(random);
          NegotiationRecord record = generator.record();
          List<LocalDate> span = twoDatesInOrder(generator, record);
          LocalDate from = span.get(0);
          LocalDate to = span.get(1);
          MovementReport report = Movement.of(record).between(from, to);
          Set<List<String>> then = demandKeys(UnmetDemands.of(record).asOf(from));
          Set<List<String>> now = demandKeys(UnmetDemands.of(record).asOf(to));
          for (DemandRef ref : report.newDemands()) {
            assertThat(now).contains(List.of(ref.party(), ref.item()));
            assertThat(then).doesNotContain(List.of(ref.party(), ref.item()));
          }
          for (DemandRef ref : report.droppedDemands()) {
            assertThat(then).contains(List.of(ref.party(), ref.item()));
            assertThat(now).doesNotContain(List.of(ref.party(), ref.item()));
          }
          assertThat(report.newDemands().size() - report.droppedDemands().size())
              .isEqualTo(now.size() - then.size());
          assertThat(Movement.of(record).between(to, to).concessions()).isEmpty();
          assertThat(Movement.of(record).between(to, to).hardenings()).isEmpty();
        });
  }

  @Test
  void everyOfferPutForwardIsListedOnceEitherWhereItStandsOrAsWithdrawn() {
    Seeds.check(
        6_000,
        RUNS,
        random -> {
          RandomRecords generator = new RandomRecords(random);
          NegotiationRecord record = generator.record();
          LocalDate date = generator.date(record);
          List<OfferStatus> offers = OpenOffers.of(record).asOf(date);
          Set<List<String>> standing = new HashSet<>();
          for (OfferStatus offer : offers) {
            if (offer.state() != OfferState.WITHDRAWN) {
              standing.add(List.of(offer.proposal(), offer.item()));
            }
          }
          Set<List<String>> offered = new HashSet<>();
          for (Communication proposal : Proposals.active(record, date)) {
            proposal.entries().stream()
                .filter(e -> e.kind() == EntryKind.OFFER)
                .forEach(e -> offered.add(List.of(proposal.id(), e.item())));
          }
          assertThat(standing).isEqualTo(offered);
          assertThat(offers.stream().map(o -> List.of(o.proposal(), o.item())).distinct())
              .hasSameSizeAs(offers);
        });
  }

  @Test
  void anOfferIsOpenExactlyWhenItStandsAndSomeAddresseeHasNotSettledIt() {
    Seeds.check(
        7_000,
        RUNS,
        random -> {
          RandomRecords generator = new RandomRecords(random);
          NegotiationRecord record = generator.record();
          LocalDate date = generator.date(record);
          for (OfferStatus offer : OpenOffers.of(record).asOf(date)) {
            List<OfferState> each = offer.addressees().stream().map(OfferState::of).toList();
            assertThat(each).doesNotContain(OfferState.WITHDRAWN);
            if (offer.state() == OfferState.WITHDRAWN) {
              assertThat(offer.withdrawnOn().orElseThrow()).isBeforeOrEqualTo(date);
              continue;
            }
            assertThat(offer.isOpen()).isEqualTo(each.isEmpty() || each.contains(OfferState.OPEN));
            if (offer.state() == OfferState.TAKEN_UP) {
              assertThat(each).contains(OfferState.TAKEN_UP);
            }
            if (offer.state() == OfferState.DECLINED) {
              assertThat(each).containsOnly(OfferState.DECLINED);
            }
          }
          assertThat(OpenOffers.of(record).openAsOf(date))
              .allMatch(OfferStatus::isOpen)
              .hasSize(
                  (int)
                      OpenOffers.of(record).asOf(date).stream()
                          .filter(OfferStatus::isOpen)
                          .count());
        });
  }

  @Test
  void anOfferOnceWithdrawnStaysWithdrawnByTheSameCommunication() {
    Seeds.check(
        8_000,
        RUNS,
        random -> {
          RandomRecords generator = new RandomRecords(random);
          NegotiationRecord record = generator.record();
          List<LocalDate> span = twoDatesInOrder(generator, record);
          LocalDate from = span.get(0);
          LocalDate to = span.get(1);
          Map<List<String>, OfferStatus> later = new HashMap<>();
          OpenOffers.of(record)
              .asOf(to)
              .forEach(o -> later.put(List.of(o.proposal(), o.item()), o));
          for (OfferStatus offer : OpenOffers.of(record).asOf(from)) {
            if (offer.state() == OfferState.WITHDRAWN) {
              OfferStatus then = later.get(List.of(offer.proposal(), offer.item()));
              assertThat(then).isNotNull();
              assertThat(then.state()).isEqualTo(OfferState.WITHDRAWN);
              assertThat(then.withdrawnBy()).isEqualTo(offer.withdrawnBy());
            }
          }
        });
  }

  /** Two random dates of the record, the earlier first. */
  private static List<LocalDate> twoDatesInOrder(
      RandomRecords generator, NegotiationRecord record) {
    LocalDate a = generator.date(record);
    LocalDate b = generator.date(record);
    return a.isBefore(b) ? List.of(a, b) : List.of(b, a);
  }

  private static Set<List<String>> demandKeys(List<DemandStatus> demands) {
    Set<List<String>> keys = new HashSet<>();
    demands.forEach(d -> keys.add(List.of(d.demandingParty(), d.item())));
    return keys;
  }

  private static List<HistoryEvent> until(List<HistoryEvent> events, LocalDate date) {
    return events.stream().filter(e -> !e.date().isAfter(date)).toList();
  }

  private static void assertFewerOrSameUnmet(
      RandomRecords generator, NegotiationRecord before, NegotiationRecord after) {
    for (int i = 0; i < 5; i++) {
      LocalDate date = generator.date(before);
      assertThat(unmet(after, date)).isSubsetOf(unmet(before, date));
      assertThat(UnmetDemands.of(after).asOf(date))
          .hasSameSizeAs(UnmetDemands.of(before).asOf(date));
    }
  }

  private static Set<List<String>> unmet(NegotiationRecord record, LocalDate date) {
    Set<List<String>> keys = new HashSet<>();
    UnmetDemands.of(record).unmetAsOf(date).forEach(d -> keys.add(List.of(d.proposal(), d.item())));
    return keys;
  }

  private static NegotiationRecord replace(NegotiationRecord record, Communication changed) {
    List<Communication> communications = new ArrayList<>(record.communications());
    communications.replaceAll(c -> c.id().equals(changed.id()) ? changed : c);
    return NegotiationRecord.builder().from(record).communications(communications).build();
  }
}
