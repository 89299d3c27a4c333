package dev.parley.io.statement;

import java.util.ArrayList;
import java.util.List;

/**
 * Pressure put on the other side, told with no act word: a lockout ("the company locked out its
 * drivers"), notice of one or of a strike ("issued lockout notices"), protests or strikes announced
 * ("announced protests"), a strike allowed by a vote ("voted to authorise a strike"), a motion of
 * no confidence brought, legal action weighed or brought ("is reviewing all of its options,
 * including a legal challenge", "filed a lawsuit", "took the ministry to court"): each a threat by
 * the one who does it. A countersuit ("the club countersued") and a vote against an agreement
 * ("will vote in parliament against the deal") reject what they are aimed at. What happens to one
 * ("the drivers were locked out"), a notice or a protest only named ("the lockout notices
 * expired"), and a ruling are none.
 */
final class Pressures {
  /** Words one of which a sentence must hold to tell of pressure. */
  static final FoldedWords WORDS =
      new FoldedWords(
          List.of(
              "lock",
              "countersu",
              "notice",
              "protest",
              "strike",
              "walkout",
              "boycott",
              "against",
              "confidence",
              "censure",
              "options",
              "legal",
              "suit",
              "court"));

  private static final WordSet LOCK = WordSet.of("lock", "locks", "locked");

  private static final WordSet COUNTERSUING =
      WordSet.of("countersue", "countersues", "countersued", "countersuing");

  /** Verbs of giving notice: "issued lockout notices", "served a strike notice". */
  private static final WordSet NOTIFYING =
      WordSet.of(
          "issue", "issues", "issued", "issuing", "serve", "serves", "served", "serving", "give",
          "gives", "gave", "giving", "file", "files", "filed", "filing");

  private static final WordSet NOTICE = WordSet.of("notice", "notices");

  private static final WordSet NOTICE_KINDS = WordSet.of("lockout", "strike");

  /** Verbs of announcing or bringing: "announced protests", "tabled a motion of no confidence". */
  private static final WordSet ANNOUNCING =
      WordSet.of(
          "announce",
          "announces",
          "announced",
          "announcing",
          "table",
          "tables",
          "tabled",
          "tabling",
          "submit",
          "submits",
          "submitted",
          "submitting",
          "bring",
          "brings",
          "brought",
          "bringing",
          "file",
          "files",
          "filed",
          "filing",
          "launch",
          "launches",
          "launched",
          "launching");

  /** Actions of pressure that may be announced: "announced protests", "announced a strike". */
  private static final WordSet ACTIONS =
      WordSet.of(
          "protest",
          "protests",
          "demonstration",
          "demonstrations",
          "strike",
          "strikes",
          "walkout",
          "walkouts",
          "boycott",
          "blockade",
          "blockades",
          "stoppage",
          "stoppages",
          "lockout",
          "lawsuit",
          "suit");

  /** Words that may stand between a verb of announcing and the action: "announced new protests". */
  private static final WordSet ACTION_MODIFIERS =
      WordSet.of(
          "a",
          "an",
          "new",
          "more",
          "further",
          "fresh",
          "nationwide",
          "mass",
          "national",
          "general",
          "rolling",
          "indefinite",
          "street",
          "its",
          "their",
          "legal",
          "court");

  /**
   * Verbs of weighing what to do: "is reviewing all of its options", "considering legal action".
   */
  private static final WordSet WEIGHING =
      WordSet.of(
          "review",
          "reviews",
          "reviewing",
          "consider",
          "considers",
          "considering",
          "weigh",
          "weighs",
          "weighing",
          "explore",
          "explores",
          "exploring",
          "study",
          "studies",
          "studying",
          "mull",
          "mulls",
          "mulling",
          "examine",
          "examines",
          "examining");

  /** What is weighed that is legal action: "a legal challenge", "a lawsuit". */
  private static final WordSet LEGAL_ACTIONS =
      WordSet.of("challenge", "action", "lawsuit", "suit", "steps", "remedies", "options");

  /**
   * What a verb of bringing names as legal action after "legal" or "court": "a court challenge".
   */
  private static final WordSet LEGAL_CHALLENGES =
      WordSet.of("challenge", "action", "case", "proceedings");

  /** Verbs of taking someone to court. */
  private static final WordSet TAKING = WordSet.of("take", "takes", "took", "taken", "taking");

  private static final WordSet LEGAL = WordSet.of("legal", "court", "judicial");

