package dev.parley.io.statement;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The subject of an act when it is a group of the sides: a group word ("the two sides agreed", "all
 * three parties rejected", "neither side accepted", "both governments"), or the plural of a word
 * that ends the names of several parties ("both hospitals", "the hospitals" in a case of Mercy
 * Hospital and Lakeside Hospital), or those who act for named sides ("the leaders of Velmar and the
 * insurgents"). The group may be the subject of the act verb itself, or of a reporting verb whose
 * clause has "they" for the act verb's subject ("Both hospitals said they had offered a raise").
 * The act is each side's.
 */
final class GroupSubjects {
  /**
   * Nouns that stand for the sides after any determiner of the group: "the parties"; "the parts" is
   * how a machine translation gives the parties ("partes", "parties"), and no English subject of an
   * act otherwise.
   */
  private static final WordSet SIDES = WordSet.of("parties", "sides", "parts");

  /** The same nouns, one side at a time: "neither side", "each party". */
  private static final WordSet SIDE = WordSet.of("party", "side");

  /**
   * Nouns that stand for the sides only with a number or "both": "the two countries", "both
   * governments", "all three delegations".
   */
  private static final WordSet COUNTED =
      WordSet.of(
          "countries",
          "governments",
          "delegations",
          "leaders",
          "negotiators",
          "teams",
          "nations",
          "camps");

  /**
   * Nouns of those who act for the sides, before "of" or "for" and the sides' names: "the leaders
   * of Velmar and the insurgents", "negotiators for the union and Mercy".
   */
  private static final WordSet ENVOYS =
      WordSet.of("leaders", "delegations", "negotiators", "representatives", "envoys", "heads");

  /** How many tokens the names after a noun of envoys may run. */
  private static final int NAMES_REACH = 12;

  /** Words of counting before a group noun, with the number of sides they count. */
  private static final ImmutableMap<String, Integer> NUMBERS =
      ImmutableMap.<String, Integer>builder()
          .put("both", 2)
          .put("two", 2)
          .put("neither", 2)
          .put("each", 2)
          .put("three", 3)
          .put("four", 4)
          .put("five", 5)
          .buildOrThrow();

  /** Determiners of the whole group that count nothing: "the parties", "all sides". */
  private static final WordSet WHOLE = WordSet.of("the", "all");

  /** Words that make a singular side word a group: "neither side", "each party". */
  private static final WordSet DISTRIBUTIVE = WordSet.of("neither", "each");

  /** Words that open a clause of condition or time, whose act is not done: "if the sides agree". */
  private static final WordSet CONDITIONS =
      WordSet.of("if", "unless", "once", "until", "whether", "when", "before", "after");

  /** Conjunctions after which a group may open a clause: "and the two sides agreed". */
  private static final WordSet CLAUSE_JOINERS = WordSet.of("and", "but", "while", "then", "that");

  /** Words that may stand between a reporting verb and the "they" of its clause. */
  private static final WordSet COMPLEMENTISERS = WordSet.of("that");

  /**
   * A group subject: where it lies, how many sides it counts (two when it does not say), and the
   * singular of the word that ends the sides' names when it is such a plural ("hospital"), else
   * null.
   */
  record Group(int start, int end, int count, @Nullable String nameWord, Reference reference) {
    Group(int start, int end, int count, @Nullable String nameWord) {
      this(start, end, count, nameWord, Reference.SIDES);
    }
  }

  /**
   * What a group stands for: the sides; the parties last named together, else the sides ("the two
   * leaders"); or the parties last named together only ("they", "the leaders").
   */
  enum Reference {
    SIDES,
    NAMED_ELSE_SIDES,
    NAMED
  }

  /**
   * Plural nouns of persons who act for the sides, that stand for the parties last named together
   * after "the", "both" or a number: "the leaders", "the two men", "both ministers".
   */
  private static final WordSet PERSONS =
      WordSet.of(
          "leaders",
          "men",
          "women",
          "ministers",
          "negotiators",
          "presidents",
          "premiers",
          "envoys",
          "chiefs",
          "heads");

  private GroupSubjects() {}

  /**
   * The group that is the subject of an act verb, or of the reporting verb before "they" and the
   * act verb: at most auxiliaries and -ly adverbs between subject and verb. {@code nameWords} tells
   * whether the singular of a plural noun ends the names of at least two parties of the article.
   */
  static Optional<Group> of(
      Tokens tokens, List<Cue> cues, Cue act, java.util.function.Predicate<String> nameWords) {
    int j = subjectEnd(tokens, HeldTalks.predicateStart(tokens, act));
    if (j >= 0 && tokens.get(j).lower().equals("they")) {
      int k = j - 1;
      if (k >= 0 && COMPLEMENTISERS.contains(tokens.get(k))) {
        k--;
      }
      Cue reporting = k >= 0 ? reportingEndingAt(cues, tokens.get(k).end()) : null;
      if (reporting == null) {
        if (k >= 0 && tokens.get(k).lower().equals("and")) {
          return earlierSubject(tokens, k, nameWords);
        }
        // "They agreed to ...": those last named together, if any.
        return k < 0 || !tokens.get(k).isWord()
            ? Optional.of(
                new Group(tokens.get(j).start(), tokens.get(j).end(), 2, null, Reference.NAMED))
            : Optional.empty();
      }
      j = subjectEnd(tokens, tokens.indexAt(reporting.start()));
    }
    Optional<Group> group = groupEndingAt(tokens, j, nameWords);
    if (group.isPresent()) {
      int before = tokens.indexAt(group.get().start()) - 1;
      if (before >= 0 && CONDITIONS.contains(tokens.get(before))) {
        // "can be extended if the two sides agree": what they may do, not what they did.
        return Optional.empty();
      }
    }
    return group;
  }

  /**
   * The group that "they" after "and" at {@code and} stands for: the subject of the clause before,
   * a group that opens it (the sentence's start, punctuation or a conjunction before it) and is
   * followed by its verb (auxiliaries and -ly adverbs aside, a word that is no preposition): "the
   * two countries affirmed their respect ..., and they agreed"; empty if none ("hosted the two
   * sides, and they agreed", "talks between the two sides stalled, and they agreed").
   */
  private static Optional<Group> earlierSubject(
      Tokens tokens, int and, java.util.function.Predicate<String> nameWords) {
    for (int g = and - 1; g > 0; g--) {
      Optional<Group> group = groupEndingAt(tokens, g, nameWords);
      if (group.isEmpty()) {
        continue;
      }
      int before = tokens.indexAt(group.get().start()) - 1;
      int verb = g + 1;
      while (verb < and && Attribution.isAuxiliaryOrAdverb(tokens.get(verb))) {
        verb++;
      }
      boolean opensClause =
          before < 0 || !tokens.get(before).isWord() || CLAUSE_JOINERS.contains(tokens.get(before));
      boolean followedByVerb =
          verb < and
              && tokens.get(verb).isWord()
              && !English.PREPOSITIONS.contains(tokens.get(verb));
      return opensClause && followedByVerb ? group : Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<Group> groupEndingAt(
      Tokens tokens, int j, java.util.function.Predicate<String> nameWords) {
    if (j < 1) {
      return Optional.empty();
    }
    Tokens.Token nounToken = tokens.get(j);
    String noun = nounToken.lower();
    int d = j - 1;
    Tokens.Token beforeToken = tokens.get(d);
    String before = beforeToken.lower();
    Integer number = NUMBERS.get(before);
    if (number != null && d > 0 && WHOLE.contains(tokens.get(d - 1))) {
      // "the two sides", "all three parties"
      d--;
    }
    int start = tokens.get(d).start();
    int end = tokens.get(j).end();
    if (SIDE.contains(nounToken) && DISTRIBUTIVE.contains(beforeToken)) {
      return Optional.of(new Group(start, end, 2, null));
    }
    boolean counted = number != null && !DISTRIBUTIVE.contains(beforeToken);
    if (SIDES.contains(nounToken) && (counted || WHOLE.contains(beforeToken))) {
      return Optional.of(new Group(start, end, counted ? number : 2, null));
    }
    if (PERSONS.contains(nounToken) && (counted || WHOLE.contains(beforeToken))) {
      // "the leaders", "the two men": those last named together; "the two leaders" else the sides.
      Reference reference =
          COUNTED.contains(nounToken) && counted ? Reference.NAMED_ELSE_SIDES : Reference.NAMED;
      return Optional.of(new Group(start, end, counted ? number : 2, null, reference));
    }
    if (COUNTED.contains(nounToken) && counted) {
      return Optional.of(new Group(start, end, number, null));
    }
    String singular = singular(noun);
    if (singular != null && (counted || WHOLE.contains(beforeToken)) && nameWords.test(singular)) {
      return Optional.of(new Group(start, end, counted ? number : 2, singular));
    }
    return envoysOfNames(tokens, j);
  }

  /**
   * The group of envoys of named sides that ends at token {@code j}: a noun of envoys, "of" or
   * "for", and names joined by "and" (and commas before it), one side per name: "the leaders of
   * Velmar, Tarsia and the insurgents" counts three. Empty when no "and" joins the names ("the
   * leaders of Velmar"), or another preposition or punctuation stands among them ("negotiators for
   * the union in Kessa and Mercy").
   */
  private static Optional<Group> envoysOfNames(Tokens tokens, int j) {
    if (!tokens.get(j).isWord()) {
      // "Blyde, who leads the negotiators of the opposition, signed": the names end no subject.
      return Optional.empty();
    }
    int joins = 0;
    boolean and = false;
    for (int k = j; k > 0 && k >= j - NAMES_REACH; k--) {
      Tokens.Token t = tokens.get(k);
      String w = t.lower();
      if (w.equals("of") || w.equals("for")) {
        if (!and || !ENVOYS.contains(tokens.get(k - 1))) {
          return Optional.empty();
        }
        int start = k - 1;
        if (start > 0 && WHOLE.contains(tokens.get(start - 1))) {
          start--;
        }
        return Optional.of(
            new Group(tokens.get(start).start(), tokens.get(j).end(), joins + 1, null));
      }
      if (w.equals("and")) {
        joins++;
        and = true;
      } else if (w.equals(",")) {
        // "Velmar, Tarsia, and the insurgents": a comma before "and" joins nothing more.
        if (!tokens.get(k + 1).lower().equals("and")) {
          joins++;
        }
      } else if (!t.isWord() || English.PREPOSITIONS.contains(t)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The singular of a plural noun in "-s" ("hospitals", "automakers"), else null. */
  private static @Nullable String singular(String noun) {
    if (noun.length() < 4 || !noun.endsWith("s") || noun.endsWith("ss")) {
      return null;
    }
    return noun.substring(0, noun.length() - 1);
  }

  /**
   * Whether a party cue's text ends with a word ("Mercy Hospital" with "hospital"), as a word of
   * its own and not as the whole name.
   */
  static boolean endsWithWord(String name, String word) {
    String lower = Ascii.toLowerCase(name.strip());
    return lower.length() > word.length()
        && lower.endsWith(word)
        && lower.charAt(lower.length() - word.length() - 1) == ' ';
  }

  private static int subjectEnd(Tokens tokens, int verb) {
    int j = verb - 1;
    while (j >= 0 && Attribution.isAuxiliaryOrAdverb(tokens.get(j))) {
      j--;
    }
    return j;
  }

  private static @Nullable Cue reportingEndingAt(List<Cue> cues, int end) {
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.REPORTING && cue.end() == end) {
        return cue;
      }
    }
    return null;
  }
}
