package dev.parley.examples.report;

import static dev.parley.examples.report.Html.esc;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Renders a {@link Report} as one self-contained HTML page: a position matrix (demands as rows,
 * addressees as columns, each cell coloured by where the addressee stands), the same for the offers
 * and where they stand, a timeline of the communications, the package verdicts, the selective
 * responses and the sources.
 *
 * <p>The page needs no network: styles and script are inline. Hovering or focusing a cell shows its
 * first quote; clicking it, or pressing Enter on it, shows all its evidence beside the matrix and
 * puts the cell's id in the address, so a link to {@code page.html#cell-ITEM-PARTY} opens that
 * cell's evidence. Printed, the page lists every cell's evidence after the matrix.
 */
public final class HtmlReport {
  /** The reasons a cell can show, in legend order, with the mark that shows it without colour. */
  private static final Map<String, String> MARKS = new LinkedHashMap<>();

  static {
    MARKS.put("ACCEPTED", "✓");
    MARKS.put("PARTLY_ACCEPTED", "◐");
    MARKS.put("OPEN_TO_DISCUSS", "?");
    MARKS.put("COUNTERED", "⇄");
    MARKS.put("REJECTED", "✕");
    MARKS.put("NOT_ADDRESSED", "…");
    MARKS.put("CONTESTED", "!");
  }

  private final Report report;
  private final StringBuilder out = new StringBuilder(64 * 1024);
  private final StringBuilder store = new StringBuilder(32 * 1024);
  private final Set<String> ids = new HashSet<>();
  private final Map<String, Quote> sources = new LinkedHashMap<>();
  private int evidenceCount;

  private HtmlReport(Report report) {
    this.report = report;
  }

  /** Renders the whole page. */
  public static String render(Report report) {
    return new HtmlReport(report).page();
  }

  /** The id the matrix cell for {@code item} and {@code party} gets (for the first such row). */
  public static String cellId(String item, String party) {
    return "cell-" + Html.slug(item) + "-" + Html.slug(party);
  }

  /**
   * The id the button showing the evidence that {@code proposal} put {@code item} forward gets (for
   * the first such row): the page opens that evidence when its address ends in {@code #} and this
   * id.
   */
  public static String termId(String item, String proposal) {
    return "term-" + Html.slug(item) + "-" + Html.slug(proposal);
  }