  /** Verbs of allowing an action of pressure by a vote: "voted to authorise a strike". */
  private static final WordSet ALLOWING =
      WordSet.of(
          "authorise",
          "authorize",
          "approve",
          "back",
          "endorse",
          "sanction",
          "call",
          "hold",
          "stage");

  private static final WordSet VOTING = WordSet.of("vote", "votes", "voted", "voting");

  /** What a vote against rejects: an agreement or a proposal. */
  private static final WordSet VOTED_ON =
      WordSet.of(
          "agreement",
          "deal",
          "accord",
          "treaty",
          "pact",
          "proposal",
          "plan",
          "offer",
          "bill",
          "compromise",
          "settlement",
          "contract",
          "package",
          "motion",
          "text",
          "framework");

  /** How many words may stand between a verb and what it is aimed at. */
  private static final int REACH = 4;

  private Pressures() {}

  /** The acts of pressure a sentence tells, each a cue from its verb to what names it. */
  static List<Cue> find(Tokens tokens) {
    List<Cue> found = new ArrayList<>();
    if (!tokens.mayHoldAny(WORDS)) {
      return found;
    }
    for (int i = 0; i < tokens.size(); i++) {
      Tokens.Token token = tokens.get(i);
      String w = token.lower();
      if (i > 0 && !w.endsWith("ing") && Grammar.PASSIVE_AUXILIARIES.contains(tokens.get(i - 1))) {
        // "the drivers were locked out": what happened to them, not what they did.
        continue;
      }
      int end = -1;
      Act act = Act.THREATEN;
      if (LOCK.contains(token)) {
        // "locked out its drivers", "locked the players out"; "locked out of the talks" is being
        // shut out.
        end = lockedOut(tokens, i);
      } else if (COUNTERSUING.contains(token)) {
        end = i;
        act = Act.REJECT;
      } else if (NOTIFYING.contains(token)) {
        end = notice(tokens, i);
      }
      if (end < 0 && ANNOUNCING.contains(token)) {
        end = announced(tokens, i);
      }
      if (end < 0 && WEIGHING.contains(token)) {
        end = legalAction(tokens, i);
      }
      if (end < 0 && TAKING.contains(token)) {
        end = toCourt(tokens, i);
      }
      if (end < 0 && VOTING.contains(token)) {
        end = voteForAction(tokens, i);
        act = end >= 0 ? Act.THREATEN : Act.REJECT;
        if (end < 0) {
          end = voteAgainst(tokens, i);
        }
      }
      if (end >= 0) {
        found.add(new Cue(Cue.Kind.ACT, act.id(), tokens.get(i).start(), tokens.get(end).end()));
        i = end;
      }
    }
    return found;
  }

