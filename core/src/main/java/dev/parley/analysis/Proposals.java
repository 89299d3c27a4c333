package dev.parley.analysis;

import dev.parley.communication.Communication;
import dev.parley.record.NegotiationRecord;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which proposals stand at a date. */
final class Proposals {
  private Proposals() {}

  /**
   * The proposals dated on or before {@code date} that no communication dated on or before it
   * supersedes, in time order.
   */
  static List<Communication> active(NegotiationRecord record, LocalDate date) {
    Map<String, Communication> superseded = supersededBy(record, date);
    return record.communicationsUntil(date).stream()
        .filter(c -> c.isProposal() && !superseded.containsKey(c.id()))
        .toList();
  }

  /**
   * The communications dated on or before {@code date} that supersede another, by the id of the
   * communication they supersede; of several superseding one, the first in time order.
   */
  static Map<String, Communication> supersededBy(NegotiationRecord record, LocalDate date) {
    Map<String, Communication> superseding = new LinkedHashMap<>();
    for (Communication c : record.communicationsUntil(date)) {
      c.supersedes().ifPresent(old -> superseding.putIfAbsent(old, c));
    }
    return superseding;
  }
}
