package dev.parley.examples.report;

import dev.parley.agenda.ItemPackage;
import dev.parley.analysis.AddresseePosition;
import dev.parley.analysis.DemandStatus;
import dev.parley.analysis.OfferStatus;
import dev.parley.analysis.OpenOffers;
import dev.parley.analysis.PackageVerdict;
import dev.parley.analysis.PackageVerdicts;
import dev.parley.analysis.SelectiveResponse;
import dev.parley.analysis.UnmetDemands;
import dev.parley.communication.Communication;
import dev.parley.communication.EntryKind;
import dev.parley.evidence.Evidence;
import dev.parley.evidence.SourceKind;
import dev.parley.io.assembly.Conflict;
import dev.parley.party.Party;
import dev.parley.record.NegotiationRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a {@link Report} from a record with parley's analyses: the demands as of a day with each
 * addressee's position, the offers and where they stand, the package verdicts, the selective
 * responses and the timeline.
 */
public final class ReportBuilder {
  private final NegotiationRecord record;
  private final List<String> reading = new ArrayList<>();
  private final List<Conflict> conflicts = new ArrayList<>();

  private ReportBuilder(NegotiationRecord record) {
    this.record = record;
  }

  /** Starts a report on {@code record}. */
  public static ReportBuilder of(NegotiationRecord record) {
    return new ReportBuilder(record);
  }

  /** Adds notes on what was read to build the record; they end the report. */
  public ReportBuilder reading(List<String> notes) {
    reading.addAll(notes);
    return this;
  }

  /** Adds the contradicting reports found while reading the sources; they follow the verdicts. */
  public ReportBuilder conflicts(List<Conflict> found) {
    conflicts.addAll(found);
    return this;
  }

  /** The day of the latest communication, the natural default for {@link #asOf}. */
  public static Optional<LocalDate> latest(NegotiationRecord record) {
    return record.communications().stream().map(Communication::date).max(Comparator.naturalOrder());
  }

  /** Builds the report as of {@code date}, of every party's demands. */
  public Report asOf(LocalDate date) {
    return asOf(date, Optional.empty());
  }

  /**
   * Builds the report as of {@code date}, of the demands and offers of {@code party} when given.
   */
  public Report asOf(LocalDate date, Optional<String> party) {
    party.ifPresent(record::party);
    UnmetDemands unmet = UnmetDemands.of(record);
    List<DemandStatus> statuses =
        party.map(p -> unmet.asOf(date, p)).orElseGet(() -> unmet.asOf(date));
    List<DemandRow> demands = statuses.stream().map(this::row).toList();
    OpenOffers open = OpenOffers.of(record);
    List<OfferRow> offers =
        party.map(p -> open.asOf(date, p)).orElseGet(() -> open.asOf(date)).stream()
            .map(this::offer)
            .toList();

    Set<String> responderIds = new LinkedHashSet<>();
    for (DemandStatus s : statuses) {
      for (AddresseePosition a : s.addressees()) {
        responderIds.add(a.party());
      }
    }
    List<PartyRef> responders =
        record.parties().stream()
            .filter(p -> responderIds.contains(p.id()))
            .map(ReportBuilder::ref)
            .toList();

    List<PackageRow> packages = new ArrayList<>();
    PackageVerdicts verdicts = PackageVerdicts.of(record);
    for (PackageVerdict v : verdicts.asOf(date)) {
      if (party.isEmpty() || record.communication(v.proposal()).author().equals(party.get())) {
        flatten(v, 0, packages);
      }
    }
    List<SelectiveRow> selective =
        verdicts.selectiveResponses(date).stream()
            .filter(
                s ->
                    party.isEmpty()
                        || record.communication(s.proposal()).author().equals(party.get()))
            .map(this::selective)
            .toList();
    List<TimelineEntry> timeline =
        record.communicationsUntil(date).stream().map(this::timeline).toList();
    return new Report(
        record.title().isBlank() ? "Negotiation record" : record.title(),
        date,
        party,
        responders,
        demands,
        offers,
        List.copyOf(packages),
        selective,
        timeline,
        List.copyOf(reading),
        conflicts.stream().filter(c -> !c.date().isAfter(date)).map(this::conflict).toList());
  }

  private DemandRow row(DemandStatus s) {
    Communication proposal = record.communication(s.proposal());
    Optional<Member> itemPackage = s.inPackage().map(this::member);
    Optional<String> linkage = s.inPackage().map(p -> record.itemPackage(p).linkage().name());
    List<Position> positions = s.addressees().stream().map(this::position).toList();
    return new DemandRow(
        ref(record.party(s.demandingParty())),
        proposal.id(),
        proposal.title(),
        s.proposed(),
        itemPackage,
        linkage,
        member(s.item()),
        s.state().name(),
        Quote.all(s.demandEvidence(), record),
        lexiconOnly(s.demandEvidence()),
        positions);
  }

