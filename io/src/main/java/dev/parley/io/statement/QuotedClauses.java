package dev.parley.io.statement;

import java.util.List;
import java.util.Optional;

/**
 * The subject of a clause inside a quote: in "\"we cannot settle while the union refuses to
 * budge,\" the minister said" the refusal is the union's, not the minister's. The quote's speaker
 * tells of another side's act.
 */
final class QuotedClauses {
  private QuotedClauses() {}

  /**
   * Words that open a clause whose subject may follow: subordinators and conjunctions. "if" and
   * "unless" are left out: a condition is no act.
   */
  private static final WordSet OPENERS =
      WordSet.of(
          "while",
          "because",
          "as",
          "since",
          "when",
          "that",
          "and",
          "but",
          "although",
          "though",
          "whereas",
          "so");

  /** Determiners a party's name may carry ("the union"). */
  private static final WordSet DETERMINERS = WordSet.of("the");

  /**
   * The known party or actor that is the subject of the act verb's own clause in a quote: it stands
   * right before the verb (auxiliaries and -ly adverbs aside), perhaps after "the", and opens the
   * clause (after a conjunction, a comma or quotation mark, or at the start); the verb reads as a
   * finite verb (after an auxiliary, or ending in -s or -ed) and is no obligation ("Kyiv must
   * comply" is what is asked of Kyiv); empty otherwise. "We reject the union demands" has the party
   * inside an object, "the Bucharest decision stands" before a noun.
   */
  static Optional<Mention> subject(Tokens tokens, List<Mention> mentions, Cue act) {
    int verb = tokens.indexAt(act.start());
    if (verb >= tokens.size()) {
      return Optional.empty();
    }
    String first = tokens.get(verb).lower();
    if (Obligations.MODALS.contains(tokens.get(verb))) {
      return Optional.empty(); // "Kyiv must comply": what is asked of Kyiv, not its act
    }
    int j = verb - 1;
    while (j >= 0 && Attribution.isAuxiliaryOrAdverb(tokens.get(j).lower())) {
      j--;
    }
    if (j >= 1 && tokens.get(j).lower().equals("to") && isRefusing(tokens.get(j - 1).lower())) {
      // "the insurgents are refusing to sign": the refusal's subject does the act it negates.
      j -= 2;
      while (j >= 0 && Attribution.isAuxiliaryOrAdverb(tokens.get(j).lower())) {
        j--;
      }
    }
    boolean finite = j < verb - 1 || first.endsWith("s") || first.endsWith("ed");
    if (j < 0 || !finite) {
      return Optional.empty(); // "the Bucharest decision": a noun, not a verb with its subject
    }
    int end = tokens.get(j).end();
    for (Mention m : mentions) {
      if (m.end() != end || !m.isEntity() || m.party().isEmpty()) {
        continue;
      }
      int before = tokens.indexAt(m.start()) - 1;
      if (before >= 0 && DETERMINERS.contains(tokens.get(before))) {
        before--;
      }
      if (before < 0) {
        return Optional.of(m);
      }
      Tokens.Token t = tokens.get(before);
      boolean opens = t.isWord() ? OPENERS.contains(t) : !t.text().equals("'");
      return opens ? Optional.of(m) : Optional.empty();
    }
    return Optional.empty();
  }

  /** Whether a word is a form of refusing or declining, which negates the act after its "to". */
  private static boolean isRefusing(String word) {
    return word.startsWith("refus") || word.startsWith("declin");
  }
}
