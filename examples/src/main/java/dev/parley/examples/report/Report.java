package dev.parley.examples.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a rendered report shows, in the order it shows it: the demands as of a day with each
 * addressee's position, the package verdicts, the selective responses and the timeline.
 *
 * <p>Every statement in it carries its quotes, so each renderer can show where it comes from.
 *
 * @param title the negotiation's title
 * @param asOf the day the report describes
 * @param party the party the report is limited to, when it is
 * @param responders the parties that demands are addressed to: the columns of the position matrix
 * @param demands every demand as of the day, grouped by demanding party and package
 * @param packages the verdicts on the proposed packages
 * @param selective the responses that answered part of an indivisible package
 * @param timeline the communications up to the day, in time order
 * @param reading notes on what was read to build the record, such as article counts; may be empty
 */
public record Report(
    String title,
    LocalDate asOf,
    Optional<String> party,
    List<PartyRef> responders,
    List<DemandRow> demands,
    List<PackageRow> packages,
    List<SelectiveRow> selective,
    List<TimelineEntry> timeline,
    List<String> reading) {

  /** The demands that are not met. */
  public List<DemandRow> unmet() {
    return demands.stream().filter(DemandRow::isUnmet).toList();
  }

  /**
   * The demands grouped by demanding party, proposal and package, in order of first appearance:
   * each group is one heading in a report.
   */
  public List<List<DemandRow>> groups(List<DemandRow> rows) {
    Map<String, List<DemandRow>> groups = new LinkedHashMap<>();
    for (DemandRow row : rows) {
      String key =
          row.demandingParty().id()
              + '\u0000'
              + row.proposalId()
              + '\u0000'
              + row.itemPackage().map(Member::id).orElse("");
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
    }
    return List.copyOf(groups.values());
  }
}
