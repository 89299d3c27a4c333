package dev.parley.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.parley.communication.Communication;
import dev.parley.communication.EntryKind;
import dev.parley.record.NegotiationRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which offers the parties have put forward by a date and where each stands: open, taken up,
 * declined or withdrawn.
 *
 * <p>The offers as of a date are the offer entries of the proposals dated on or before it. An offer
 * is {@link OfferState#WITHDRAWN withdrawn} when a communication dated on or before the date
 * supersedes its proposal (the first such, if several do) and does not offer the item again; when
 * it does, the offer lives on in that communication and is listed there, not twice. An offer's
 * addressees are its entry's own, or else the proposal's; the offering party is never its own
 * addressee.
 *
 * <p>Each addressee's position is found as for {@link UnmetDemands}: its latest explicit stance on
 * the item as of the date, else the verdict of its latest response answering the proposal or one it
 * supersedes, else not addressed. {@link OfferState#of(AddresseePosition)} reads the position as
 * taken up, declined or still open for that addressee, and an offer that stands is {@link
 * OfferState#OPEN open} while it is open for any addressee. Communications dated after the date
 * asked about are never read.
 */
public final class OpenOffers {
  private final NegotiationRecord record;
  private final Positions positions;

  private OpenOffers(NegotiationRecord record) {
    this.record = record;
    this.positions = new Positions(record);
  }

  /** Prepares the analysis of a record. */
  public static OpenOffers of(NegotiationRecord record) {
    return new OpenOffers(checkNotNull(record));
  }

  /**
   * Every offer of every party as of {@code date}, open, taken up, declined or withdrawn, in the
   * order of the proposals and then of their entries.
   */
  public List<OfferStatus> asOf(LocalDate date) {
    checkNotNull(date);
    Map<String, Communication> supersededBy = Proposals.supersededBy(record, date);
    List<OfferStatus> offers = new ArrayList<>();
    for (Communication proposal : record.communicationsUntil(date)) {
      if (!proposal.isProposal()) {
        continue;
      }
      Optional<Communication> successor = Optional.ofNullable(supersededBy.get(proposal.id()));
      for (Term term : Term.of(record, proposal)) {
        if (term.kind() != EntryKind.OFFER) {
          continue;
        }
        if (successor.isEmpty()) {
          offers.add(status(term, date, Optional.empty()));
        } else if (!offersAgain(successor.get(), term.item())) {
          offers.add(status(term, date, successor));
        }
      }
    }
    return List.copyOf(offers);
  }

  /** The offers {@code party} made, as of {@code date}. */
  public List<OfferStatus> asOf(LocalDate date, String party) {
    record.party(party);
    return asOf(date).stream().filter(o -> o.offeringParty().equals(party)).toList();
  }

  /** The offers still open as of {@code date}: standing, and open for at least one addressee. */
  public List<OfferStatus> openAsOf(LocalDate date) {
    return asOf(date).stream().filter(OfferStatus::isOpen).toList();
  }

  /** The offers {@code party} made that are still open as of {@code date}. */
  public List<OfferStatus> openAsOf(LocalDate date, String party) {
    return asOf(date, party).stream().filter(OfferStatus::isOpen).toList();
  }

  private static boolean offersAgain(Communication successor, String item) {
    return successor.entry(item).map(e -> e.kind() == EntryKind.OFFER).orElse(false);
  }

  private OfferStatus status(Term term, LocalDate date, Optional<Communication> withdrawal) {
    List<AddresseePosition> addressees = positions.onTerm(term, date);
    return OfferStatus.builder()
        .proposal(term.proposal().id())
        .proposed(term.proposal().date())
        .offeringParty(term.proposal().author())
        .item(term.item())
        .inPackage(term.inPackage())
        .state(withdrawal.isPresent() ? OfferState.WITHDRAWN : OfferState.of(addressees))
        .addressees(addressees)
        .offerEvidence(term.evidence())
        .withdrawnBy(withdrawal.map(Communication::id))
        .withdrawnOn(withdrawal.map(Communication::date))
        .withdrawalEvidence(withdrawal.map(Communication::evidence).orElse(List.of()))
        .build();
  }
}
