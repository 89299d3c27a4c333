package dev.parley.examples.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One offered item as of a day: who offered it, where it stands, and where each addressee stands on
 * it.
 *
 * @param offeringParty the party that offers the item
 * @param proposalId the communication that made the offer
 * @param proposalTitle that communication's title
 * @param proposed the day the offer was made
 * @param itemPackage the package the item was offered in, when it was
 * @param linkage the linkage of that package, such as {@code INDIVISIBLE}, when there is one
 * @param item the item offered
 * @param state {@code OPEN}, {@code TAKEN_UP}, {@code DECLINED} or {@code WITHDRAWN}
 * @param offerEvidence the quotes showing the offer was made
 * @param lexiconOnly whether every one of those quotes comes from the case lexicon, so that no
 *     source read reports the offer
 * @param positions where each addressee stands, one per addressee
 * @param withdrawnBy the communication that withdrew the offer, when it is withdrawn
 * @param withdrawnOn the day of that communication, when the offer is withdrawn
 * @param withdrawalEvidence the quotes of that communication
 */
public record OfferRow(
    PartyRef offeringParty,
    String proposalId,
    String proposalTitle,
    LocalDate proposed,
    Optional<Member> itemPackage,
    Optional<String> linkage,
    Member item,
    String state,
    List<Quote> offerEvidence,
    boolean lexiconOnly,
    List<Position> positions,
    Optional<String> withdrawnBy,
    Optional<LocalDate> withdrawnOn,
    List<Quote> withdrawalEvidence)
    implements TermRow {

  /** Whether the offer stands and is still open for some addressee. */
  public boolean isOpen() {
    return "OPEN".equals(state);
  }

  @Override
  public PartyRef proposer() {
    return offeringParty;
  }

  @Override
  public List<Quote> termEvidence() {
    return offerEvidence;
  }

  @Override
  public boolean isOutstanding() {
    return isOpen();
  }

  @Override
  public String verb() {
    return "offered";
  }
}