  private String page() {
    List<DemandRow> unmet = report.unmet();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(esc(report.title()))
        .append(" — positions as of ")
        .append(report.asOf())
        .append("</title>\n<style>\n")
        .append(HtmlAssets.CSS)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>")
        .append(esc(report.title()))
        .append("</h1>\n<p class=\"sub\">Positions as of <time datetime=\"")
        .append(report.asOf())
        .append("\">")
        .append(report.asOf())
        .append("</time>")
        .append(report.party().map(p -> " · demands made by " + esc(p)).orElse(""))
        .append(" · <strong>")
        .append(unmet.size())
        .append("</strong> of ")
        .append(report.demands().size())
        .append(" demands unmet · <strong>")
        .append(report.openOffers().size())
        .append("</strong> of ")
        .append(report.offers().size())
        .append(" offers open · ")
        .append(report.timeline().size())
        .append(" communications</p>\n")
        .append("<nav><a href=\"#matrix\">Position matrix</a><a href=\"#offers\">Open offers</a>")
        .append("<a href=\"#timeline\">Timeline</a>")
        .append("<a href=\"#packages\">Package verdicts</a><a href=\"#selective\">Selective")
        .append(" responses</a><a href=\"#sources\">Sources</a></nav>\n</header>\n<main>\n");
    matrix();
    offers();
    timeline();
    packages();
    selective();
    conflicts();
    sourceList();
    reading();
    out.append("</main>\n<footer>Every quote names its source, and where known its line and")
        .append(" character offsets; the sources are listed above.</footer>\n<script>\n")
        .append(HtmlAssets.SCRIPT)
        .append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  private void matrix() {
    out.append("<section id=\"matrix\">\n<h2>Position matrix</h2>\n")
        .append("<p class=\"hint\">Each row is a demand, each column a party it was addressed to.")
        .append(" Hover or focus a cell (Tab) for its first quote; click it or press Enter for")
        .append(" all its evidence.</p>\n");
    legend();
    table(
        "Demand",
        "evidence",
        report.responders(),
        report.groups(report.demands()),
        "No demands as of this day.");
    out.append("</section>\n");
  }

  private void offers() {
    out.append("<section id=\"offers\">\n<h2>Open offers</h2>\n")
        .append("<p class=\"hint\">Each row is an offer a party made, each column a party it was")
        .append(" made to: <strong>")
        .append(report.openOffers().size())
        .append("</strong> of ")
        .append(report.offers().size())
        .append(" offers are still open as of ")
        .append(report.asOf())
        .append(report.party().map(p -> ", made by " + esc(p)).orElse(""))
        .append(". An offer is open while an addressee has not settled it, taken up when accepted")
        .append(" in whole or part, declined when rejected or countered, and withdrawn when a")
        .append(" later proposal replaced the one that made it without making it again.</p>\n");
    table(
        "Offer",
        "offer-evidence",
        Report.addressees(report.offers()),
        report.groups(report.offers()),
        "No offers as of this day.");
    out.append("</section>\n");
  }

  /**
   * Writes a table of demands or offers, rows grouped under headings and a column per addressee,
   * beside an evidence panel with the given id, followed by the evidence of its cells.
   */
  private void table(
      String what,
      String panel,
      List<PartyRef> columns,
      List<? extends List<? extends TermRow>> groups,
      String empty) {
    out.append("<div class=\"matrix-layout\">\n<div class=\"matrix-wrap\">\n")
        .append("<table class=\"matrix\">\n<thead><tr><th scope=\"col\">")
        .append(what)
        .append("</th><th scope=\"col\">State</th>");
    for (PartyRef p : columns) {
      out.append("<th scope=\"col\" title=\"")
          .append(esc(p.name()))
          .append("\">")
          .append(esc(p.name()))
          .append("</th>");
    }
    out.append("</tr></thead>\n");
    if (groups.isEmpty()) {
      out.append("<tbody><tr><td colspan=\"")
          .append(columns.size() + 2)
          .append("\">")
          .append(empty)
          .append("</td></tr></tbody>\n");
    }
    for (List<? extends TermRow> group : groups) {
      TermRow first = group.get(0);
      out.append("<tbody>\n<tr class=\"group\"><th colspan=\"")
          .append(columns.size() + 2)
          .append("\" scope=\"rowgroup\">")
          .append(esc(Words.groupHeading(first)))
          .append("<span class=\"from\">")
          .append(esc(Words.groupSource(first)))
          .append("</span></th></tr>\n");
      for (TermRow row : group) {
        row(row, columns);
      }
      out.append("</tbody>\n");
    }
    out.append("</table>\n</div>\n<aside id=\"")
        .append(panel)
        .append("\" class=\"evidence\" aria-live=\"polite\">\n<h3>Evidence</h3>\n")
        .append("<div id=\"")
        .append(panel)
        .append("-body\" class=\"evidence-body\"><p class=\"hint\">Select a cell of the")
        .append(" matrix to see the quotes behind it.</p></div>\n</aside>\n</div>\n")
        .append("<div class=\"evstore\">\n<h3>Evidence by cell</h3>\n")
        .append(store)
        .append("</div>\n");
    store.setLength(0);
  }

  private void legend() {
    out.append("<ul class=\"legend\" aria-label=\"Legend\">");
    for (Map.Entry<String, String> e : MARKS.entrySet()) {
      out.append("<li><span class=\"sw r-")
          .append(css(e.getKey()))
          .append("\">")
          .append(e.getValue())
          .append("</span>")
          .append(esc(Words.human(e.getKey())))
          .append("</li>");
    }
    out.append("<li><span class=\"sw r-none\"></span>not addressed to this party</li></ul>\n");
  }

  private void row(TermRow row, List<PartyRef> columns) {
    String termEv = evidenceBlock(termHeading(row), termDetails(row), row.termEvidence());
    out.append("<tr class=\"")
        .append(row.isOutstanding() ? "unmet" : "met")
        .append("\" data-item=\"")
        .append(esc(row.item().id()))
        .append("\">\n<th scope=\"row\" class=\"item\"><span class=\"text\">")
        .append(esc(row.item().text()))
        .append("</span> <code>")
        .append(esc(row.item().id()))
        .append("</code> <button type=\"button\" class=\"term-evidence\" id=\"")
        .append(uniqueId(termId(row.item().id(), row.proposalId())))
        .append("\" data-ev=\"")
        .append(termEv)
        .append("\">")
        .append(row.verb())
        .append(' ')
        .append(row.proposed())
        .append("</button>");
    if (row instanceof OfferRow offer && offer.withdrawnBy().isPresent()) {
      String withdrawalEv =
          evidenceBlock(
              row.proposer().name() + " withdrew “" + row.item().text() + "”",
              "Withdrawn by "
                  + offer.withdrawnBy().get()
                  + offer.withdrawnOn().map(d -> ", " + d).orElse("")
                  + ": it replaced the proposal that made the offer without making it again.",
              offer.withdrawalEvidence());
      out.append(" <button type=\"button\" class=\"term-evidence\" data-ev=\"")
          .append(withdrawalEv)
          .append("\">withdrawn ")
          .append(offer.withdrawnOn().map(Object::toString).orElse(""))
          .append("</button>");
    }
    out.append("</th>\n<td class=\"state st-")
        .append(css(row.state()))
        .append("\">")
        .append(esc(Words.human(Words.state(row))))
        .append("</td>\n");
    for (PartyRef party : columns) {
      Optional<Position> position =
          row.positions().stream().filter(p -> p.party().id().equals(party.id())).findFirst();
      if (position.isEmpty()) {
        out.append("<td class=\"cell r-none\" title=\"not addressed to ")
            .append(esc(party.name()))
            .append("\"></td>\n");
        continue;
      }
      cell(row, position.get());
    }
    out.append("</tr>\n");
  }

  private void cell(TermRow row, Position p) {
    String id = uniqueId(cellId(row.item().id(), p.party().id()));
    String label = Words.position(p);
    String ev =
        evidenceBlock(
            p.party().name() + " on “" + row.item().text() + "”: " + label,
            positionDetails(p),
            p.evidence());
    out.append("<td class=\"cell r-")
        .append(css(p.reason()))
        .append("\" id=\"")
        .append(id)
        .append("\" tabindex=\"0\" role=\"button\" aria-haspopup=\"true\" data-ev=\"")
        .append(ev)
        .append("\" aria-label=\"")
        .append(esc(p.party().name() + ": " + label + " — " + row.item().text()))
        .append("\"><span class=\"mark\" aria-hidden=\"true\">")
        .append(MARKS.getOrDefault(p.reason(), "•"))
        .append("</span> <span class=\"label\">")
        .append(esc(label))
        .append("</span>");
    p.date().ifPresent(d -> out.append("<span class=\"date\">").append(d).append("</span>"));
    out.append("<div class=\"tip\" role=\"tooltip\">");
    if (p.evidence().isEmpty()) {
      out.append("<p>No statement found: nothing in the sources answers it.</p>");
    } else {
      Quote q = p.evidence().get(0);
      out.append("<q>")
          .append(esc(q.text()))
          .append("</q><span class=\"cite\">")
          .append(esc(q.citation()))
          .append("</span>");
      if (p.evidence().size() > 1) {
        out.append("<span class=\"more\">+ ")
            .append(p.evidence().size() - 1)
            .append(" more: click to see all</span>");
      }
    }
    out.append("</div></td>\n");
  }

  private static String termHeading(TermRow row) {
    return row.proposer().name() + " " + row.verb() + " “" + row.item().text() + "”";
  }

  private static String termDetails(TermRow row) {
    return "Put forward on "
        + row.proposed()
        + " in "
        + row.proposalId()
        + " “"
        + row.proposalTitle()
        + "”"
        + row.itemPackage().map(p -> ", in the package “" + p.text() + "”").orElse("")
        + ". State as of the report's day: "
        + Words.human(row.state())
        + (row.lexiconOnly()
            ? ". It rests on the case lexicon alone: no source read reports it"
            : "")
        + ".";
  }

  private static String positionDetails(Position p) {
    StringBuilder s = new StringBuilder("Stance: ").append(Words.human(p.stance()));
    s.append("; reason: ").append(Words.human(p.reason()));
    p.counterItem()
        .ifPresent(
            c ->
                s.append("; put in its place: “")
                    .append(c.text())
                    .append("” (")
                    .append(c.id())
                    .append(')'));
    for (Member broader : p.via()) {
      s.append("; carried from “")
          .append(broader.text())
          .append("” (")
          .append(broader.id())
          .append("), which includes this item");
    }
    if (p.communicationId().isPresent()) {
      s.append(". From ").append(p.communicationId().get());
      p.communicationTitle().ifPresent(t -> s.append(" “").append(t).append('”'));
      p.date().ifPresent(d -> s.append(", ").append(d));
    } else {
      s.append(". No response of this party answers it.");
    }
    if (p.fromVerdict()) {
      s.append(". The stance comes from a verdict on the whole proposal");
    }
    if (p.conflicting()) {
      s.append(". Reports of this party's stance contradict each other");
    }
    return s.append('.').toString();
  }

  /** Writes one evidence block to the store and returns its id. */
  private String evidenceBlock(String heading, String details, List<Quote> quotes) {
    String id = "ev-" + (++evidenceCount);
    store
        .append("<div class=\"ev\" id=\"")
        .append(id)
        .append("\">\n<h4>")
        .append(esc(heading))
        .append("</h4>\n<p class=\"details\">")
        .append(esc(details))
        .append("</p>\n");
    if (quotes.isEmpty()) {
      store.append("<p class=\"none\">No quote: nothing in the sources addresses it.</p>\n");
    }
    for (Quote q : quotes) {
      quote(store, q);
    }
    store.append("</div>\n");
    return id;
  }

  /** Appends a quote with its attribution and a link to its source, and notes the source. */
  private void quote(StringBuilder to, Quote q) {
    sources.putIfAbsent(q.sourceId(), q);
    to.append("<blockquote class=\"quote\"><p>")
        .append(esc(q.text()))
        .append("</p><footer>")
        .append(esc(q.attribution()))
        .append(" — <a class=\"src\" href=\"#src-")
        .append(Html.slug(q.sourceId()))
        .append("\">")
        .append(esc(q.citation()))
        .append("</a></footer></blockquote>\n");
  }

  private void timeline() {
    out.append("<section id=\"timeline\">\n<h2>Timeline</h2>\n<ol class=\"timeline\">\n");
    Map<String, Integer> colours = new LinkedHashMap<>();
    for (TimelineEntry t : report.timeline()) {
      int colour = colours.computeIfAbsent(t.author().id(), k -> colours.size() % 6);
      out.append("<li class=\"tl p")
          .append(colour)
          .append("\" id=\"com-")
          .append(Html.slug(t.id()))
          .append("\">\n<time datetime=\"")
          .append(t.date())
          .append("\">")
          .append(t.date())
          .append("</time>\n<div class=\"tl-body\"><span class=\"who\">")
          .append(esc(t.author().name()))
          .append(" → ")
          .append(esc(String.join(", ", t.addressees().stream().map(PartyRef::name).toList())))
          .append("</span> <span class=\"kind\">")
          .append(esc(Words.human(t.kind())))
          .append("</span>\n<h3>")
          .append(esc(t.title()))
          .append(" <code>")
          .append(esc(t.id()))
          .append("</code></h3>\n<p class=\"summary\">")
          .append(esc(t.summary()));
      for (String answered : t.answers()) {
        out.append(" <a href=\"#com-")
            .append(Html.slug(answered))
            .append("\">answers ")
            .append(esc(answered))
            .append("</a>");
      }
      out.append("</p>\n");
      for (Quote q : t.evidence()) {
        quote(out, q);
      }
      out.append("</div>\n</li>\n");
    }
    out.append("</ol>\n</section>\n");
  }

  private void packages() {
    out.append("<section id=\"packages\">\n<h2>Package verdicts</h2>\n");
    if (report.packages().isEmpty()) {
      out.append("<p>No packages were put forward.</p>\n");
    }
    for (PackageRow p : report.packages()) {
      out.append("<div class=\"pkg ")
          .append(p.met() ? "met" : "unmet")
          .append("\" style=\"margin-left:")
          .append(p.depth() * 1.5)
          .append("em\">\n<div class=\"pkg-head\"><span class=\"verdict\">")
          .append(p.met() ? "✓ met" : "✕ not met")
          .append("</span> <strong>")
          .append(esc(p.itemPackage().text()))
          .append("</strong> <code>")
          .append(esc(p.itemPackage().id()))
          .append("</code> <span class=\"badge\">")
          .append(esc(Words.human(p.linkage())))
          .append("</span> <span class=\"from\">from ")
          .append(esc(p.proposalId()))
          .append("</span></div>\n");
      members("Blocked by", "blocking", p.blockingMembers());
      members("Met", "metm", p.metMembers());
      out.append("</div>\n");
    }
    out.append("</section>\n");
  }

  private void members(String label, String css, List<Member> members) {
    if (members.isEmpty()) {
      return;
    }
    out.append("<p class=\"members ")
        .append(css)
        .append("\"><span>")
        .append(label)
        .append(":</span>");
    for (Member m : members) {
      out.append(" <span class=\"chip\">")
          .append(esc(m.text()))
          .append(" <code>")
          .append(esc(m.id()))
          .append("</code></span>");
    }
    out.append("</p>\n");
  }

  private void selective() {
    out.append("<section id=\"selective\">\n<h2>Selective responses</h2>\n")
        .append("<p class=\"hint\">Responses that answered some items of a package meant to be")
        .append(" taken as a whole, and passed over the rest.</p>\n");
    if (report.selective().isEmpty()) {
      out.append("<p>None.</p>\n");
    }
    for (SelectiveRow s : report.selective()) {
      out.append("<div class=\"sel\">\n<p><time>")
          .append(s.date())
          .append("</time> <strong>")
          .append(esc(s.responder().name()))
          .append("</strong> in <a href=\"#com-")
          .append(Html.slug(s.responseId()))
          .append("\">")
          .append(esc(s.responseTitle()))
          .append("</a> answered ")
          .append(s.answered().size())
          .append(" of ")
          .append(s.answered().size() + s.passedOver().size())
          .append(" items of <strong>")
          .append(esc(s.itemPackage().text()))
          .append("</strong> <code>")
          .append(esc(s.itemPackage().id()))
          .append("</code>.</p>\n");
      members("Answered", "metm", s.answered());
      members("Passed over", "blocking", s.passedOver());
      out.append("</div>\n");
    }
    out.append("</section>\n");
  }

  private void conflicts() {
    if (report.conflicts().isEmpty()) {
      return;
    }
    out.append("<section id=\"conflicts\">\n<h2>Reports that contradict each other</h2>\n<ul>\n");
    for (ConflictRow c : report.conflicts()) {
      out.append("<li><time>")
          .append(c.date())
          .append("</time> <strong>")
          .append(esc(c.party().name()))
          .append("</strong> on ")
          .append(esc(c.item().text()))
          .append(" <code>")
          .append(esc(c.item().id()))
          .append("</code>: reported as ")
          .append(esc(Words.human(String.join(" and ", c.stances()))))
          .append("\n<ul>\n");
      for (Quote q : c.evidence()) {
        out.append("<li>“")
            .append(esc(q.text()))
            .append("” <span class=\"from\">")
            .append(esc(q.citation()))
            .append("</span></li>\n");
      }
      out.append("</ul></li>\n");
    }
    out.append("</ul>\n</section>\n");
  }

  private void sourceList() {
    out.append("<section id=\"sources\">\n<h2>Sources</h2>\n<ul class=\"sources\">\n");
    for (Quote q : sources.values()) {
      out.append("<li id=\"src-")
          .append(Html.slug(q.sourceId()))
          .append("\"><code>")
          .append(esc(q.sourceId()))
          .append("</code> ")
          .append(esc(q.sourceTitle()))
          .append(" <span class=\"from\">")
          .append(q.sourceDate().map(Object::toString).orElse("undated"))
          .append(q.sourceLocation().map(l -> " · " + esc(l)).orElse(""))
          .append("</span></li>\n");
    }
    out.append("</ul>\n</section>\n");
  }

  private void reading() {
    if (report.reading().isEmpty()) {
      return;
    }
    out.append("<section id=\"reading\">\n<h2>What was read</h2>\n<ul>\n");
    for (String line : report.reading()) {
      out.append("<li>").append(esc(line)).append("</li>\n");
    }
    out.append("</ul>\n</section>\n");
  }

  private String uniqueId(String base) {
    String id = base;
    for (int n = 2; !ids.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  private static String css(String constant) {
    return Html.slug(constant.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
  }
}
