package dev.parley.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.parley.communication.Communication;
import dev.parley.communication.EntryKind;
import dev.parley.communication.Stance;
import dev.parley.communication.StanceKind;
import dev.parley.record.NegotiationRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How parties moved between two dates: who conceded or hardened on which item, and which demands
 * were made or dropped.
 *
 * <p>A party's stance on an item at a date is worked out as in {@link UnmetDemands} but whoever put
 * the item forward: its latest explicit stance on the item dated on or before the date (the least
 * accepting when reports of that day disagree), else the verdict of its latest response answering a
 * proposal that holds the item, else {@link StanceKind#NOT_ADDRESSED}. For each party and item with
 * a stance at the later date, a stance more accepting ({@link StanceKind#acceptance()}) than at the
 * earlier date is a concession and a less accepting one a hardening.
 *
 * <p>A demand is identified by the demanding party and the item: it is new when some active demand
 * (as defined in {@link UnmetDemands}) of that party for that item stands at the later date and
 * none at the earlier one, and dropped the other way round. So a proposal that supersedes another
 * and restates one of its demands neither drops nor renews it. Each demand is shown by the first
 * proposal, in time order, that makes it at the date where it stands.
 */
public final class Movement {
  private final NegotiationRecord record;
  private final Positions positions;

  private Movement(NegotiationRecord record) {
    this.record = record;
    this.positions = new Positions(record);
  }

  /** Prepares the analysis of a record. */
  public static Movement of(NegotiationRecord record) {
    return new Movement(checkNotNull(record));
  }

  /**
   * The movement from {@code from} to {@code to}, both as of their date; changes are listed in the
   * order the party and item were first answered, demands in the order of their proposals.
   *
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public MovementReport between(LocalDate from, LocalDate to) {
    checkArgument(!from.isAfter(to), "movement from %s to %s: from is after to", from, to);
    List<StanceChange> concessions = new ArrayList<>();
    List<StanceChange> hardenings = new ArrayList<>();
    for (List<String> answer : answered(to)) {
      String party = answer.get(0);
      String item = answer.get(1);
      AddresseePosition after = positions.onItem(party, item, to);
      StanceKind before = positions.onItem(party, item, from).stance();
      if (after.stance().acceptance() == before.acceptance()) {
        continue;
      }
      StanceChange change =
          StanceChange.builder()
              .party(party)
              .item(item)
              .before(before)
              .after(after.stance())
              .communication(after.communication())
              .evidence(after.evidence())
              .build();
      (change.isConcession() ? concessions : hardenings).add(change);
    }
    Map<List<String>, DemandRef> then = demands(from);
    Map<List<String>, DemandRef> now = demands(to);
    return MovementReport.builder()
        .from(from)
        .to(to)
        .concessions(concessions)
        .hardenings(hardenings)
        .newDemands(
            now.entrySet().stream()
                .filter(e -> !then.containsKey(e.getKey()))
                .map(Map.Entry::getValue)
                .toList())
        .droppedDemands(
            then.entrySet().stream()
                .filter(e -> !now.containsKey(e.getKey()))
                .map(Map.Entry::getValue)
                .toList())
        .build();
  }

  /** The (party, item) pairs answered by a stance or a verdict on or before {@code date}. */
  private Set<List<String>> answered(LocalDate date) {
    Set<List<String>> pairs = new LinkedHashSet<>();
    for (Communication c : record.communicationsUntil(date)) {
      for (Stance stance : c.stances()) {
        pairs.add(List.of(c.author(), stance.item()));
      }
      if (c.verdict().isPresent()) {
        for (String answered : c.judged()) {
          for (Term term : Term.of(record, record.communication(answered))) {
            pairs.add(List.of(c.author(), term.item()));
          }
        }
      }
    }
    return pairs;
  }

  /** The active demands at {@code date} by (party, item), each shown by its first proposal. */
  private Map<List<String>, DemandRef> demands(LocalDate date) {
    Map<List<String>, DemandRef> demands = new LinkedHashMap<>();
    for (Communication proposal : Proposals.active(record, date)) {
      for (Term term : Term.of(record, proposal)) {
        if (term.kind() == EntryKind.DEMAND) {
          demands.putIfAbsent(
              List.of(proposal.author(), term.item()),
              DemandRef.builder()
                  .proposal(proposal.id())
                  .party(proposal.author())
                  .item(term.item())
                  .date(proposal.date())
                  .build());
        }
      }
    }
    return demands;
  }
}
