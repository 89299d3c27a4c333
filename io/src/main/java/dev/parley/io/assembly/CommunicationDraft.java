package dev.parley.io.assembly;

import dev.parley.communication.Communication;
import dev.parley.communication.CommunicationKind;
import dev.parley.communication.Entry;
import dev.parley.communication.EntryKind;
import dev.parley.communication.Stance;
import dev.parley.communication.StanceKind;
import dev.parley.communication.Verdict;
import dev.parley.evidence.Evidence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A communication being assembled: entries, stances and evidence are added as statements are
 * placed, each piece of evidence once.
 */
final class CommunicationDraft {
  private record StanceKey(
      String item, StanceKind kind, Optional<String> counterItem, Optional<String> via) {}

  final String id;
  final CommunicationKind kind;
  final LocalDate date;
  final String title;
  final String author;
  final Set<String> addressees = new LinkedHashSet<>();
  final Set<String> answers = new LinkedHashSet<>();
  private final Optional<String> proposedPackage;
  private final boolean remarks;
  Optional<String> supersedes = Optional.empty();
  private final Map<String, EntryKind> entryKinds = new LinkedHashMap<>();
  private final Map<String, Set<Evidence>> entryEvidence = new LinkedHashMap<>();
  private final Map<StanceKey, Set<Evidence>> stances = new LinkedHashMap<>();
  private StanceKind verdict;
  private final Set<Evidence> verdictEvidence = new LinkedHashSet<>();
  private final Set<String> verdictOn = new LinkedHashSet<>();
  private final Set<Evidence> evidence = new LinkedHashSet<>();

  CommunicationDraft(
      String id,
      CommunicationKind kind,
      LocalDate date,
      String title,
      String author,
      Optional<String> proposedPackage,
      boolean remarks) {
    this.id = id;
    this.kind = kind;
    this.date = date;
    this.title = title;
    this.author = author;
    this.proposedPackage = proposedPackage;
    this.remarks = remarks;
  }

  /** Whether this draft gathers a party's remarks of one day, rather than a known document. */
  boolean isRemarks() {
    return remarks;
  }

  boolean hasNoPackage() {
    return proposedPackage.isEmpty();
  }

  boolean putsForward(String item) {
    return entryKinds.containsKey(item);
  }

  /** Whether this draft demands {@code item} (rather than offering it, or not naming it). */
  boolean demands(String item) {
    return entryKinds.get(item) == EntryKind.DEMAND;
  }

  /** The items this draft offers, in the order they were put forward. */
  List<String> offers() {
    return entryKinds.entrySet().stream()
        .filter(e -> e.getValue() == EntryKind.OFFER)
        .map(Map.Entry::getKey)
        .toList();
  }

  void addEntry(String item, EntryKind entryKind, List<Evidence> support) {
    entryKinds.putIfAbsent(item, entryKind);
    entryEvidence.computeIfAbsent(item, k -> new LinkedHashSet<>()).addAll(support);
  }

  void addStance(String item, StanceKind stanceKind, Evidence support) {
    stances
        .computeIfAbsent(
            new StanceKey(item, stanceKind, Optional.empty(), Optional.empty()),
            k -> new LinkedHashSet<>())
        .add(support);
  }

  /**
   * Adds a stance on {@code item} carried from {@code via}, a broader item that includes it; it is
   * kept only while this draft takes no stance on {@code item} itself.
   */
  void addCarriedStance(String item, StanceKind stanceKind, String via, Evidence support) {
    stances
        .computeIfAbsent(
            new StanceKey(item, stanceKind, Optional.empty(), Optional.of(via)),
            k -> new LinkedHashSet<>())
        .add(support);
  }

  /** Adds a counter-proposal: {@code item} is answered by putting {@code counterItem} forward. */
  void addCounter(String item, String counterItem, Evidence support) {
    stances
        .computeIfAbsent(
            new StanceKey(
                item, StanceKind.COUNTER_PROPOSED, Optional.of(counterItem), Optional.empty()),
            k -> new LinkedHashSet<>())
        .add(support);
  }

  /**
   * Sets the verdict on the communications {@code judged}; a later, less accepting verdict on the
   * same day wins, as it is firmer. The verdict judges the communications all its statements
   * judged, not every one the draft comes to answer.
   */
  void addVerdict(StanceKind stanceKind, Set<String> judged, Evidence support) {
    if (verdict == null || stanceKind.acceptance() < verdict.acceptance()) {
      verdict = stanceKind;
    }
    verdictOn.addAll(judged);
    verdictEvidence.add(support);
  }

