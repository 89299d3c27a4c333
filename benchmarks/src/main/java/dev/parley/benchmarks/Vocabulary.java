package dev.parley.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The words of the filler prose in a generated corpus: a few hundred English words plus tens of
 * thousands of pronounceable pseudo-words, drawn with a skewed (Zipf-like) frequency so that the
 * vocabulary of a large corpus keeps growing, as real news does.
 */
final class Vocabulary {
  private static final String[] NOUNS = {
    "agreement",
    "analyst",
    "approach",
    "assessment",
    "authority",
    "balance",
    "border",
    "budget",
    "cabinet",
    "campaign",
    "capacity",
    "ceremony",
    "challenge",
    "coalition",
    "committee",
    "community",
    "compromise",
    "concern",
    "conference",
    "confidence",
    "conflict",
    "consensus",
    "constitution",
    "contract",
    "corridor",
    "council",
    "court",
    "crisis",
    "decade",
    "decision",
    "delegation",
    "demand",
    "deployment",
    "development",
    "dialogue",
    "diplomat",
    "document",
    "economy",
    "election",
    "embassy",
    "energy",
    "envoy",
    "exercise",
    "expert",
    "export",
    "factory",
    "framework",
    "frontier",
    "government",
    "harvest",
    "headquarters",
    "history",
    "industry",
    "infrastructure",
    "initiative",
    "institute",
    "interview",
    "investment",
    "journalist",
    "leader",
    "legislation",
    "market",
    "meeting",
    "memorandum",
    "minister",
    "mission",
    "momentum",
    "network",
    "observer",
    "official",
    "opposition",
    "parliament",
    "partner",
    "pipeline",
    "platform",
    "policy",
    "position",
    "pressure",
    "priority",
    "procedure",
    "process",
    "programme",
    "proposal",
    "protest",
    "province",
    "question",
    "reaction",
    "referendum",
    "region",
    "report",
    "reserve",
    "resolution",
    "resource",
    "response",
    "review",
    "risk",
    "route",
    "scenario",
    "schedule",
    "sector",
    "security",
    "settlement",
    "signal",
    "situation",
    "source",
    "spokesman",
    "stability",
    "statement",
    "strategy",
    "summit",
    "supply",
    "tension",
    "territory",
    "threat",
    "timetable",
    "treaty",
    "tribunal",
    "union",
    "variant",
    "verification",
    "village",
    "visit",
    "warehouse",
    "weapon",
    "winter",
    "witness"
  };
  private static final String[] ADJECTIVES = {
    "annual",
    "bilateral",
    "binding",
    "broad",
    "careful",
    "central",
    "civil",
    "collective",
    "concrete",
    "constructive",
    "critical",
    "current",
    "decisive",
    "defensive",
    "diplomatic",
    "direct",
    "domestic",
    "eastern",
    "economic",
    "effective",
    "federal",
    "final",
    "firm",
    "foreign",
    "formal",
    "fragile",
    "fundamental",
    "general",
    "global",
    "gradual",
    "historic",
    "immediate",
    "informal",
    "initial",
    "joint",
    "key",
    "lasting",
    "legal",
    "limited",
    "local",
    "long-term",
    "major",
    "military",
    "modest",
    "mutual",
    "national",
    "naval",
    "new",
    "northern",
    "nuclear",
    "official",
    "open",
    "overall",
    "parallel",
    "partial",
    "political",
    "possible",
    "practical",
    "previous",
    "private",
    "public",
    "rapid",
    "recent",
    "regional",
    "renewed",
    "rural",
    "senior",
    "serious",
    "sharp",
    "short-term",
    "significant",
    "southern",
    "special",
    "stable",
    "steady",
    "strategic",
    "strong",
    "technical",
    "temporary",
    "tense",
    "uncertain",
    "urgent",
    "vague",
    "visible",
    "vital",
    "weak",
    "western",
    "wide",
    "written"
  };
  private static final String[] VERBS_PAST = {
    "accepted", "addressed", "announced", "approved", "arranged", "assessed", "blocked", "briefed",
    "built", "challenged", "changed", "closed", "completed", "confirmed", "considered", "covered",
    "delayed", "delivered", "described", "discussed", "doubled", "drafted", "eased", "expanded",
    "explored", "extended", "financed", "followed", "framed", "gathered", "handled", "hosted",
    "improved", "increased", "launched", "limited", "managed", "measured", "monitored", "moved",
    "opened", "organised", "outlined", "postponed", "prepared", "presented", "published", "raised",
    "reached", "received", "recorded", "reduced", "reopened", "replaced", "reviewed", "revised",
    "shaped", "shifted", "signed", "slowed", "studied", "supported", "suspended", "tested",
    "tightened", "tracked", "welcomed", "widened"
  };
  private static final String[] ADVERBS = {
    "abruptly",
    "again",
    "already",
    "briefly",
    "carefully",
    "cautiously",
    "clearly",
    "closely",
    "eventually",
    "finally",
    "firmly",
    "formally",
    "gradually",
    "largely",
    "later",
    "mostly",
    "narrowly",
    "once",
    "openly",
    "partly",
    "publicly",
    "quickly",
    "quietly",
    "rarely",
    "recently",
    "repeatedly",
    "roughly",
    "sharply",
    "slowly",
    "soon",
    "steadily",
    "still",
    "suddenly",
    "temporarily",
    "twice",
    "unexpectedly",
    "widely"
  };
  private static final String[] PREPOSITIONS = {
    "about", "across", "after", "against", "along", "amid", "around", "before", "behind", "beyond",
    "despite", "during", "for", "from", "near", "over", "since", "through", "toward", "under",
    "within", "without"
  };
  private static final String[] ONSETS = {
    "b", "br", "c", "ch", "cl", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "kl", "l", "m", "n",
    "p", "pl", "pr", "qu", "r", "s", "sh", "sk", "sl", "st", "t", "th", "tr", "v", "w", "z", ""
  };
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "ie", "y"};
  private static final String[] CODAS = {
    "", "", "", "n", "r", "s", "t", "l", "m", "nd", "rk", "st", "ng", "x", "ck", "ld", "rn", "sk"
  };
  private static final String[] SUFFIXES = {
    "", "", "", "", "ation", "ity", "ness", "ment", "ism", "er", "ic", "ous", "al", "ive", "ance"
  };

  private final List<String> pseudoWords;
  private final List<String> names;

  private Vocabulary(List<String> pseudoWords, List<String> names) {
    this.pseudoWords = pseudoWords;
    this.names = names;
  }

  /** A vocabulary of {@code size} distinct pseudo-words, the same for the same seed. */
  static Vocabulary generate(Random random, int size) {
    Set<String> words = new LinkedHashSet<>();
    while (words.size() < size) {
      words.add(pseudoWord(random));
    }
    List<String> list = new ArrayList<>(words);
    Collections.shuffle(list, random);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < size / 10; i++) {
      names.add(capitalise(list.get(i)));
    }
    return new Vocabulary(List.copyOf(list), List.copyOf(names));
  }

  private static String pseudoWord(Random random) {
    StringBuilder word = new StringBuilder();
    int syllables = 1 + random.nextInt(3) + (random.nextInt(4) == 0 ? 1 : 0);
    for (int i = 0; i < syllables; i++) {
      word.append(pick(random, ONSETS)).append(pick(random, VOWELS));
      if (i == syllables - 1 || random.nextInt(3) == 0) {
        word.append(pick(random, CODAS));
      }
    }
    word.append(pick(random, SUFFIXES));
    return word.toString();
  }

  static String pick(Random random, String[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  static <T> T pick(Random random, List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  /** An index in [0, n) with a log-uniform distribution: low indexes are far more frequent. */
  static int skewed(Random random, int n) {
    int index = (int) Math.floor(Math.pow(n + 1.0, random.nextDouble())) - 1;
    return Math.min(Math.max(index, 0), n - 1);
  }

  static String capitalise(String word) {
    return word.isEmpty()
        ? word
        : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  /** A common noun: an English one or, one time in three, a pseudo-word. */
  String noun(Random random) {
    return random.nextInt(3) == 0 ? pseudo(random) : pick(random, NOUNS);
  }

  String adjective(Random random) {
    return random.nextInt(4) == 0 ? pseudo(random) + "ic" : pick(random, ADJECTIVES);
  }

  String verbPast(Random random) {
    return random.nextInt(5) == 0 ? pseudo(random) + "ed" : pick(random, VERBS_PAST);
  }

  String adverb(Random random) {
    return pick(random, ADVERBS);
  }

  String preposition(Random random) {
    return pick(random, PREPOSITIONS);
  }

  /** A pseudo-word, frequent ones more often. */
  String pseudo(Random random) {
    return pseudoWords.get(skewed(random, pseudoWords.size()));
  }

  /** A capitalised pseudo-word, for places, firms and people that appear in filler prose. */
  String name(Random random) {
    return names.get(skewed(random, names.size()));
  }
}
