package dev.parley.examples.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Small wording helpers shared by the renderers. */
final class Words {
  /**
   * The mark of a demand, offer or stance that rests on the case lexicon alone: no source read
   * reports it.
   */
  static final String LEXICON_ONLY = "case lexicon only";

  private Words() {}

  /** A demand's or offer's state, marked {@value #LEXICON_ONLY} when it rests on nothing else. */
  static String state(TermRow row) {
    return row.state() + (row.lexiconOnly() ? " (" + LEXICON_ONLY + ")" : "");
  }

  /** An enum constant's name as words: {@code NOT_ADDRESSED} becomes {@code "not addressed"}. */
  static String human(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * The heading of a group of demands or offers: party, package (or proposal) and where it came
   * from.
   */
  static String groupHeading(TermRow first) {
    String what =
        first
            .itemPackage()
            .map(
                p ->
                    p.text()
                        + first.linkage().map(l -> " (" + human(l) + ")").orElse("")
                        + " ["
                        + p.id()
                        + "]")
            .orElse("items outside any package");
    return first.proposer().name() + ": " + what;
  }

  /** Where a group of demands or offers was put forward. */
  static String groupSource(TermRow first) {
    return "put forward on "
        + first.proposed()
        + " in "
        + first.proposalId()
        + " \""
        + first.proposalTitle()
        + "\"";
  }

  /** The members' ids and texts, as {@code "text [id]; text [id]"}, or {@code "none"}. */
  static String members(List<Member> members) {
    if (members.isEmpty()) {
      return "none";
    }
    return members.stream()
        .map(m -> m.text() + " [" + m.id() + "]")
        .collect(Collectors.joining("; "));
  }

  /**
   * What a position says, in a few words: {@code "rejected"}, {@code "countered by arms-control"},
   * {@code "open to discuss through arms-control"}.
   */
  static String position(Position p) {
    StringBuilder s = new StringBuilder(human(p.reason()));
    p.counterItem().ifPresent(c -> s.append(" by ").append(c.id()));
    if (!p.via().isEmpty()) {
      s.append(" through ")
          .append(p.via().stream().map(Member::id).collect(Collectors.joining(", ")));
    }
    if (p.fromVerdict()) {
      s.append(" (verdict)");
    }
    if (p.conflicting()) {
      s.append(" (conflicting reports)");
    }
    if (p.lexiconOnly()) {
      s.append(" (").append(LEXICON_ONLY).append(')');
    }
    return s.toString();
  }
}