  private OfferRow offer(OfferStatus s) {
    Communication proposal = record.communication(s.proposal());
    return new OfferRow(
        ref(record.party(s.offeringParty())),
        proposal.id(),
        proposal.title(),
        s.proposed(),
        s.inPackage().map(this::member),
        s.inPackage().map(p -> record.itemPackage(p).linkage().name()),
        member(s.item()),
        s.state().name(),
        Quote.all(s.offerEvidence(), record),
        lexiconOnly(s.offerEvidence()),
        s.addressees().stream().map(this::position).toList(),
        s.withdrawnBy(),
        s.withdrawnOn(),
        Quote.all(s.withdrawalEvidence(), record));
  }

  private Position position(AddresseePosition a) {
    Optional<String> title = a.communication().map(c -> record.communication(c).title());
    return new Position(
        ref(record.party(a.party())),
        a.stance().name(),
        a.reason().name(),
        a.communication(),
        title,
        a.date(),
        a.counterItem().map(this::member),
        a.via().stream().map(this::member).toList(),
        a.fromVerdict(),
        !a.conflicting().isEmpty(),
        Quote.all(a.evidence(), record),
        lexiconOnly(a.evidence()));
  }

  /**
   * Whether there is evidence and all of it comes from the case lexicon ({@link
   * SourceKind#LEXICON}), none from a source of the negotiation.
   */
  private static boolean lexiconOnly(List<Evidence> evidence) {
    return !evidence.isEmpty()
        && evidence.stream().allMatch(e -> e.source().kind() == SourceKind.LEXICON);
  }

  private void flatten(PackageVerdict v, int depth, List<PackageRow> rows) {
    Communication proposal = record.communication(v.proposal());
    rows.add(
        new PackageRow(
            proposal.id(),
            proposal.title(),
            member(v.itemPackage()),
            v.linkage().name(),
            depth,
            v.met(),
            v.metMembers().stream().map(this::member).toList(),
            v.blockingMembers().stream().map(this::member).toList()));
    for (PackageVerdict nested : v.nested()) {
      flatten(nested, depth + 1, rows);
    }
  }

  private SelectiveRow selective(SelectiveResponse s) {
    Communication response = record.communication(s.response());
    return new SelectiveRow(
        s.response(),
        response.title(),
        ref(record.party(s.responder())),
        s.date(),
        s.proposal(),
        member(s.itemPackage()),
        s.answered().stream().map(this::member).toList(),
        s.passedOver().stream().map(this::member).toList());
  }

  private TimelineEntry timeline(Communication c) {
    long demands = c.entries().stream().filter(e -> e.kind() == EntryKind.DEMAND).count();
    long offers = c.entries().size() - demands;
    List<String> parts = new ArrayList<>();
    if (demands > 0) {
      parts.add(demands + (demands == 1 ? " demand" : " demands"));
    }
    if (offers > 0) {
      parts.add(offers + (offers == 1 ? " offer" : " offers"));
    }
    if (!c.stances().isEmpty()) {
      parts.add(c.stances().size() + (c.stances().size() == 1 ? " stance" : " stances"));
    }
    c.verdict().ifPresent(v -> parts.add("verdict: " + Words.human(v.kind().name())));
    c.proposedPackage().ifPresent(p -> parts.add("package " + record.itemPackage(p).title()));
    List<PartyRef> addressees = c.addressees().stream().map(id -> ref(record.party(id))).toList();
    return new TimelineEntry(
        c.id(),
        c.date(),
        c.kind().name(),
        c.title(),
        ref(record.party(c.author())),
        addressees,
        List.copyOf(c.answers()),
        parts.isEmpty() ? "no demands or stances" : String.join("; ", parts),
        Quote.all(c.evidence(), record));
  }

  private ConflictRow conflict(Conflict c) {
    return new ConflictRow(
        ref(record.party(c.party())),
        member(c.item()),
        c.communication(),
        c.date(),
        c.stances().stream().map(Enum::name).toList(),
        Quote.all(c.evidence(), record));
  }

  private Member member(String id) {
    if (record.isItem(id)) {
      return new Member(id, record.item(id).text());
    }
    ItemPackage p = record.itemPackage(id);
    return new Member(id, p.title());
  }

  private static PartyRef ref(Party party) {
    return new PartyRef(party.id(), party.name());
  }
}
