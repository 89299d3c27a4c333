package dev.parley.io.statement;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The subject of an act when it is the negotiating sides together: a group word ("the parties
 * agreed", "both sides accepted", "the two countries have agreed") or two names joined by "and"
 * ("Israel and Hamas have agreed"). Whoever announces it, the act is theirs.
 */
final class AgreeingSides {
  /** Nouns that, after a determiner of the group, stand for the sides of a negotiation. */
  private static final ImmutableSet<String> SIDES = ImmutableSet.of("parties", "sides");

  /** Nouns that stand for the sides only with a number: "the two countries", "both governments". */
  private static final ImmutableSet<String> COUNTED =
      ImmutableSet.of("countries", "governments", "delegations", "leaders");

  /** Determiners of the whole group. */
  private static final ImmutableSet<String> GROUP_DETERMINERS =
      ImmutableSet.of("the", "both", "two", "all");

  /** Determiners that count the group. */
  private static final ImmutableSet<String> COUNTING = ImmutableSet.of("both", "two");

  private AgreeingSides() {}

  /**
   * Whether the verb of an act cue has a group word of the sides as its subject, with at most
   * auxiliaries and -ly adverbs between: "the parties agreed", "both sides have accepted", "the two
   * countries had agreed". "The parties' proposal" and "urged the parties to accept" are not: the
   * group must stand right before the verb, and a demand's asked act is no act at all.
   */
  static boolean isGroupSubject(Tokens tokens, Cue act) {
    int j = subjectEnd(tokens, act);
    if (j < 1) {
      return false;
    }
    String noun = tokens.get(j).lower();
    String before = tokens.get(j - 1).lower();
    return (SIDES.contains(noun) && GROUP_DETERMINERS.contains(before))
        || (COUNTED.contains(noun) && COUNTING.contains(before));
  }

  /**
   * Whether the mention a speaker was found by is the group word itself ("The two leaders had
   * agreed", "leaders" read as a role): then the group is the subject and no one announces its act.
   */
  static boolean isGroupWord(Tokens tokens, Cue act, @Nullable Mention mention) {
    int j = subjectEnd(tokens, act);
    return mention != null && j >= 0 && mention.end() == tokens.get(j).end();
  }

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
    Mention second = endingAt(mentions, tokens.get(j).end());
    if (second == null) {
      return Optional.empty();
    }
    Mention first = null;
    for (Mention m : mentions) {
      if (m.end() < second.start()
          && m.isEntity()
          && m.party().isPresent()
          && !m.party().equals(second.party())
          && Subjects.isJoinedByAnd(text.substring(m.end(), second.start()))) {
        first = m;
      }
    }
    if (first == null) {
      return Optional.empty();
    }
    int governing = tokens.indexAt(first.start()) - 1;
    if (governing >= 0 && English.PREPOSITIONS.contains(tokens.get(governing).lower())) {
      return Optional.empty();
    }
    for (Mention m : mentions) {
      if (m.end() <= first.start() && text.substring(m.end(), first.start()).strip().equals(",")) {
        // "Blinken, Stoltenberg and Lavrov met": a longer list, not a pair of sides.
        return Optional.empty();
      }
    }
    return Optional.of(List.of(first, second));
  }

  private static int subjectEnd(Tokens tokens, Cue act) {
    int j = tokens.indexAt(act.start()) - 1;
    while (j >= 0 && Attribution.isAuxiliaryOrAdverb(tokens.get(j).lower())) {
      j--;
    }
    return j;
  }

  private static @Nullable Mention endingAt(List<Mention> mentions, int end) {
    for (Mention m : mentions) {
      if (m.end() == end && m.isEntity() && m.party().isPresent()) {
        return m;
      }
    }
    return null;
  }
}