  /**
   * "locked out its drivers", "had locked the players out": "out" right after the verb or after an
   * object of at most three words, and no "of" after it; where "out" stands, or -1.
   */
  private static int lockedOut(Tokens tokens, int verb) {
    for (int k = verb + 1; k < Math.min(tokens.size(), verb + 5); k++) {
      if (tokens.get(k).lower().equals("out")) {
        return is(tokens, k + 1, "of") ? -1 : k;
      }
      if (!tokens.get(k).isWord()) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "took the company to court", "is taking the ministry to court": at most four words with no
   * punctuation, then "to court"; where "court" stands, or -1.
   */
  private static int toCourt(Tokens tokens, int verb) {
    for (int k = verb + 2; k < Math.min(tokens.size() - 1, verb + 6); k++) {
      if (tokens.get(k).lower().equals("to")) {
        return is(tokens, k + 1, "court") ? k + 1 : -1;
      }
      if (!tokens.get(k).isWord()) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "voted to authorise a strike", "voted overwhelmingly to approve strike action", "voted for a
   * walkout": a vote, perhaps an adverb, "to" and a verb of allowing, or "for", then at most two
   * modifiers and an action of pressure; where the action ends, or -1.
   */
  private static int voteForAction(Tokens tokens, int verb) {
    int k = verb + 1;
    if (k < tokens.size() && tokens.get(k).lower().endsWith("ly")) {
      k++;
    }
    if (is(tokens, k, "to") && k + 1 < tokens.size() && ALLOWING.contains(tokens.get(k + 1))) {
      k += 2;
    } else if (is(tokens, k, "for")
        || is(tokens, k, "in") && is(tokens, k + 1, "favour") && is(tokens, k + 2, "of")) {
      k += is(tokens, k, "for") ? 1 : 3;
    } else {
      return -1;
    }
    for (int end = Math.min(tokens.size(), k + 3); k < end; k++) {
      Tokens.Token token = tokens.get(k);
      String w = token.lower();
      if (ACTIONS.contains(token)) {
        return k;
      }
      if (!ACTION_MODIFIERS.contains(token)) {
        return -1;
      }
    }
    return -1;
  }

  /** "issued lockout notices", "served a 72-hour strike notice": where the notice ends, or -1. */
  private static int notice(Tokens tokens, int verb) {
    for (int k = verb + 1; k < Math.min(tokens.size(), verb + 2 + REACH); k++) {
      if (NOTICE.contains(tokens.get(k))) {
        return NOTICE_KINDS.contains(tokens.get(k - 1)) ? k : -1;
      }
      if (!tokens.get(k).isWord()) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "announced protests", "announced a nationwide strike", "tabled a motion of no confidence",
   * "brought a no-confidence motion": where the action ends, or -1.
   */
  private static int announced(Tokens tokens, int verb) {
    int k = verb + 1;
    int skipped = 0;
    while (k < tokens.size()
        && skipped < 2
        && ACTION_MODIFIERS.contains(tokens.get(k))
        && !ACTIONS.contains(tokens.get(k))) {
      k++;
      skipped++;
    }
    if (k >= tokens.size()) {
      return -1;
    }
    Tokens.Token token = tokens.get(k);
    String w = token.lower();
    if (ACTIONS.contains(token)) {
      return k;
    }
    if (k > verb + 1 && LEGAL.contains(tokens.get(k - 1)) && LEGAL_CHALLENGES.contains(token)) {
      // "filed a legal challenge", "launched court action"
      return k;
    }
    return noConfidence(tokens, k);
  }

  /**
   * A motion or vote of no confidence or censure opening at {@code k} ("motion of no confidence",
   * "no-confidence motion", "censure motion"): where it ends, or -1.
   */
  private static int noConfidence(Tokens tokens, int k) {
    String w = tokens.get(k).lower();
    if ((w.equals("motion") || w.equals("vote"))
        && is(tokens, k + 1, "of")
        && is(tokens, k + 2, "no")
        && is(tokens, k + 3, "confidence")) {
      return k + 3;
    }
    if ((w.equals("motion") || w.equals("vote"))
        && is(tokens, k + 1, "of")
        && is(tokens, k + 2, "censure")) {
      return k + 2;
    }
    int noun = k;
    if (w.equals("no") && is(tokens, k + 1, "-") && is(tokens, k + 2, "confidence")) {
      noun = k + 3;
    } else if (w.equals("no-confidence") || w.equals("censure")) {
      noun = k + 1;
    } else {
      return -1;
    }
    return is(tokens, noun, "motion") || is(tokens, noun, "vote") ? noun : -1;
  }

  /**
   * "is reviewing all of its options, including a legal challenge", "considering legal action",
   * "weighing a lawsuit": where what is weighed ends, or -1. Options are legal action only when
   * named so, or when they are all of them.
   */
  private static int legalAction(Tokens tokens, int verb) {
    boolean all = false;
    boolean legal = false;
    for (int k = verb + 1; k < Math.min(tokens.size(), verb + 2 + REACH); k++) {
      Tokens.Token token = tokens.get(k);
      String w = token.lower();
      all |= w.equals("all");
      legal |= LEGAL.contains(token);
      if (w.equals("lawsuit")) {
        return k;
      }
      if (LEGAL_ACTIONS.contains(token)) {
        if (legal) {
          return k;
        }
        if (w.equals("options") && all) {
          return k;
        }
        return -1;
      }
      if (!tokens.get(k).isWord()) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "voted against the deal", "will vote in parliament against the agreement": a vote, at most
   * {@value #REACH} words with no punctuation, "against", then an agreement or a proposal after at
   * most three words; where it ends, or -1.
   */
  private static int voteAgainst(Tokens tokens, int verb) {
    int against = -1;
    for (int k = verb + 1; k < Math.min(tokens.size(), verb + 2 + REACH); k++) {
      if (tokens.get(k).lower().equals("against")) {
        against = k;
        break;
      }
      if (!tokens.get(k).isWord() || tokens.get(k).lower().equals("for")) {
        return -1;
      }
    }
    if (against < 0) {
      return -1;
    }
    for (int k = against + 1; k < Math.min(tokens.size(), against + 5); k++) {
      if (VOTED_ON.contains(tokens.get(k))) {
        return k;
      }
      if (!tokens.get(k).isWord()) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean is(Tokens tokens, int k, String word) {
    return k < tokens.size() && tokens.get(k).lower().equals(word);
  }
}
