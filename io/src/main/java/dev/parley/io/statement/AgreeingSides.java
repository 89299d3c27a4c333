package dev.parley.io.statement;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The subject of an act when it is two sides named together, joined by "and" ("Israel and Hamas
 * have agreed"). Whoever announces it, the act is theirs. A group word of the sides is read by
 * {@link GroupSubjects}.
 */
final class AgreeingSides {
  private AgreeingSides() {}

  /**
   * The two parties of a compound subject of the act verb ("Israel and Hamas have agreed", "Biden
   * and Russian President Vladimir Putin agreed"): known entities of two parties joined by "and"
   * (the second perhaps after its title), the second right before the verb (auxiliaries and -ly
   * adverbs aside), the first governed by no preposition and not the end of a longer list; empty if
   * the verb has no such subject.
   */
  static Optional<List<Mention>> pairSubject(
      Tokens tokens, List<Mention> mentions, String text, Cue act) {
    int j = subjectEnd(tokens, act);
    if (j < 2) {
      return Optional.empty();
    }
    Mention second = endingAt(mentions, text, tokens.get(j).end());
    if (second == null) {
      return Optional.empty();
    }
    int secondStart = NamePhrases.start(mentions, text, second);
    Mention first = null;
    for (Mention m : mentions) {
      int end = NamePhrases.end(mentions, text, m);
      if (end <= secondStart
          && m.isEntity()
          && m.party().isPresent()
          && !m.party().equals(second.party())
          && Subjects.isJoinedByAnd(text.substring(end, secondStart))) {
        first = m;
      }
    }
    if (first == null) {
      return Optional.empty();
    }
    int firstStart = NamePhrases.start(mentions, text, first);
    int governing = tokens.indexAt(firstStart) - 1;
    if (governing >= 0 && English.PREPOSITIONS.contains(tokens.get(governing).lower())) {
      return Optional.empty();
    }
    for (Mention m : mentions) {
      if (m.end() <= firstStart && text.substring(m.end(), firstStart).strip().equals(",")) {
        // "Blinken, Stoltenberg and Lavrov met": a longer list, not a pair of sides.
        return Optional.empty();
      }
    }
    return Optional.of(List.of(first, second));
  }

  private static int subjectEnd(Tokens tokens, Cue act) {
    // "Velmar and the insurgents would hold a bilateral meeting": the subject of the holding verb.
    int j = HeldTalks.predicateStart(tokens, act) - 1;
    while (j >= 0) {
      if (Attribution.isAuxiliaryOrAdverb(tokens.get(j).lower())) {
        j--;
      } else if (j >= 1
          && WEEKDAYS.contains(tokens.get(j).lower())
          && DAY_OPENERS.contains(tokens.get(j - 1).lower())) {
        // "Velmar and the insurgents on Sunday signed": the day between subject and verb.
        j -= 2;
      } else {
        break;
      }
    }
    return j;
  }

  private static final ImmutableSet<String> WEEKDAYS =
      ImmutableSet.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** Words that open a day named between a subject and its verb: "on Sunday", "this Friday". */
  private static final ImmutableSet<String> DAY_OPENERS = ImmutableSet.of("on", "this", "last");

  /**
   * The known name whose phrase ends at an offset: the name itself, or the last of a party's names
   * side by side ("the opposition Forces of Freedom and Change (FFC)").
   */
  private static @Nullable Mention endingAt(List<Mention> mentions, String text, int end) {
    for (Mention m : mentions) {
      if ((m.end() == end || NamePhrases.end(mentions, text, m) == end)
          && m.isEntity()
          && m.party().isPresent()) {
        return m;
      }
    }
    return null;
  }
}
