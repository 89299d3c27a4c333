package dev.parley.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.parley.agenda.ItemPackage;
import dev.parley.agenda.Linkage;
import dev.parley.communication.Communication;
import dev.parley.record.NegotiationRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether the packages proposals put forward are met at a date, and which responses answered an
 * indivisible package only in part.
 *
 * <p>An item member of a package is met when the proposal's demand or offer of it (its entry, or a
 * demand addressed to all the proposal's addressees when it lists no entry) is accepted by every
 * party it is addressed to, positions being worked out as in {@link UnmetDemands}. A package is met
 * exactly when all its direct members are; an empty package is met. How the linkage is shown is
 * described in {@link PackageVerdict}.
 */
public final class PackageVerdicts {
  private final NegotiationRecord record;
  private final Positions positions;

  private PackageVerdicts(NegotiationRecord record) {
    this.record = record;
    this.positions = new Positions(record);
  }

  /** Prepares the analysis of a record. */
  public static PackageVerdicts of(NegotiationRecord record) {
    return new PackageVerdicts(checkNotNull(record));
  }

  /**
   * One verdict per active proposal (as defined in {@link UnmetDemands}) that puts forward a
   * package, as of {@code date}, in the order of the proposals.
   */
  public List<PackageVerdict> asOf(LocalDate date) {
    checkNotNull(date);
    List<PackageVerdict> verdicts = new ArrayList<>();
    for (Communication proposal : Proposals.active(record, date)) {
      if (proposal.proposedPackage().isPresent()) {
        Map<String, Boolean> met =
            Term.of(record, proposal).stream()
                .collect(
                    Collectors.toMap(
                        Term::item, t -> accepted(proposal, t, date), (a, b) -> a && b));
        verdicts.add(
            verdict(proposal, record.itemPackage(proposal.proposedPackage().get()), met::get));
      }
    }
    return List.copyOf(verdicts);
  }

  /**
   * The responses dated on or before {@code date} that took explicit stances on some items of an
   * indivisible package of a proposal they answer, the proposal's own package or one nested in it
   * at any depth, and passed over the others: neither named them nor covered them by a verdict. A
   * response's verdict passes over nothing of what it judges. Responses to proposals since
   * superseded count: they were selective when made. One entry per response, proposal and package,
   * in time order, and for one response and proposal from the outermost package in.
   */
  public List<SelectiveResponse> selectiveResponses(LocalDate date) {
    checkNotNull(date);
    List<SelectiveResponse> selective = new ArrayList<>();
    for (Communication response : record.communicationsUntil(date)) {
      for (String answered : response.answers()) {
        if (response.judged().contains(answered)) {
          continue; // a verdict on it passes over nothing
        }
        Communication proposal = record.communication(answered);
        if (proposal.proposedPackage().isEmpty()) {
          continue;
        }
        Set<String> packages = new LinkedHashSet<>();
        collectPackages(record.itemPackage(proposal.proposedPackage().get()), packages);
        for (String id : packages) {
          if (record.itemPackage(id).linkage() != Linkage.INDIVISIBLE) {
            continue;
          }
          List<String> leaves = record.leafItems(id);
          List<String> named =
              leaves.stream().filter(i -> !response.stancesOn(i).isEmpty()).toList();
          List<String> passed =
              leaves.stream().filter(i -> response.stancesOn(i).isEmpty()).toList();
          if (!named.isEmpty() && !passed.isEmpty()) {
            selective.add(
                SelectiveResponse.builder()
                    .response(response.id())
                    .responder(response.author())
                    .date(response.date())
                    .proposal(proposal.id())
                    .itemPackage(id)
                    .answered(named)
                    .passedOver(passed)
                    .build());
          }
        }
      }
    }
    return List.copyOf(selective);
  }

  private void collectPackages(ItemPackage itemPackage, Set<String> packages) {
    if (packages.add(itemPackage.id())) {
      for (String member : itemPackage.members()) {
        if (!record.isItem(member)) {
          collectPackages(record.itemPackage(member), packages);
        }
      }
    }
  }

  private boolean accepted(Communication proposal, Term term, LocalDate date) {
    return !term.addressees().isEmpty()
        && term.addressees().stream()
            .allMatch(a -> positions.onProposal(proposal, a, term.item(), date).isAccepted());
  }

  private PackageVerdict verdict(
      Communication proposal, ItemPackage itemPackage, Function<String, Boolean> itemMet) {
    List<String> met = new ArrayList<>();
    List<String> blocking = new ArrayList<>();
    List<PackageVerdict> nested = new ArrayList<>();
    for (String member : itemPackage.members()) {
      boolean memberMet;
      if (record.isItem(member)) {
        memberMet = itemMet.apply(member);
      } else {
        PackageVerdict inner = verdict(proposal, record.itemPackage(member), itemMet);
        nested.add(inner);
        memberMet = inner.met();
      }
      (memberMet ? met : blocking).add(member);
    }
    return PackageVerdict.builder()
        .proposal(proposal.id())
        .itemPackage(itemPackage.id())
        .linkage(itemPackage.linkage())
        .met(blocking.isEmpty())
        .metMembers(met)
        .blockingMembers(blocking)
        .nested(nested)
        .build();
  }
}
