package dev.parley.examples.report;

import java.util.List;

/**
 * Renders a {@link Report} as plain text for a terminal: one block per demand and per offer, with
 * the position of each addressee and every quote followed by its source, line and character
 * offsets.
 */
public final class TextReport {
  private TextReport() {}

  /**
   * Renders the unmet demands, then the offers and where they stand, the package verdicts and the
   * selective responses.
   */
  public static String render(Report report) {
    StringBuilder out = new StringBuilder();
    out.append(report.title()).append('\n');
    List<DemandRow> unmet = report.unmet();
    out.append("Unmet demands as of ")
        .append(report.asOf())
        .append(report.party().map(p -> " made by " + p).orElse(""))
        .append(": ")
        .append(unmet.size())
        .append(" of ")
        .append(report.demands().size())
        .append('\n');
    groups(out, report.groups(unmet));
    offers(out, report);
    packages(out, report);
    selective(out, report);
    conflicts(out, report);
    reading(out, report);
    return out.toString();
  }

  private static void offers(StringBuilder out, Report report) {
    out.append("\nOpen offers as of ")
        .append(report.asOf())
        .append(report.party().map(p -> " made by " + p).orElse(""))
        .append(": ")
        .append(report.openOffers().size())
        .append(" of ")
        .append(report.offers().size())
        .append(" still open\n");
    if (report.offers().isEmpty()) {
      out.append("  none\n");
    }
    groups(out, report.groups(report.offers()));
  }

  /** Renders groups of demands or offers: a heading, then each item with its positions. */
  private static void groups(StringBuilder out, List<? extends List<? extends TermRow>> groups) {
    for (List<? extends TermRow> group : groups) {
      TermRow first = group.get(0);
      out.append('\n').append("== ").append(Words.groupHeading(first)).append('\n');
      out.append("   ").append(Words.groupSource(first)).append('\n');
      for (TermRow row : group) {
        term(out, row);
      }
    }
  }

  private static void term(StringBuilder out, TermRow row) {
    out.append('\n')
        .append(
            String.format(
                "  %-10s %s [%s]%s%n",
                row.state(),
                row.item().text(),
                row.item().id(),
                row.lexiconOnly() ? " (" + Words.LEXICON_ONLY + ")" : ""));
    for (Quote q : row.termEvidence()) {
      quote(out, row.verb(), q);
    }
    if (row instanceof OfferRow offer && offer.withdrawnBy().isPresent()) {
      out.append("             withdrawn by ")
          .append(offer.withdrawnBy().get())
          .append(offer.withdrawnOn().map(d -> " (" + d + ")").orElse(""))
          .append('\n');
      for (Quote q : offer.withdrawalEvidence()) {
        quote(out, "", q);
      }
    }
    int width = 4;
    for (Position p : row.positions()) {
      width = Math.max(width, p.party().id().length());
    }
    for (Position p : row.positions()) {
      out.append(
          String.format(
              "             %-" + width + "s  %-30s %s%n",
              p.party().id(),
              Words.position(p),
              p.communicationId()
                  .map(c -> c + p.date().map(d -> " (" + d + ")").orElse(""))
                  .orElse("no response")));
      for (Quote q : p.evidence()) {
        quote(out, "", q);
      }
    }
  }

  private static void quote(StringBuilder out, String label, Quote q) {
    out.append("             ")
        .append(label.isEmpty() ? "  " : label + " ")
        .append('"')
        .append(q.text())
        .append("\" (")
        .append(q.attribution())
        .append(")\n");
    out.append("               -- ").append(q.citation()).append('\n');
  }

  private static void packages(StringBuilder out, Report report) {
    out.append("\nPackage verdicts as of ").append(report.asOf()).append('\n');
    if (report.packages().isEmpty()) {
      out.append("  none\n");
    }
    for (PackageRow p : report.packages()) {
      String indent = "  " + "  ".repeat(p.depth());
      out.append(indent)
          .append(p.met() ? "MET      " : "NOT MET  ")
          .append(p.itemPackage().text())
          .append(" [")
          .append(p.itemPackage().id())
          .append("], ")
          .append(Words.human(p.linkage()))
          .append(", from ")
          .append(p.proposalId())
          .append('\n');
      if (!p.met()) {
        out.append(indent)
            .append("         blocked by: ")
            .append(Words.members(p.blockingMembers()));
        out.append('\n');
      }
      if (!p.metMembers().isEmpty()) {
        out.append(indent)
            .append("         met: ")
            .append(Words.members(p.metMembers()))
            .append('\n');
      }
    }
  }

  private static void selective(StringBuilder out, Report report) {
    out.append("\nSelective responses to indivisible packages\n");
    if (report.selective().isEmpty()) {
      out.append("  none\n");
    }
    for (SelectiveRow s : report.selective()) {
      out.append("  ")
          .append(s.date())
          .append("  ")
          .append(s.responder().name())
          .append(" in ")
          .append(s.responseId())
          .append(" answered ")
          .append(s.answered().size())
          .append(" of ")
          .append(s.answered().size() + s.passedOver().size())
          .append(" items of ")
          .append(s.itemPackage().text())
          .append(" [")
          .append(s.itemPackage().id())
          .append("] proposed in ")
          .append(s.proposalId())
          .append('\n');
      out.append("      answered:    ").append(Words.members(s.answered())).append('\n');
      out.append("      passed over: ").append(Words.members(s.passedOver())).append('\n');
    }
  }

  private static void conflicts(StringBuilder out, Report report) {
    out.append("\nReports that contradict each other\n");
    if (report.conflicts().isEmpty()) {
      out.append("  none\n");
    }
    for (ConflictRow c : report.conflicts()) {
      out.append("  ")
          .append(c.date())
          .append("  ")
          .append(c.party().name())
          .append(" on ")
          .append(c.item().text())
          .append(" [")
          .append(c.item().id())
          .append("] in ")
          .append(c.communicationId())
          .append(": reported as ")
          .append(Words.human(String.join(" and ", c.stances())))
          .append('\n');
      for (Quote q : c.evidence()) {
        quote(out, "", q);
      }
    }
  }

  private static void reading(StringBuilder out, Report report) {
    if (report.reading().isEmpty()) {
      return;
    }
    out.append("\nWhat was read\n");
    for (String line : report.reading()) {
      out.append("  ").append(line).append('\n');
    }
  }
}
