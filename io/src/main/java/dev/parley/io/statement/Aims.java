package dev.parley.io.statement;

/**
 * The speaker's own aim, told by a verb of wanting with an infinitive: "Washington wants to resume
 * talks" is Washington's readiness to talk, not a demand on anyone. The act is the one the
 * infinitive names; wanting another party to act ("wants Russia to withdraw") stays a demand, and
 * so does wanting to obtain or to see something ("wants to see guarantees", "sought to get a
 * raise"), which asks it of the other side.
 */
final class Aims {
  /** The forms of the verbs of wanting the generic lexicon reads as demands. */
  private static final WordSet WANTING =
      WordSet.of(
          "want", "wants", "wanted", "wanting", "seek", "seeks", "sought", "seeking", "wish",
          "wishes", "wished", "wishing");

  /**
   * The forms of the verbs of intending that the lexicon reads as no act of their own: "hopes to
   * reach a deal", "plans to sign the accord".
   */
  private static final WordSet INTENDING =
      WordSet.of(
          "hope",
          "hopes",
          "hoped",
          "hoping",
          "intend",
          "intends",
          "intended",
          "intending",
          "plan",
          "plans",
          "planned",
          "planning",
          "aim",
          "aims",
          "aimed",
          "aiming");

  /** Verbs whose infinitive after "want" asks the other side for something: to see, to get. */
  private static final WordSet OBTAINING =
      WordSet.of(
          "see",
          "hear",
          "know",
          "get",
          "obtain",
          "receive",
          "secure",
          "win",
          "have",
          "ensure",
          "extract",
          "force",
          "compel",
          "persuade",
          "convince");

  /** How many words of the infinitive may stand before the act cue: a verb and its object. */
  private static final int INFINITIVE_WORDS = 3;

  private Aims() {}

  /**
   * Whether a demand cue is a verb of wanting whose infinitive holds the act cue after it: the
   * verb, "to" right after it, then the act cue as the infinitive's verb, or as the object, within
   * a few words, of a verb that does the act ("wants to discuss", "wanted to hold talks", "seeks to
   * reach a deal", "wants to make an offer"); all words between. Not when someone stands between
   * the verb and "to" ("wants Russia to discuss"), nor when the infinitive is a verb of obtaining
   * or seeing ("wants to see talks").
   */
  static boolean isAim(Tokens tokens, Cue want, Cue act) {
    if (!Act.DEMAND.id().equals(want.entry()) || Act.fromId(act.entry()).isEmpty()) {
      return false;
    }
    int verb = tokens.indexAt(want.start());
    if (verb < 0 || verb != tokens.indexBefore(want.end())) {
      return false;
    }
    if (!WANTING.contains(tokens.get(verb))) {
      return false;
    }
    int to = verb + 1;
    if (to + 1 >= tokens.size() || !tokens.get(to).lower().equals("to")) {
      return false;
    }
    int infinitive = to + 1;
    int first = tokens.indexAt(act.start());
    if (first < infinitive
        || first - infinitive > INFINITIVE_WORDS
        || OBTAINING.contains(tokens.get(infinitive))
        || English.DETERMINERS.contains(tokens.get(infinitive))) {
      return false;
    }
    for (int j = infinitive; j < first; j++) {
      if (!tokens.get(j).isWord()) {
        return false;
      }
    }
    return first == infinitive || doesTheAct(tokens.get(infinitive).lower(), act);
  }

  /**
   * Whether the infinitive's verb, taking the act noun as its object, does the act: holding talks
   * ("to hold talks", "to resume the talks") or making a proposal ("to make an offer"). Other verbs
   * only name a thing the act noun stands for ("to study the proposal").
   */
  private static boolean doesTheAct(String verb, Cue act) {
    return (Act.DISCUSS.id().equals(act.entry()) && English.HOLDING_VERBS.contains(verb))
        || English.MAKING_VERBS.contains(verb);
  }

  /**
   * Whether an acceptance is the infinitive of a verb of intending or wanting ("hopes to reach a
   * deal", "plans to sign the accord", "wants to accept"): "to" right before it and the verb right
   * before that. The speaker has not agreed yet: it states its intent to agree.
   */
  static boolean isIntendedAgreement(Tokens tokens, Cue act) {
    int first = tokens.indexAt(act.start());
    if (!Act.ACCEPT.id().equals(act.entry()) || first < 2) {
      return false;
    }
    String verb = tokens.get(first - 2).lower();
    return tokens.get(first - 1).lower().equals("to")
        && (INTENDING.contains(tokens.get(first - 2)) || WANTING.contains(tokens.get(first - 2)));
  }

  /**
   * The act an aim states when its infinitive names {@code act}: the same act, but wanting to agree
   * ("wants to reach a deal", "hopes to sign the accord") is an intent to agree, put forward as the
   * speaker's way forward, not yet an acceptance of anything.
   */
  static Act actOf(Act act) {
    return act == Act.ACCEPT ? Act.PROPOSE : act;
  }
}
