package dev.parley.io.statement;

import java.util.ArrayList;
import java.util.List;

/**
 * Vetoes and blocks still to come, on a condition: "he will veto the budget if such a mechanism is
 * introduced", "would block the talks as long as the ratios stay". Told with a condition, a veto to
 * come is pressure on the other side, a threat; with none ("would veto any scheme") it is read as
 * the rejection its verb says, and one already cast ("vetoed the plan") is a rejection.
 */
final class Vetoes {
  /** The verbs of vetoing and blocking in their base form, to look for in a sentence's text. */
  static final FoldedWords VERBS = new FoldedWords(List.of("veto", "block"));

  private static final WordSet BASE_FORMS = WordSet.of("veto", "block");

  /** Modals of the future right before the verb. */
  private static final WordSet FUTURE = WordSet.of("will", "would", "shall");

  /** Words that open a condition. */
  private static final WordSet CONDITIONS = WordSet.of("if", "unless", "until");

  private Vetoes() {}

  /**
   * The threats of a sentence told as a veto to come: a modal of the future right before "veto" or
   * "block", in a sentence that states a condition ("if", "unless", "until", "as long as"); each a
   * threaten cue from the modal to the verb. "will not veto" (a negation between) is none.
   */
  static List<Cue> find(Tokens tokens) {
    List<Cue> found = new ArrayList<>();
    for (int i = 1; i < tokens.size(); i++) {
      if (BASE_FORMS.contains(tokens.get(i))
          && FUTURE.contains(tokens.get(i - 1))
          && hasCondition(tokens)) {
        found.add(
            new Cue(
                Cue.Kind.ACT, Act.THREATEN.id(), tokens.get(i - 1).start(), tokens.get(i).end()));
      }
    }
    return found;
  }

  private static boolean hasCondition(Tokens tokens) {
    for (int k = 0; k < tokens.size(); k++) {
      String w = tokens.get(k).lower();
      if (CONDITIONS.contains(tokens.get(k))
          || (w.equals("as")
              && k + 2 < tokens.size()
              && tokens.get(k + 1).lower().equals("long")
              && tokens.get(k + 2).lower().equals("as"))) {
        return true;
      }
    }
    return false;
  }
}
