package dev.parley.examples.report;

import java.util.List;

/**
 * Renders a {@link Report} as Markdown: a table per group of demands and of offers, each cell's
 * quotes as numbered notes that name their source, line and character offsets.
 */
public final class MarkdownReport {
  private MarkdownReport() {}

  /**
   * Renders the unmet demands, then the offers and where they stand, the package verdicts and the
   * selective responses.
   */
  public static String render(Report report) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(text(report.title())).append("\n\n");
    List<DemandRow> unmet = report.unmet();
    out.append("Unmet demands as of **")
        .append(report.asOf())
        .append("**")
        .append(report.party().map(p -> " made by " + text(p)).orElse(""))
        .append(": ")
        .append(unmet.size())
        .append(" of ")
        .append(report.demands().size())
        .append(".\n");
    int note = 0;
    for (List<DemandRow> group : report.groups(unmet)) {
      note = group(out, "##", group, note);
    }
    out.append("\n## Open offers\n\n")
        .append("Open offers as of **")
        .append(report.asOf())
        .append("**")
        .append(report.party().map(p -> " made by " + text(p)).orElse(""))
        .append(": ")
        .append(report.openOffers().size())
        .append(" of ")
        .append(report.offers().size())
        .append(" still open.\n");
    for (List<OfferRow> group : report.groups(report.offers())) {
      note = group(out, "###", group, note);
    }
    out.append("\n## Package verdicts\n\n");
    out.append("| package | linkage | verdict | blocked by | met |\n|---|---|---|---|---|\n");
    for (PackageRow p : report.packages()) {
      out.append("| ")
          .append("&nbsp;&nbsp;".repeat(p.depth()))
          .append(text(p.itemPackage().text()))
          .append(" `")
          .append(p.itemPackage().id())
          .append("` | ")
          .append(Words.human(p.linkage()))
          .append(" | ")
          .append(p.met() ? "met" : "**not met**")
          .append(" | ")
          .append(text(Words.members(p.blockingMembers())))
          .append(" | ")
          .append(text(Words.members(p.metMembers())))
          .append(" |\n");
    }
    out.append("\n## Selective responses\n\n");
    if (report.selective().isEmpty()) {
      out.append("None.\n");
    }
    for (SelectiveRow s : report.selective()) {
      out.append("- ")
          .append(s.date())
          .append(", ")
          .append(text(s.responder().name()))
          .append(" in `")
          .append(s.responseId())
          .append("` answered ")
          .append(s.answered().size())
          .append(" of ")
          .append(s.answered().size() + s.passedOver().size())
          .append(" items of ")
          .append(text(s.itemPackage().text()))
          .append(". Passed over: ")
          .append(text(Words.members(s.passedOver())))
          .append(".\n");
    }
    if (!report.conflicts().isEmpty()) {
      out.append("\n## Reports that contradict each other\n\n");
      for (ConflictRow c : report.conflicts()) {
        out.append("- ")
            .append(c.date())
            .append(", ")
            .append(text(c.party().name()))
            .append(" on ")
            .append(text(c.item().text()))
            .append(": reported as ")
            .append(Words.human(String.join(" and ", c.stances())))
            .append('\n');
        for (Quote q : c.evidence()) {
          out.append("  - “")
              .append(text(q.text()))
              .append("” — ")
              .append(text(q.citation()))
              .append('\n');
        }
      }
    }
    if (!report.reading().isEmpty()) {
      out.append("\n## What was read\n\n");
      for (String line : report.reading()) {
        out.append("- ").append(text(line)).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * Renders one group of demands or offers as a heading of the given level and a table, its quotes
   * as notes numbered on from {@code note}; returns the last note's number.
   */
  private static int group(
      StringBuilder out, String level, List<? extends TermRow> group, int note) {
    TermRow first = group.get(0);
    out.append('\n')
        .append(level)
        .append(' ')
        .append(text(Words.groupHeading(first)))
        .append("\n\n");
    out.append(text(Words.groupSource(first))).append(".\n\n");
    out.append("| state | item | addressee | position | communication |\n");
    out.append("|---|---|---|---|---|\n");
    StringBuilder notes = new StringBuilder();
    for (TermRow row : group) {
      StringBuilder refs = new StringBuilder();
      for (Quote q : row.termEvidence()) {
        note++;
        refs.append(" [").append(note).append(']');
        note(notes, note, q);
      }
      String state = Words.state(row);
      if (row instanceof OfferRow offer && offer.withdrawnBy().isPresent()) {
        state += " by `" + offer.withdrawnBy().get() + "`";
        for (Quote q : offer.withdrawalEvidence()) {
          note++;
          state += " [" + note + "]";
          note(notes, note, q);
        }
      }
      boolean firstLine = true;
      for (Position p : row.positions()) {
        StringBuilder cellRefs = new StringBuilder();
        for (Quote q : p.evidence()) {
          note++;
          cellRefs.append(" [").append(note).append(']');
          note(notes, note, q);
        }
        out.append("| ")
            .append(firstLine ? state : "")
            .append(" | ")
            .append(firstLine ? text(row.item().text()) + " `" + row.item().id() + "`" + refs : "")
            .append(" | ")
            .append(text(p.party().name()))
            .append(" | ")
            .append(text(Words.position(p)))
            .append(cellRefs)
            .append(" | ")
            .append(
                p.communicationId()
                    .map(c -> "`" + c + "`" + p.date().map(d -> " " + d).orElse(""))
                    .orElse("—"))
            .append(" |\n");
        firstLine = false;
      }
    }
    out.append('\n').append(notes);
    return note;
  }

  private static void note(StringBuilder notes, int n, Quote q) {
    notes
        .append(n)
        .append(". “")
        .append(text(q.text()))
        .append("” (")
        .append(text(q.attribution()))
        .append(") — ")
        .append(text(q.citation()))
        .append('\n');
  }

  /** Escapes the characters Markdown would read as markup or as a table cell's end. */
  static String text(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if ("\\`*_[]<>|#".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c == '\n' ? ' ' : c);
    }
    return out.toString();
  }
}
