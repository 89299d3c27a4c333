package dev.parley.io.statement;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The other side's refusal told as the reason or the condition of a statement, in a clause that
 * opens the sentence: "In the absence of Velmar's readiness to agree on a truce, we will respond",
 * "Since the hospital has refused to raise pay, the union will strike", "Given the company's
 * refusal to restore the pension, ...". Besides the main clause's act, the clause reports a
 * rejection by the side it names of the item it names.
 */
final class ReasonClauses {
  /** Openers of a clause of reason, each as its words. */
  private static final ImmutableList<ImmutableList<String>> REASONS =
      ImmutableList.of(
          ImmutableList.of("since"),
          ImmutableList.of("because"),
          ImmutableList.of("because", "of"),
          ImmutableList.of("given"),
          ImmutableList.of("as"),
          ImmutableList.of("in", "view", "of"),
          ImmutableList.of("owing", "to"),
          ImmutableList.of("due", "to"));

  /** Openers of a clause of what is lacking, each as its words. */
  private static final ImmutableList<ImmutableList<String>> ABSENCES =
      ImmutableList.of(
          ImmutableList.of("in", "the", "absence", "of"),
          ImmutableList.of("absent"),
          ImmutableList.of("for", "lack", "of"),
          ImmutableList.of("for", "want", "of"),
          ImmutableList.of("given", "the", "lack", "of"),
          ImmutableList.of("given", "the", "absence", "of"));

  /** Words of a refusal in a clause of reason: "has refused to", "X's rejection of". */
  private static final WordSet REFUSALS =
      WordSet.of(
          "refused",
          "refuses",
          "refusing",
          "refusal",
          "rejected",
          "rejects",
          "rejecting",
          "rejection",
          "declined",
          "declines",
          "unwilling",
          "unwillingness",
          "reluctant",
          "reluctance",
          "not",
          "never",
          "won't");

  /** Nouns of readiness, whose absence is a refusal: "the absence of Velmar's readiness to". */
  private static final WordSet READINESS =
      WordSet.of("readiness", "willingness", "preparedness", "consent");

  /** Marks that end a clause before any comma: it is no opening clause of reason. */
  private static final ImmutableSet<String> STOPS =
      ImmutableSet.of(";", ":", ".", "!", "?", "(", ")", "\u2013", "\u2014");

  /** The first words of the openers. */
  private static final WordSet OPENING_WORDS =
      WordSet.of("since", "because", "given", "as", "in", "owing", "due", "absent", "for");

  /** A clause of reason: its cue, over the clause, and the side that refuses. */
  record Reason(Cue cue, Mention side) {}

  private ReasonClauses() {}

  /**
   * The clause of reason or of absence that opens the sentence (after a dateline or an opening
   * quotation mark) and ends at a comma before the main clause, when it names a known side, an item
   * of the case, and a refusal (or, for an absence, the side's readiness): a rejection by that
   * side.
   */
  static Optional<Reason> find(
      Tokens tokens, List<Mention> mentions, List<Cue> cues, Knowledge knowledge) {
    int first = openingWord(tokens);
    int absence = openerLength(tokens, first, ABSENCES);
    int reason = absence > 0 ? 0 : openerLength(tokens, first, REASONS);
    if (absence == 0 && reason == 0) {
      return Optional.empty();
    }
    int from = first + absence + reason;
    int end = commaAfter(tokens, from);
    if (end > 0
        && !namesAnItem(cues, tokens.get(from).start(), tokens.get(end).start())
        && end + 2 < tokens.size()
        && opensWithAnItem(cues, tokens, end + 1)) {
      // "to agree on firm, legally binding guarantees, ...": a comma between an item's modifiers.
      end = commaAfter(tokens, end + 1);
    }
    if (end < 0 || end >= tokens.size() - 2) {
      return Optional.empty(); // no main clause after it
    }
    boolean refused = false;
    for (int j = from; j < end; j++) {
      String w = tokens.get(j).lower();
      if (w.equals("yet")) {
        return Optional.empty(); // "has not yet agreed": still to come
      }
      refused |= absence > 0 ? READINESS.contains(tokens.get(j)) : REFUSALS.contains(tokens.get(j));
    }
    int start = tokens.get(from).start();
    int stop = tokens.get(end - 1).end();
    Mention side = sideIn(mentions, start, stop, knowledge);
    if (!refused || side == null || !namesAnItem(cues, start, stop)) {
      return Optional.empty();
    }
    return Optional.of(
        new Reason(new Cue(Cue.Kind.ACT, Act.REJECT.id(), tokens.get(first).start(), stop), side));
  }

  /**
   * A cheap test before the sentence's names are looked up: whether it names an item, which the
   * clause must, and opens (after a dateline or an opening quotation mark) with the first word of a
   * clause of reason or want.
   */
  static boolean mayOpenOne(Tokens tokens, List<Cue> cues) {
    if (!Cue.anyOfKind(cues, Cue.Kind.ITEM)) {
      return false; // the clause must name an item: no need to split the sentence
    }
    int first = openingWord(tokens);
    return first < tokens.size() && OPENING_WORDS.contains(tokens.get(first));
  }

  /** The first word of the sentence after a dateline and opening quotation marks. */
  private static int openingWord(Tokens tokens) {
    int first = Math.max(0, tokens.indexAt(Mentions.datelineEnd(tokens)));
    while (first < tokens.size() && isQuote(tokens.get(first).text())) {
      first++;
    }
    return first;
  }

  /**
   * The comma that ends the stretch of words from {@code from}, or -1 when another mark ends it
   * first.
   */
  private static int commaAfter(Tokens tokens, int from) {
    for (int j = from; j < tokens.size(); j++) {
      String t = tokens.get(j).text();
      if (t.equals(",")) {
        return j;
      }
      if (STOPS.contains(t)) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether an item's name opens at the token {@code at} or the one after it. */
  private static boolean opensWithAnItem(List<Cue> cues, Tokens tokens, int at) {
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.ITEM
          && (cue.start() == tokens.get(at).start() || cue.start() == tokens.get(at + 1).start())) {
        return true;
      }
    }
    return false;
  }

  /** The number of words of the opener at {@code at}, or 0 if none of {@code openers} is there. */
  private static int openerLength(
      Tokens tokens, int at, ImmutableList<ImmutableList<String>> openers) {
    int longest = 0;
    for (ImmutableList<String> opener : openers) {
      if (opener.size() > longest && at + opener.size() <= tokens.size()) {
        boolean here = true;
        for (int k = 0; k < opener.size() && here; k++) {
          here = tokens.get(at + k).lower().equals(opener.get(k));
        }
        if (here) {
          longest = opener.size();
        }
      }
    }
    return longest;
  }

  /** The first known party or actor the clause names that is a side of the case. */
  private static @Nullable Mention sideIn(
      List<Mention> mentions, int start, int end, Knowledge knowledge) {
    for (Mention m : mentions) {
      if (m.start() >= start
          && m.end() <= end
          && m.isEntity()
          && m.party().isPresent()
          && knowledge.isSide(m.party().get())) {
        return m;
      }
    }
    return null;
  }

  private static boolean namesAnItem(List<Cue> cues, int start, int end) {
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.ITEM && cue.start() >= start && cue.end() <= end) {
        return true;
      }
    }
    return false;
  }

  private static boolean isQuote(String mark) {
    return mark.equals("\"") || mark.equals("\u201c") || mark.equals("\u201d");
  }
}
