package dev.parley.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.parley.communication.Communication;
import dev.parley.communication.EntryKind;
import dev.parley.record.NegotiationRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which demands stand at a date and how far each is met.
 *
 * <p>The <em>active demands</em> as of a date are the demand entries of the proposals dated on or
 * before it, less those of proposals superseded by a communication dated on or before it. A member
 * of a proposal's package (at any depth) that the proposal lists no entry for counts as a demand
 * addressed to all the proposal's addressees. A demand's addressees are its entry's own, or else
 * the proposal's; the demanding party is never its own addressee.
 *
 * <p>Each addressee's position is its latest explicit stance on the item in a communication it
 * authored dated on or before the date asked about, whenever it was taken and whatever
 * communication that answered (a position stands until the party changes it, so a demand restated
 * in a later proposal keeps the answers already given); stances of one day that disagree make it
 * {@link Reason#CONTESTED}. With no explicit stance, the verdict of its latest response answering
 * the proposal applies ({@link AddresseePosition#fromVerdict()}); else it is {@link
 * Reason#NOT_ADDRESSED}. A demand is {@link DemandState#MET met} only when every addressee has
 * accepted it, {@link DemandState#PARTLY_MET partly met} when some have. Communications dated after
 * the date asked about are never read.
 */
public final class UnmetDemands {
  private final NegotiationRecord record;
  private final Positions positions;

  private UnmetDemands(NegotiationRecord record) {
    this.record = record;
    this.positions = new Positions(record);
  }

  /** Prepares the analysis of a record. */
  public static UnmetDemands of(NegotiationRecord record) {
    return new UnmetDemands(checkNotNull(record));
  }

  /**
   * Every active demand of every party as of {@code date}, met or not, in the order of the
   * proposals and then of their terms.
   */
  public List<DemandStatus> asOf(LocalDate date) {
    checkNotNull(date);
    List<DemandStatus> demands = new ArrayList<>();
    for (Communication proposal : Proposals.active(record, date)) {
      for (Term term : Term.of(record, proposal)) {
        if (term.kind() == EntryKind.DEMAND) {
          demands.add(status(term, date));
        }
      }
    }
    return List.copyOf(demands);
  }

  /** The active demands {@code party} made, as of {@code date}. */
  public List<DemandStatus> asOf(LocalDate date, String party) {
    record.party(party);
    return asOf(date).stream().filter(d -> d.demandingParty().equals(party)).toList();
  }

  /** The active demands not met as of {@code date}: unmet or only partly met. */
  public List<DemandStatus> unmetAsOf(LocalDate date) {
    return asOf(date).stream().filter(d -> !d.isMet()).toList();
  }

  /** The active demands {@code party} made that are not met as of {@code date}. */
  public List<DemandStatus> unmetAsOf(LocalDate date, String party) {
    return asOf(date, party).stream().filter(d -> !d.isMet()).toList();
  }

  private DemandStatus status(Term term, LocalDate date) {
    List<AddresseePosition> addressees = positions.onTerm(term, date);
    return DemandStatus.builder()
        .proposal(term.proposal().id())
        .proposed(term.proposal().date())
        .demandingParty(term.proposal().author())
        .item(term.item())
        .inPackage(term.inPackage())
        .state(DemandState.of(addressees))
        .addressees(addressees)
        .demandEvidence(term.evidence())
        .build();
  }
}
