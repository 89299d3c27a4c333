package dev.parley.examples.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a rendered report shows, in the order it shows it: the demands as of a day with each
 * addressee's position, the offers and where they stand, the package verdicts, the selective
 * responses and the timeline.
 *
 * <p>Every statement in it carries its quotes, so each renderer can show where it comes from.
 *
 * @param title the negotiation's title
 * @param asOf the day the report describes
 * @param party the party the report is limited to, when it is
 * @param responders the parties that demands are addressed to: the columns of the position matrix
 * @param demands every demand as of the day, grouped by demanding party and package
 * @param offers every offer made by the day, open, taken up, declined or withdrawn, in the order
 *     they were made
 * @param packages the verdicts on the proposed packages
 * @param selective the responses that answered part of an indivisible package
 * @param timeline the communications up to the day, in time order
 * @param reading notes on what was read to build the record, such as article counts; may be empty
 * @param conflicts the reports that contradict each other, as the reader of the sources found them;
 *     may be empty
 */
public record Report(
    String title,
    LocalDate asOf,
    Optional<String> party,
    List<PartyRef> responders,
    List<DemandRow> demands,
    List<OfferRow> offers,
    List<PackageRow> packages,
    List<SelectiveRow> selective,
    List<TimelineEntry> timeline,
    List<String> reading,
    List<ConflictRow> conflicts) {

  /** The demands that are not met. */
  public List<DemandRow> unmet() {
    return demands.stream().filter(DemandRow::isUnmet).toList();
  }

  /** The offers still open. */
  public List<OfferRow> openOffers() {
    return offers.stream().filter(OfferRow::isOpen).toList();
  }

  /**
   * The demands or offers grouped by the party that put them forward, proposal and package, in
   * order of first appearance: each group is one heading in a report.
   */
  public <T extends TermRow> List<List<T>> groups(List<T> rows) {
    Map<String, List<T>> groups = new LinkedHashMap<>();
    for (T row : rows) {
      String key =
          row.proposer().id()
              + '\u0000'
              + row.proposalId()
              + '\u0000'
              + row.itemPackage().map(Member::id).orElse("");
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
    }
    return List.copyOf(groups.values());
  }

  /** The parties the rows are addressed to, in order of first appearance. */
  public static List<PartyRef> addressees(List<? extends TermRow> rows) {
    Map<String, PartyRef> parties = new LinkedHashMap<>();
    for (TermRow row : rows) {
      row.positions().forEach(p -> parties.putIfAbsent(p.party().id(), p.party()));
    }
    return List.copyOf(parties.values());
  }
}
