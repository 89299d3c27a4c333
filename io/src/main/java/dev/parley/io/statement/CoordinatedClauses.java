package dev.parley.io.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The subject of a clause joined to the sentence after a comma by "and", "but" or "while", or after
 * a semicolon, that governs every act of its clause: in "Velmar rejected the truce, and the
 * insurgents threatened to resume fighting" both "threatened" and "resume fighting" are the
 * insurgents', not only the verb right after their name.
 */
final class CoordinatedClauses {
  private static final WordSet JOINS = WordSet.of("and", "but", "while");

  /**
   * The marks a clause may open after, searched back from the act. A colon ends the search with no
   * subject: what follows it ("the minister said: Velmar and the insurgents agreed ...") is the
   * content of the clause before it, not a clause joined to it.
   */
  private static final WordSet BOUNDARIES = WordSet.of(",", ";", ":");

  private CoordinatedClauses() {}

  /**
   * The party that opens the joined clause the act stands in, when the clause's first verb is an
   * act of its own with that party right before it; empty when the act is in the sentence's first
   * clause or the joined clause opens with no party.
   */
  static Optional<Mention> subjectOf(
      Tokens tokens, List<Mention> mentions, List<Cue> cues, @Nullable Mention subject, Cue act) {
    if (subject == null) {
      return Optional.empty();
    }
    int first = tokens.indexAt(subject.end());
    int k = tokens.indexAt(act.start()) - 1;
    while (k > first && !BOUNDARIES.contains(tokens.get(k))) {
      k--;
    }
    if (k <= first) {
      return Optional.empty();
    }
    int open = k + 1;
    if (tokens.get(k).lower().equals(",")) {
      if (open >= tokens.size() || !JOINS.contains(tokens.get(open))) {
        return Optional.empty();
      }
      open++;
    } else if (!tokens.get(k).lower().equals(";")) {
      return Optional.empty();
    }
    if (open < tokens.size() && tokens.get(open).lower().equals("the")) {
      open++;
    }
    if (open >= tokens.size()) {
      return Optional.empty();
    }
    List<Cue> verbs = new ArrayList<>(cues);
    verbs.add(act);
    for (Cue verb : verbs) {
      if (verb.kind() == Cue.Kind.ACT
          && verb.start() > tokens.get(open).start()
          && verb.end() <= act.end()) {
        Optional<Mention> own = Subjects.rightBefore(tokens, mentions, verb);
        if (own.isPresent()
            && tokens.indexAt(own.get().start()) <= open
            && own.get().start() >= tokens.get(k).end()
            && !own.get().party().equals(subject.party())) {
          return own;
        }
      }
    }
    return Optional.empty();
  }
}