  void addEvidence(Evidence support) {
    evidence.add(support);
  }

  boolean hasContent() {
    return !entryKinds.isEmpty() || !stances.isEmpty() || verdict != null;
  }

  /**
   * The stances, less those carried from a broader item to an item on which this draft also takes a
   * stance of its own: what a party says of the item itself outweighs what follows from a broader
   * one.
   */
  private Map<StanceKey, Set<Evidence>> kept() {
    Set<String> answeredItself = new LinkedHashSet<>();
    stances.keySet().stream()
        .filter(k -> k.via().isEmpty())
        .forEach(k -> answeredItself.add(k.item()));
    Map<StanceKey, Set<Evidence>> out = new LinkedHashMap<>();
    stances.forEach(
        (key, support) -> {
          if (key.via().isEmpty() || !answeredItself.contains(key.item())) {
            out.put(key, new LinkedHashSet<>(support));
          }
        });
    return out;
  }

  /**
   * The items on which this draft holds stances that disagree, with their kinds. A rejection and a
   * counter-proposal agree (both refuse the item), and so do two counters with different counter
   * items.
   */
  Map<String, List<StanceKind>> contradictions() {
    Map<String, java.util.SortedSet<StanceKind>> byItem = new LinkedHashMap<>();
    for (StanceKey key : kept().keySet()) {
      byItem.computeIfAbsent(key.item(), k -> new java.util.TreeSet<>()).add(key.kind());
    }
    Map<String, List<StanceKind>> out = new LinkedHashMap<>();
    byItem.forEach(
        (item, kinds) -> {
          long refusalsAsOne =
              kinds.stream()
                  .map(k -> k == StanceKind.COUNTER_PROPOSED ? StanceKind.REJECTED : k)
                  .distinct()
                  .count();
          if (refusalsAsOne > 1) {
            out.put(item, new ArrayList<>(kinds));
          }
        });
    return out;
  }

  List<Evidence> stanceEvidence(String item) {
    List<Evidence> all = new ArrayList<>();
    kept()
        .forEach(
            (key, support) -> {
              if (key.item().equals(item)) {
                all.addAll(support);
              }
            });
    return all;
  }

  /**
   * The stances, with a rejection of an item that this communication also counters folded into the
   * counter-proposal: both refuse the item, and the counter says what is put forward instead
   * ("reaffirmed Ukraine's right to join NATO" rejects the demand and holds to the open door).
   */
  private Map<StanceKey, Set<Evidence>> refusalsAsCounters() {
    Map<StanceKey, Set<Evidence>> out = kept();
    for (StanceKey key : List.copyOf(out.keySet())) {
      if (key.kind() != StanceKind.REJECTED) {
        continue;
      }
      Optional<StanceKey> counter =
          out.keySet().stream()
              .filter(k -> k.kind() == StanceKind.COUNTER_PROPOSED && k.item().equals(key.item()))
              .findFirst();
      if (counter.isPresent()) {
        out.get(counter.get()).addAll(out.remove(key));
      }
    }
    return out;
  }

  Communication build() {
    var builder =
        Communication.builder()
            .id(id)
            .kind(kind)
            .date(date)
            .title(title)
            .author(author)
            .addressees(addressees)
            .answers(answers)
            .proposedPackage(proposedPackage)
            .supersedes(supersedes)
            .evidence(evidence);
    entryKinds.forEach(
        (item, entryKind) ->
            builder.addEntries(
                Entry.builder()
                    .item(item)
                    .kind(entryKind)
                    .evidence(entryEvidence.get(item))
                    .build()));
    Map<StanceKey, Set<Evidence>> refusals = refusalsAsCounters();
    refusals.forEach(
        (key, support) ->
            builder.addStances(
                Stance.builder()
                    .item(key.item())
                    .kind(key.kind())
                    .counterItem(key.counterItem())
                    .via(key.via())
                    .evidence(support)
                    .build()));
    if (verdict != null && !answers.isEmpty()) {
      Set<String> on = answers.equals(verdictOn) ? Set.of() : verdictOn;
      builder.verdict(Verdict.on(verdict, on, verdictEvidence.toArray(new Evidence[0])));
    }
    return builder.build();
  }
}
