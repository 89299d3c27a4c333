package dev.parley.analysis;

import dev.parley.communication.Communication;
import dev.parley.record.NegotiationRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Which proposals stand at a date. */
final class Proposals {
  private Proposals() {}

  /**
   * The proposals dated on or before {@code date} that no communication dated on or before it
   * supersedes, in time order.
   */
  static List<Communication> active(NegotiationRecord record, LocalDate date) {
    List<Communication> until = record.communicationsUntil(date);
    Set<String> superseded =
        until.stream()
            .flatMap(c -> c.supersedes().stream())
            .collect(Collectors.toUnmodifiableSet());
    return until.stream().filter(c -> c.isProposal() && !superseded.contains(c.id())).toList();
  }
}
