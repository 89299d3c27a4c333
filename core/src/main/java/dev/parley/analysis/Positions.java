package dev.parley.analysis;

import com.google.common.collect.ImmutableList;
import dev.parley.communication.Communication;
import dev.parley.communication.Stance;
import dev.parley.communication.StanceKind;
import dev.parley.evidence.Evidence;
import dev.parley.record.NegotiationRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Works out where a party stands on an item at a date, from an index of the record's stances and
 * verdicts built once.
 */
final class Positions {
  /** One report of a party's answer on an item: a stance, or a verdict covering the item. */
  private record Report(
      Communication communication,
      StanceKind kind,
      Optional<String> counterItem,
      Optional<String> via,
      List<Evidence> evidence) {}

  private final NegotiationRecord record;

  /** Stances by author, then item, in time order. */
  private final Map<String, Map<String, List<Report>>> stances = new HashMap<>();

  /** Responses carrying a verdict, in time order. */
  private final List<Communication> verdicts = new ArrayList<>();

  Positions(NegotiationRecord record) {
    this.record = record;
    for (Communication c : record.communications()) {
      for (Stance stance : c.stances()) {
        stances
            .computeIfAbsent(c.author(), a -> new HashMap<>())
            .computeIfAbsent(stance.item(), i -> new ArrayList<>())
            .add(
                new Report(
                    c, stance.kind(), stance.counterItem(), stance.via(), stance.evidence()));
      }
      if (c.verdict().isPresent()) {
        verdicts.add(c);
      }
    }
  }

  /**
   * Where {@code party} stands as of {@code date} on {@code item} as put forward by {@code
   * proposal}: its latest explicit stance on the item as of that date, whenever taken and whatever
   * communication it answered (a position stands until the party changes it, so a demand restated
   * in a later proposal keeps the answers already given); else the verdict of its latest response
   * answering the proposal or one it supersedes; else not addressed.
   */
  AddresseePosition onProposal(Communication proposal, String party, String item, LocalDate date) {
    List<Report> explicit = explicit(party, item, c -> !c.date().isAfter(date));
    if (!explicit.isEmpty()) {
      return latest(party, explicit, false);
    }
    Set<String> lineage = lineage(proposal);
    List<Report> byVerdict =
        verdicts(
            party,
            item,
            c -> !c.date().isAfter(date) && c.judged().stream().anyMatch(lineage::contains));
    return latest(party, byVerdict, true);
  }

  /** Where each addressee of {@code term} stands on it as of {@code date}, in their order. */
  List<AddresseePosition> onTerm(Term term, LocalDate date) {
    return term.addressees().stream()
        .map(a -> onProposal(term.proposal(), a, term.item(), date))
        .toList();
  }

  /**
   * The proposal and every earlier proposal it supersedes, directly or through others: a verdict on
   * a superseded proposal still answers the demands the new one restates.
   */
  private Set<String> lineage(Communication proposal) {
    Set<String> ids = new LinkedHashSet<>();
    Optional<Communication> current = Optional.of(proposal);
    while (current.isPresent() && ids.add(current.get().id())) {
      current = current.get().supersedes().map(record::communication);
    }
    return ids;
  }

  /**
   * Where {@code party} stands as of {@code date} on {@code item} whoever put it forward: its
   * latest explicit stance; else the verdict of its latest response answering a proposal that holds
   * the item; else not addressed.
   */
  AddresseePosition onItem(String party, String item, LocalDate date) {
    List<Report> explicit = explicit(party, item, c -> !c.date().isAfter(date));
    if (!explicit.isEmpty()) {
      return latest(party, explicit, false);
    }
    List<Report> byVerdict =
        verdicts(
            party,
            item,
            c ->
                !c.date().isAfter(date)
                    && c.judged().stream()
                        .anyMatch(a -> Term.holds(record, record.communication(a), item)));
    return latest(party, byVerdict, true);
  }

  private List<Report> explicit(String party, String item, Predicate<Communication> when) {
    return stances.getOrDefault(party, Map.of()).getOrDefault(item, List.of()).stream()
        .filter(r -> when.test(r.communication()))
        .toList();
  }

  private List<Report> verdicts(String party, String item, Predicate<Communication> when) {
    return verdicts.stream()
        .filter(c -> c.author().equals(party) && c.stancesOn(item).isEmpty() && when.test(c))
        .map(
            c ->
                new Report(
                    c,
                    c.verdict().get().kind(),
                    Optional.empty(),
                    Optional.empty(),
                    c.verdict().get().evidence()))
        .toList();
  }

  /** The position the reports of the latest date give: one kind, or a conflict of several. */
  private static AddresseePosition latest(String party, List<Report> reports, boolean fromVerdict) {
    if (reports.isEmpty()) {
      return AddresseePosition.notAddressed(party);
    }
    LocalDate last = reports.get(reports.size() - 1).communication().date();
    List<Report> group =
        reports.stream().filter(r -> r.communication().date().equals(last)).toList();
    List<StanceKind> kinds =
        group.stream()
            .map(Report::kind)
            .distinct()
            .sorted(Comparator.comparingInt(StanceKind::acceptance))
            .toList();
    Report shown;
    if (kinds.size() == 1) {
      shown = group.get(group.size() - 1);
    } else {
      shown = group.stream().filter(r -> r.kind() == kinds.get(0)).findFirst().orElseThrow();
    }
    ImmutableList.Builder<Evidence> evidence = ImmutableList.builder();
    group.forEach(r -> evidence.addAll(r.evidence()));
    boolean allCarried = group.stream().allMatch(r -> r.via().isPresent());
    List<String> via =
        allCarried ? group.stream().map(r -> r.via().get()).distinct().toList() : List.<String>of();
    return AddresseePosition.builder()
        .party(party)
        .stance(shown.kind())
        .reason(kinds.size() == 1 ? Reason.of(shown.kind()) : Reason.CONTESTED)
        .communication(shown.communication().id())
        .date(last)
        .counterItem(shown.counterItem())
        .via(via)
        .fromVerdict(fromVerdict)
        .conflicting(kinds.size() == 1 ? List.of() : kinds)
        .evidence(evidence.build())
        .build();
  }
}
