package dev.parley.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.parley.communication.Communication;
import dev.parley.communication.EntryKind;
import dev.parley.communication.Stance;
import dev.parley.communication.Verdict;
import dev.parley.record.NegotiationRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The history of one item: every time a party demanded it, offered it, took a stance on it, or
 * covered it by a verdict.
 */
public final class ItemHistory {
  private ItemHistory() {}

  /**
   * The events of {@code item} in time order (the record's order of communications; within one
   * communication, what it put forward, then its stances, then its verdict).
   *
   * <p>A proposal gives a {@link HistoryKind#DEMANDED} or {@link HistoryKind#OFFERED} event for an
   * entry of the item, and a demand for an item of its package it lists no entry for. Each stance
   * on the item gives a {@link HistoryKind#STANCE} event, so contradictory reports give several. A
   * response with a verdict that answers a proposal holding the item, and takes no stance on it,
   * gives one {@link HistoryKind#VERDICT} event. Being named as the counter item of another item's
   * stance is not an event of this item's history.
   *
   * @throws IllegalArgumentException if the record has no such item
   */
  public static List<HistoryEvent> of(NegotiationRecord record, String item) {
    record.item(checkNotNull(item));
    List<HistoryEvent> events = new ArrayList<>();
    for (Communication c : record.communications()) {
      if (c.isProposal()) {
        Term.of(record, c, item)
            .ifPresent(
                term ->
                    events.add(
                        event(c)
                            .kind(
                                term.kind() == EntryKind.DEMAND
                                    ? HistoryKind.DEMANDED
                                    : HistoryKind.OFFERED)
                            .evidence(term.evidence())
                            .build()));
      }
      for (Stance stance : c.stancesOn(item)) {
        events.add(
            event(c)
                .kind(HistoryKind.STANCE)
                .stance(stance.kind())
                .counterItem(stance.counterItem())
                .evidence(stance.evidence())
                .build());
      }
      Optional<Verdict> verdict = c.verdict();
      if (verdict.isPresent()
          && c.stancesOn(item).isEmpty()
          && c.judged().stream().anyMatch(a -> Term.holds(record, record.communication(a), item))) {
        events.add(
            event(c)
                .kind(HistoryKind.VERDICT)
                .stance(verdict.get().kind())
                .evidence(verdict.get().evidence())
                .build());
      }
    }
    return List.copyOf(events);
  }

  private static ImmutableHistoryEvent.Builder event(Communication c) {
    return HistoryEvent.builder().date(c.date()).communication(c.id()).party(c.author());
  }
}
