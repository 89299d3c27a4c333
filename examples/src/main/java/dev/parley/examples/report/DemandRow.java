package dev.parley.examples.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One demanded item as of a day: who demanded it, in which package, whether it is met, and where
 * each addressee stands on it.
 *
 * @param demandingParty the party that demands the item
 * @param proposalId the communication that put the demand forward
 * @param proposalTitle that communication's title
 * @param proposed the day the demand was put forward
 * @param itemPackage the package the item was put forward in, when it was
 * @param linkage the linkage of that package, such as {@code INDIVISIBLE}, when there is one
 * @param item the item demanded
 * @param state {@code MET}, {@code PARTLY_MET} or {@code UNMET}
 * @param demandEvidence the quotes showing the demand was made
 * @param lexiconOnly whether every one of those quotes comes from the case lexicon, so that no
 *     source read reports the demand
 * @param positions where each addressee stands, one per addressee
 */
public record DemandRow(
    PartyRef demandingParty,
    String proposalId,
    String proposalTitle,
    LocalDate proposed,
    Optional<Member> itemPackage,
    Optional<String> linkage,
    Member item,
    String state,
    List<Quote> demandEvidence,
    boolean lexiconOnly,
    List<Position> positions)
    implements TermRow {

  /** Whether the demand is not (fully) met. */
  public boolean isUnmet() {
    return !"MET".equals(state);
  }

  @Override
  public PartyRef proposer() {
    return demandingParty;
  }

  @Override
  public List<Quote> termEvidence() {
    return demandEvidence;
  }

  @Override
  public boolean isOutstanding() {
    return isUnmet();
  }

  @Override
  public String verb() {
    return "demanded";
  }
}
