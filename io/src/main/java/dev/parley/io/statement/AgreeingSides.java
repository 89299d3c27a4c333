package dev.parley.io.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The subject of an act when it is two sides named together, joined by "and" ("Israel and Hamas
 * have agreed"), or three or more listed with commas before the "and". Whoever announces it, the
 * act is theirs. A group word of the sides is read by {@link GroupSubjects}.
 */
final class AgreeingSides {
  private AgreeingSides() {}

  /**
   * The two parties of a compound subject of the act verb ("Israel and Hamas have agreed", "Biden
   * and Russian President Vladimir Putin agreed"): known entities of two parties joined by "and"
   * (the second perhaps after its title), the second right before the verb (auxiliaries and -ly
   * adverbs aside), the first governed by no preposition; with the names of other parties listed
   * before the pair with commas ("President Arlen, Prime Minister Voss and Chancellor Tamm agreed":
   * each), but none when a name of one of their parties stands in the list; empty if the verb has
   * no such subject.
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
    List<Mention> sides = new ArrayList<>(List.of(first, second));
    int firstStart = NamePhrases.start(mentions, text, first);
    for (Mention m = listedBefore(mentions, text, firstStart, sides);
        m != null;
        m = listedBefore(mentions, text, firstStart, sides)) {
      // "President Arlen, Prime Minister Voss and Chancellor Tamm met": each name of the list.
      sides.add(0, m);
      firstStart = NamePhrases.start(mentions, text, m);
    }
    int governing = tokens.indexAt(firstStart) - 1;
    if (governing >= 0 && English.PREPOSITIONS.contains(tokens.get(governing))) {
      return Optional.empty();
    }
    for (Mention m : mentions) {
      if (m.end() <= firstStart && text.substring(m.end(), firstStart).strip().equals(",")) {
        // "Blinken, Stoltenberg and Lavrov met" with two of one side: no list of sides.
        return Optional.empty();
      }
    }
    return Optional.of(sides);
  }

  /**
   * The known name of a party not yet among {@code sides} that comes before a list's first name at
   * {@code start}, set off from it by a comma and perhaps the next name's title (", Prime Minister
   * "); null if none.
   */
  private static @Nullable Mention listedBefore(
      List<Mention> mentions, String text, int start, List<Mention> sides) {
    Mention found = null;
    for (Mention m : mentions) {
      int end = NamePhrases.end(mentions, text, m);
      if (end <= start
          && m.isEntity()
          && m.party().isPresent()
          && sides.stream().noneMatch(s -> s.party().equals(m.party()))
          && isListComma(text.substring(end, start))) {
        found = m;
      }
    }
    return found;
  }

  /**
   * Whether the text between two names of a list is a comma and perhaps a title: ", Chancellor ".
   */
  private static boolean isListComma(String between) {
    String rest = between.strip();
    if (!rest.startsWith(",")) {
      return false;
    }
    for (String word : rest.substring(1).strip().split(" ", -1)) {
      boolean title =
          word.isEmpty()
              || Character.isUpperCase(word.charAt(0))
              || word.equals("of")
              || word.equals("the");
      if (!title) {
        return false;
      }
    }
    return true;
  }

  private static int subjectEnd(Tokens tokens, Cue act) {
    // "Velmar and the insurgents would hold a bilateral meeting": the subject of the holding verb.
    int j = HeldTalks.predicateStart(tokens, act) - 1;
    while (j >= 0) {
      if (Attribution.isAuxiliaryOrAdverb(tokens.get(j))) {
        j--;
      } else if (j >= 1
          && WEEKDAYS.contains(tokens.get(j))
          && DAY_OPENERS.contains(tokens.get(j - 1))) {
        // "Velmar and the insurgents on Sunday signed": the day between subject and verb.
        j -= 2;
      } else {
        break;
      }
    }
    return j;
  }

  private static final WordSet WEEKDAYS =
      WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** Words that open a day named between a subject and its verb: "on Sunday", "this Friday". */
  private static final WordSet DAY_OPENERS = WordSet.of("on", "this", "last");

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
