package dev.parley.io.statement;

import dev.parley.io.statement.Turns.Turn;
import java.util.Map;

/**
 * A name's label before a quotation in a text that is no transcript, as a reporter's post or a live
 * page quotes a speaker ({@code Roe: "We will not sign."}): the one it names says the quote, as a
 * transcript's turn speaks its words. Only a label with no brackets right before an opening
 * quotation mark, naming an actor or a party the lexicon knows, is read so; "Roe: the talks failed"
 * is the reporter's account, and a heading ("Update: ...") names no one.
 */
final class QuoteLabels {
  private QuoteLabels() {}

  /**
   * Puts into {@code quoting} and {@code quoted}, by paragraph, each label of {@code labels} that
   * opens a quotation, and the turn of the one it names.
   */
  static void add(
      String text,
      Map<Integer, TurnLabels.Label> labels,
      Knowledge knowledge,
      Map<Integer, TurnLabels.Label> quoting,
      Map<Integer, Turn> quoted) {
    for (Map.Entry<Integer, TurnLabels.Label> e : labels.entrySet()) {
      TurnLabels.Label label = e.getValue();
      if (!label.colon()
          || label.hasBracket()
          || label.bodyStart() >= text.length()
          || !isOpeningQuote(text.charAt(label.bodyStart()))) {
        continue;
      }
      Turn turn = Turns.turnOf(text, label, knowledge);
      if (turn.speaker().known() && !turn.asks()) {
        quoting.put(e.getKey(), label);
        quoted.put(e.getKey(), turn);
      }
    }
  }

  private static boolean isOpeningQuote(char c) {
    return c == '"' || c == '\u201c' || c == '\u00ab' || c == '\u201e';
  }
}
