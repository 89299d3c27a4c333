package dev.parley.io.statement;

import com.google.common.base.Ascii;
import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.parley.party.PartyKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sides named by a plural common noun the case lexicon does not list ("the companies", "both
 * railways", "the carriers"): the parties last named together before it ("Northline and Coastal
 * Freight ... The companies issued lockout notices"), when they act alike and their kind fits the
 * noun. A noun of states ("the governments") stands for states, a noun of firms or bodies for
 * parties that are no state.
 */
final class NamedTogether {
  /** Plural nouns of states, and the singular each is tested as. */
  private static final ImmutableSet<String> STATES =
      ImmutableSet.of("government", "country", "nation", "state", "neighbour", "neighbor");

  /** Plural nouns of firms and other bodies that may act as one side of a dispute, singular. */
  private static final ImmutableSet<String> BODIES =
      ImmutableSet.of(
          "company",
          "firm",
          "railway",
          "railroad",
          "carrier",
          "airline",
          "automaker",
          "carmaker",
          "studio",
          "employer",
          "operator",
          "hospital",
          "insurer",
          "lender",
          "creditor",
          "bank",
          "union",
          "network",
          "broadcaster",
          "manufacturer",
          "producer",
          "port",
          "club",
          "university",
          "utility",
          "retailer",
          "platform",
          "group");

  /** What may stand between two parties named together: "and", a comma, "the", "both". */
  private static final ImmutableSet<String> JOINS = ImmutableSet.of("and", ",", "the", "both", "&");

  /**
   * Words that tell of two persons or parties meeting, which name them together as "and" does: "the
   * Prime Minister spoke with the Commission President", "Lavrov met Blinken".
   */
  private static final ImmutableSet<String> MEETING =
      ImmutableSet.of(
          "with",
          "met",
          "meets",
          "spoke",
          "speaks",
          "talked",
          "called",
          "phoned",
          "received",
          "hosted",
          "by",
          "phone",
          "telephone",
          "to",
          "a",
          "the",
          "and",
          ",");

  /** Determiners after which a plural noun names a plural "they" may stand for: "the talks". */
  private static final ImmutableSet<String> PLURAL_DETERMINERS =
      ImmutableSet.of("the", "their", "its", "these", "those", "all", "both", "his", "her", "our");

  private static final Splitter WORDS = Splitter.on(CharMatcher.whitespace()).omitEmptyStrings();

  private NamedTogether() {}

  /** Whether a singular read off a plural in "-s" may be a noun of states or bodies. */
  static boolean isGroupNoun(String singular) {
    return STATES.contains(normal(singular)) || BODIES.contains(normal(singular));
  }

  /**
   * The parties named together last before {@code before} in the given sentences' cues, the last
   * sentence first read up to {@code before}: two or more distinct parties whose names (or actors)
   * stand side by side joined by "and" or commas, that act alike and whose kind fits the noun;
   * empty if none fits.
   *
   * @param sentences the cues of the sentences to search, nearest last
   */
  static List<String> before(
      List<List<Cue>> sentences, String text, int before, String singular, Knowledge knowledge) {
    boolean states = STATES.contains(normal(singular));
    for (int s = sentences.size() - 1; s >= 0; s--) {
      List<List<String>> runs = runs(sentences.get(s), text, before, knowledge);
      for (int r = runs.size() - 1; r >= 0; r--) {
        List<String> run = runs.get(r);
        if (fits(run, states, knowledge)) {
          return run;
        }
      }
    }
    return ImmutableList.of();
  }

  /**
   * The parties last named together before a plural subject of persons ("they", "the leaders", "the
   * two men"): two or more distinct parties whose names or actors stand side by side joined by
   * "and" or commas, or by words of meeting ("spoke with", "met"), in the nearest of the given
   * sentences that names such a pair; for "they" only in the nearest sentence, and none when a
   * plural noun after the pair there ("the talks", "the workers") is what "they" may stand for.
   *
   * @param sentences each sentence's mentions outside quotes and its end, nearest last
   */
  static List<String> persons(List<Named> sentences, String text, boolean pronoun) {
    for (int s = sentences.size() - 1; s >= 0 && (!pronoun || s == sentences.size() - 1); s--) {
      Named sentence = sentences.get(s);
      Set<String> run = new LinkedHashSet<>();
      List<String> last = ImmutableList.of();
      int lastEnd = -1;
      int runEnd = -1;
      for (Mention m : sentence.mentions()) {
        if (!m.isEntity() || m.party().isEmpty()) {
          continue;
        }
        if (m.start() < lastEnd) {
          lastEnd = Math.max(lastEnd, m.end());
          continue;
        }
        if (lastEnd < 0 || !meeting(text.substring(lastEnd, m.start()))) {
          run = new LinkedHashSet<>();
        }
        run.add(m.party().get());
        lastEnd = m.end();
        if (run.size() > 1) {
          last = ImmutableList.copyOf(run);
          runEnd = lastEnd;
        }
      }
      if (!last.isEmpty()) {
        return pronoun && namesPlural(text.substring(runEnd, sentence.end()))
            ? ImmutableList.of()
            : last;
      }
    }
    return ImmutableList.of();
  }

  /** A sentence's mentions outside quotes and where it ends. */
  record Named(List<Mention> mentions, int end) {}

  /** Whether the text between two names joins them by "and" or a word of meeting. */
  private static boolean meeting(String between) {
    boolean joins = false;
    for (String w : WORDS.split(Ascii.toLowerCase(between.replace(",", " , ")))) {
      if (!MEETING.contains(w)) {
        return false;
      }
      joins |= !w.equals("the") && !w.equals("a");
    }
    return joins;
  }

  /**
   * Whether a text names a plural after a determiner, at most one word between: "for the talks",
   * "addressed the workers", "the new proposals".
   */
  private static boolean namesPlural(String text) {
    int sinceDeterminer = Integer.MAX_VALUE;
    for (String w : WORDS.split(Ascii.toLowerCase(text))) {
      String word = CharMatcher.javaLetter().negate().trimTrailingFrom(w);
      if (sinceDeterminer < 2
          && word.length() > 3
          && word.endsWith("s")
          && !word.endsWith("ss")
          && word.indexOf('\'') < 0
          && word.indexOf('\u2019') < 0) {
        return true;
      }
      sinceDeterminer =
          PLURAL_DETERMINERS.contains(word)
              ? 0
              : sinceDeterminer == Integer.MAX_VALUE ? sinceDeterminer : sinceDeterminer + 1;
    }
    return false;
  }

  /** The singular as tested: "companie" read off "companies" is "company". */
  private static String normal(String singular) {
    String lower = Ascii.toLowerCase(singular);
    return lower.endsWith("ie") ? lower.substring(0, lower.length() - 2) + "y" : lower;
  }

  private static boolean fits(List<String> parties, boolean states, Knowledge knowledge) {
    for (String party : parties) {
      Optional<PartyKind> kind = knowledge.kindOf(party);
      if (kind.isEmpty() || (kind.get() == PartyKind.STATE) != states) {
        return false;
      }
    }
    return knowledge.actTogether(new LinkedHashSet<>(parties));
  }

  /**
   * The runs of two or more parties named side by side in a sentence's cues that end before {@code
   * before}, in text order.
   */
  private static List<List<String>> runs(
      List<Cue> cues, String text, int before, Knowledge knowledge) {
    List<List<String>> runs = new ArrayList<>();
    Set<String> run = new LinkedHashSet<>();
    int lastEnd = -1;
    for (Cue cue : cues) {
      if (cue.end() > before) {
        break;
      }
      Optional<String> party = partyOf(cue, knowledge);
      if (party.isEmpty()) {
        continue;
      }
      if (cue.start() < lastEnd) {
        // A name inside a name: "Labour Minister" in "Labour Minister Jane Roe".
        lastEnd = Math.max(lastEnd, cue.end());
        continue;
      }
      if (lastEnd < 0 || !joined(text.substring(lastEnd, cue.start()))) {
        close(run, runs);
        run = new LinkedHashSet<>();
      }
      run.add(party.get());
      lastEnd = cue.end();
    }
    close(run, runs);
    return runs;
  }

  private static void close(Set<String> run, List<List<String>> runs) {
    if (run.size() > 1) {
      runs.add(ImmutableList.copyOf(run));
    }
  }

  private static Optional<String> partyOf(Cue cue, Knowledge knowledge) {
    return switch (cue.kind()) {
      case PARTY -> Optional.of(cue.entry());
      case ACTOR -> knowledge.partyOfActor(cue.entry());
      default -> Optional.empty();
    };
  }

  /** Whether the text between two names joins them: "and", a comma, "and the", "both". */
  private static boolean joined(String between) {
    boolean and = false;
    for (String w : WORDS.split(Ascii.toLowerCase(between.replace(",", " , ")))) {
      if (!JOINS.contains(w)) {
        return false;
      }
      and |= w.equals("and") || w.equals(",") || w.equals("&");
    }
    return and;
  }
}
