package dev.parley.io.statement;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Threats told with no threat word: a consequence after a connective of condition ("failing which,
 * the union will strike", "or else we will walk out", "otherwise the hospital would be forced to
 * close wards"), and pressure kept up until the other side acts ("will keep up the strike until the
 * hospitals agree", "vowed to continue the marches until ..."). Each is a threat by the speaker;
 * the clause after "until" or "unless" is what the threat is to obtain, not an act of its own.
 */
final class Consequences {
  /** Modals of a consequence to come. */
  private static final WordSet WILL = WordSet.of("will", "would", "shall", "'ll", "ll");

  /** Connectives of one word that open a consequence. */
  private static final WordSet OTHERWISE = WordSet.of("otherwise");

  /** Second words after "failing" ("failing which") and "or" ("or else"). */
  private static final WordSet FAILING = WordSet.of("which", "that", "this");

  /** Words that may stand between the connective and the modal: the consequence's subject. */
  private static final int SUBJECT_REACH = 5;

  /** Verbs of keeping up pressure. */
  private static final WordSet CONTINUING =
      WordSet.of(
          "continue",
          "continues",
          "continued",
          "continuing",
          "maintain",
          "maintains",
          "maintained",
          "maintaining",
          "keep",
          "keeps",
          "kept",
          "keeping",
          "extend",
          "extends",
          "extended",
          "extending",
          "escalate",
          "escalates",
          "escalated",
          "escalating",
          "intensify",
          "intensifies",
          "intensified",
          "intensifying",
          "step",
          "steps",
          "stepped",
          "stepping");

  /** Nouns of pressure put on the other side. */
  private static final WordSet PRESSURE =
      WordSet.of(
          "strike",
          "strikes",
          "walkout",
          "walkouts",
          "stoppage",
          "stoppages",
          "protest",
          "protests",
          "march",
          "marches",
          "demonstration",
          "demonstrations",
          "blockade",
          "blockades",
          "boycott",
          "boycotts",
          "sit-in",
          "sit-ins",
          "picket",
          "pickets",
          "picketing",
          "action",
          "campaign",
          "fighting",
          "offensive",
          "attacks",
          "sanctions",
          "pressure",
          "occupation",
          "lockout",
          "shutdown");

  /** Words that open the condition the pressure waits for. */
  private static final WordSet UNTIL = WordSet.of("until", "unless", "till");

  /** Verbs of promising or intending before "to" and the verb of keeping up: the future. */
  private static final WordSet VOWING =
      WordSet.of(
          "vow",
          "vows",
          "vowed",
          "vowing",
          "pledge",
          "pledges",
          "pledged",
          "pledging",
          "promise",
          "promises",
          "promised",
          "threaten",
          "threatens",
          "threatened",
          "intend",
          "intends",
          "intended",
          "plan",
          "plans",
          "planned",
          "determined",
          "going",
          "set",
          "swore",
          "swear",
          "swears");

  /** Words between the verb of keeping up and the noun of pressure ("keep up the strike"). */
  private static final int OBJECT_REACH = 4;

  /** Words between the noun of pressure and "until" ("the strike at both hospitals until"). */
  private static final int UNTIL_REACH = 5;

  /**
   * The words a threat is found at (the connectives "otherwise", "failing" and "or else", and the
   * verbs of keeping up pressure): a sentence holding none of them makes none.
   */
  private static final FoldedWords TRIGGERS =
      new FoldedWords(Iterables.concat(OTHERWISE, ImmutableList.of("failing", "else"), CONTINUING));

  private Consequences() {}

  /** The threat cues of the sentence: a consequence after a connective, or pressure kept up. */
  static List<Cue> find(Tokens tokens) {
    if (!tokens.mayHoldAny(TRIGGERS)) {
      return ImmutableList.of();
    }
    List<Cue> found = new ArrayList<>();
    for (int i = 0; i + 2 < tokens.size(); i++) {
      int after = connectiveEnd(tokens, i);
      if (after > i) {
        consequence(tokens, i, after).ifPresent(found::add);
      } else if (CONTINUING.contains(tokens.get(i))) {
        pressure(tokens, i).ifPresent(found::add);
      }
    }
    return found;
  }

  /**
   * Whether an act cue stands in the condition a kept-up pressure waits for: after "until" or
   * "unless" that ends a threat cue of {@code threats}, up to the next punctuation ("until the
   * hospitals agree to a pay rise": what is demanded, not an act).
   */
  static boolean isInCondition(Tokens tokens, List<Cue> threats, Cue cue) {
    for (Cue threat : threats) {
      int until = tokens.indexBefore(threat.end());
      if (until < 0 || !UNTIL.contains(tokens.get(until)) || cue.start() < threat.end()) {
        continue;
      }
      for (int k = until + 1; k < tokens.size(); k++) {
        Tokens.Token t = tokens.get(k);
        if (!t.isWord() && !t.text().startsWith("'")) {
          break;
        }
        if (t.start() >= cue.start()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The index after a connective of consequence at {@code i}, or {@code i} when there is none. */
  private static int connectiveEnd(Tokens tokens, int i) {
    Tokens.Token token = tokens.get(i);
    String w = token.lower();
    if (OTHERWISE.contains(token)) {
      return i + 1;
    }
    String next = tokens.get(i + 1).lower();
    if ((w.equals("failing") && FAILING.contains(tokens.get(i + 1)))
        || (w.equals("or") && next.equals("else"))) {
      return i + 2;
    }
    return i;
  }

  /**
   * A threat from the connective to the verb after the modal, when the modal follows within five
   * words with no punctuation but a comma right after the connective.
   */
  private static Optional<Cue> consequence(Tokens tokens, int i, int after) {
    int k = after;
    if (k < tokens.size() && tokens.get(k).text().equals(",")) {
      k++;
    }
    for (int end = Math.min(tokens.size() - 1, k + SUBJECT_REACH); k < end; k++) {
      Tokens.Token t = tokens.get(k);
      if (!t.isWord() && !t.text().startsWith("'")) {
        return Optional.empty();
      }
      if (WILL.contains(t) && tokens.get(k + 1).isWord()) {
        int verb = k + 1;
        if (tokens.get(verb).lower().equals("not") && verb + 1 < tokens.size()) {
          verb++;
        }
        return Optional.of(
            new Cue(
                Cue.Kind.ACT, Act.THREATEN.id(), tokens.get(i).start(), tokens.get(verb).end()));
      }
    }
    return Optional.empty();
  }

  /**
   * A threat from the future before the verb of keeping up ("will", "vowed to") to the "until" or
   * "unless" after its noun of pressure.
   */
  private static Optional<Cue> pressure(Tokens tokens, int i) {
    int start = future(tokens, i);
    if (start < 0) {
      return Optional.empty();
    }
    for (int k = i + 1; k < Math.min(tokens.size(), i + 2 + OBJECT_REACH); k++) {
      Tokens.Token t = tokens.get(k);
      if (!t.isWord()) {
        return Optional.empty();
      }
      if (PRESSURE.contains(t)) {
        for (int u = k + 1; u < Math.min(tokens.size(), k + 1 + UNTIL_REACH); u++) {
          Tokens.Token v = tokens.get(u);
          if (!v.isWord()) {
            return Optional.empty();
          }
          if (UNTIL.contains(v)) {
            return Optional.of(
                new Cue(Cue.Kind.ACT, Act.THREATEN.id(), tokens.get(start).start(), v.end()));
          }
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Where the future before a verb of keeping up starts: the modal right before it (adverbs aside)
   * or the verb of promising before its "to"; -1 when the verb is not in the future.
   */
  private static int future(Tokens tokens, int i) {
    int j = i - 1;
    while (j >= 0 && tokens.get(j).lower().endsWith("ly")) {
      j--;
    }
    if (j < 0) {
      return -1;
    }
    Tokens.Token token = tokens.get(j);
    String w = token.lower();
    if (WILL.contains(token)) {
      return i;
    }
    if (w.equals("to") && j > 0 && VOWING.contains(tokens.get(j - 1))) {
      return j - 1;
    }
    return -1;
  }
}
