package dev.parley.io.statement;

import java.util.List;

/**
 * Groups a sentence opens with but does not name: "Some delegations wanted ...", "Environmental
 * groups welcomed ...", "Countries with large fishing fleets insisted ...", "Business groups had
 * urged ...". Such a group is no party of the case and not the last speaker: what it says or does
 * has no speaker the record can name. "The companies" and "the two delegations" (a determiner)
 * refer back to named sides, "Velmari delegations" and "members of the union" name their side, and
 * officials, negotiators and diplomats (roles) are left to refer back.
 */
final class UnnamedGroups {
  /** Words that count an indefinite group: "Some delegations", "Many countries". */
  private static final WordSet QUANTIFIERS =
      WordSet.of(
          "some", "many", "several", "other", "most", "few", "numerous", "various", "certain");

  /** Plural nouns of groups of people or bodies. */
  private static final WordSet GROUPS =
      WordSet.of(
          "delegations",
          "groups",
          "countries",
          "states",
          "nations",
          "governments",
          "organisations",
          "organizations",
          "members",
          "lawmakers",
          "legislators",
          "critics",
          "activists",
          "campaigners",
          "observers",
          "analysts",
          "unions",
          "businesses",
          "employers",
          "economists",
          "experts",
          "residents",
          "investors",
          "advocates",
          "charities",
          "lobbies",
          "opponents");

  /** Prepositions after the group noun that tie it to a side: "members of", "activists for". */
  private static final WordSet SIDE_PREPOSITIONS = WordSet.of("of", "for", "from");

  /** How many words may stand before the group noun: a quantifier and two modifiers. */
  private static final int REACH = 3;

  private UnnamedGroups() {}

  /**
   * Whether the sentence opens (after a dateline) with a group it does not name: at most a
   * quantifier and modifiers, none a determiner nor a known party or actor, before a plural noun of
   * a group.
   */
  static boolean opensWithOne(Tokens tokens, List<Mention> mentions) {
    int first = Math.max(0, tokens.indexAt(Mentions.datelineEnd(tokens)));
    for (int k = first; k < Math.min(tokens.size(), first + REACH + 1); k++) {
      Tokens.Token t = tokens.get(k);
      if (k == first && QUANTIFIERS.contains(t)) {
        continue;
      }
      if (!t.isWord() || English.DETERMINERS.contains(t) || namesAParty(mentions, t)) {
        return false;
      }
      if (GROUPS.contains(t)) {
        // "Some members of the Nurses Union", "Activists for the union": a group of a named side.
        return !(k + 1 < tokens.size()
            && SIDE_PREPOSITIONS.contains(tokens.get(k + 1))
            && namesAPartyWithin(mentions, tokens, k + 2, k + 4));
      }
      if (QUANTIFIERS.contains(t)) {
        return false;
      }
    }
    return false;
  }

  /** Whether a mention of a known party or actor opens at one of the tokens from..to. */
  private static boolean namesAPartyWithin(
      List<Mention> mentions, Tokens tokens, int from, int to) {
    for (int k = from; k <= to && k < tokens.size(); k++) {
      if (namesAParty(mentions, tokens.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word lies in a mention of a known party or actor. */
  private static boolean namesAParty(List<Mention> mentions, Tokens.Token t) {
    for (Mention m : mentions) {
      if (m.start() <= t.start() && t.end() <= m.end() && m.party().isPresent()) {
        return true;
      }
    }
    return false;
  }
}
