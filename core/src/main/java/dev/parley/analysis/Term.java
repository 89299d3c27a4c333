package dev.parley.analysis;

import com.google.common.collect.ImmutableList;
import dev.parley.agenda.ItemPackage;
import dev.parley.communication.Communication;
import dev.parley.communication.Entry;
import dev.parley.communication.EntryKind;
import dev.parley.evidence.Evidence;
import dev.parley.record.NegotiationRecord;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One item a proposal puts forward: an entry of it, or a member of its package that it lists no
 * entry for, which counts as a demand addressed to all the proposal's addressees.
 */
record Term(
    Communication proposal,
    String item,
    EntryKind kind,
    Set<String> addressees,
    List<Evidence> evidence,
    Optional<String> inPackage) {

  /** The terms of a proposal: its entries in order, then the package members without an entry. */
  static List<Term> of(NegotiationRecord record, Communication proposal) {
    ImmutableList.Builder<Term> terms = ImmutableList.builder();
    for (Entry entry : proposal.entries()) {
      terms.add(
          new Term(
              proposal,
              entry.item(),
              entry.kind(),
              addressees(proposal, proposal.addresseesOf(entry)),
              entry.evidence(),
              proposal
                  .proposedPackage()
                  .flatMap(p -> innermostPackage(record, record.itemPackage(p), entry.item()))));
    }
    if (proposal.proposedPackage().isPresent()) {
      ItemPackage root = record.itemPackage(proposal.proposedPackage().get());
      for (String item : record.leafItems(root.id())) {
        if (proposal.entry(item).isEmpty()) {
          terms.add(
              new Term(
                  proposal,
                  item,
                  EntryKind.DEMAND,
                  addressees(proposal, proposal.addressees()),
                  proposal.evidence(),
                  innermostPackage(record, root, item)));
        }
      }
    }
    return terms.build();
  }

  /** The term for {@code item} in a proposal, if the proposal puts it forward. */
  static Optional<Term> of(NegotiationRecord record, Communication proposal, String item) {
    return of(record, proposal).stream().filter(t -> t.item().equals(item)).findFirst();
  }

  /** Whether a proposal puts {@code item} forward, by an entry or in its package. */
  static boolean holds(NegotiationRecord record, Communication proposal, String item) {
    return proposal.entry(item).isPresent()
        || proposal.proposedPackage().map(p -> record.leafItems(p).contains(item)).orElse(false);
  }

  /** The addressees, less the author: a party does not demand of itself. */
  private static Set<String> addressees(Communication proposal, Set<String> named) {
    Set<String> addressees = new LinkedHashSet<>(named);
    addressees.remove(proposal.author());
    return addressees;
  }

  /**
   * The innermost package under {@code root} that lists {@code item} as a direct member, taking
   * members in order and the first package found.
   */
  static Optional<String> innermostPackage(
      NegotiationRecord record, ItemPackage root, String item) {
    for (String member : root.members()) {
      if (!record.isItem(member)) {
        Optional<String> inner = innermostPackage(record, record.itemPackage(member), item);
        if (inner.isPresent()) {
          return inner;
        }
      }
    }
    return root.members().contains(item) ? Optional.of(root.id()) : Optional.empty();
  }
}
