package dev.parley.io.statement;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stances taken by a verb toward a proposal, an agreement or an assurance, where the verb alone is
 * no act: "supports the Russian plan" accepts it, "resumed its part in the deal" accepts the deal,
 * "suspended its participation in the deal" rejects it, "reserved the right to withdraw from the
 * deal" threatens to, "gave Moscow written guarantees" offers them. The object noun is a thing the
 * stance is about, not an act of its own.
 */
final class Stances {
  /** What a verb does to what kind of object. */
  private enum Kind {
    /** Support of a proposal, an agreement or a decision: its acceptance. */
    SUPPORT(Act.ACCEPT, Nouns.APPRAISED),
    /** Praise of a proposal, an agreement, a decision or an item: its acceptance. */
    PRAISE(Act.ACCEPT, Nouns.APPRAISED),
    /**
     * Congratulating someone on an agreement ("congratulated both leaders on the accord"): its
     * acceptance.
     */
    CONGRATULATE(Act.ACCEPT, Nouns.APPRAISED),
    /**
     * Announcing or confirming an agreement ("announced the breakthrough", "confirmed the deal"):
     * its acceptance by those who announce it, when they are its sides.
     */
    ANNOUNCE(Act.ACCEPT, Nouns.SETTLED),
    /** Condemning or criticising a proposal, an agreement or a decision: its rejection. */
    CONDEMN(Act.REJECT, Nouns.APPRAISED),
    /** Joining, resuming, renewing or abiding by an agreement: its acceptance. */
    JOIN(Act.ACCEPT, Nouns.AGREEMENT),
    /** Suspending, leaving or scrapping an agreement: its rejection. */
    LEAVE(Act.REJECT, Nouns.AGREEMENT),
    /** Giving assurances: an offer. */
    GIVE(Act.PROPOSE, Nouns.ASSURANCE),
    /**
     * Receiving assurances: the sender's offer, its cue on the noun so that the sender is found as
     * for any act noun received ({@link Reception}).
     */
    RECEIVE(Act.PROPOSE, Nouns.ASSURANCE);

    final Act act;
    final Nouns nouns;

    Kind(Act act, Nouns nouns) {
      this.act = act;
      this.nouns = nouns;
    }
  }

  /** The nouns a kind of stance takes as its object. */
  private enum Nouns {
    PROPOSAL(
        "proposal",
        "proposals",
        "plan",
        "plans",
        "initiative",
        "initiatives",
        "offer",
        "offers",
        "idea",
        "ideas",
        "draft",
        "drafts",
        "framework",
        "deal",
        "agreement",
        "package",
        "roadmap",
        "road-map",
        "blueprint",
        "formula",
        "compromise",
        "counterproposal",
        "counter-proposal",
        "counteroffer",
        "counter-offer"),
    AGREEMENT(
        "agreement",
        "agreements",
        "deal",
        "accord",
        "accords",
        "treaty",
        "pact",
        "initiative",
        "arrangement",
        "framework",
        "ceasefire",
        "cease-fire",
        "truce",
        "convention"),
    ASSURANCE("guarantee", "guarantees", "assurance", "assurances"),
    /** An agreement reached, as announced or confirmed: "announced the breakthrough". */
    SETTLED(
        "agreement",
        "deal",
        "accord",
        "pact",
        "treaty",
        "truce",
        "ceasefire",
        "cease-fire",
        "settlement",
        "breakthrough",
        "compromise"),
    /**
     * What praise or condemnation takes as its object: a proposal, an agreement, a breakthrough or
     * a decision ("hailed the accord", "condemned the government's decision").
     */
    APPRAISED(
        PROPOSAL,
        AGREEMENT,
        "deals",
        "settlement",
        "breakthrough",
        "decision",
        "decisions",
        "intervention");

    final ImmutableSet<String> words;

    Nouns(String... words) {
      this.words = ImmutableSet.copyOf(words);
    }

    Nouns(Nouns first, Nouns second, String... more) {
      this.words =
          ImmutableSet.<String>builder().addAll(first.words).addAll(second.words).add(more).build();
    }
  }

  /** The object nouns and "right to", to look for in a sentence's text. */
  private static final FoldedWords OBJECT_WORDS = objectWords();

  /** A verb, the particle words it needs after it (none, or "out of"...), and its kind. */
  private record Verb(Kind kind, ImmutableList<String> particles) {}

  private static final ImmutableMap<String, ImmutableList<Verb>> VERBS = verbs();

  /** The verbs of four chars or more, to look for in a sentence's text. */
  private static final FoldedWords LONG_VERBS =
      new FoldedWords(
          VERBS.keySet().stream()
              .filter(w -> w.length() >= FoldedWords.KEY_CHARS)
              .collect(ImmutableList.toImmutableList()));

  /** The verbs shorter than four chars ("got"), which the text is searched for one by one. */
  private static final ImmutableList<String> SHORT_VERBS =
      VERBS.keySet().stream()
          .filter(w -> w.length() < FoldedWords.KEY_CHARS)
          .collect(ImmutableList.toImmutableList());

  /**
   * Nouns that stand between a verb and the agreement it acts on, with a preposition after them:
   * "suspended its participation in the deal", "resume its part in", "its obligations under".
   */
  private static final WordSet BRIDGES =
      WordSet.of(
          "participation",
          "part",
          "membership",
          "role",
          "involvement",
          "obligations",
          "commitments");

  private static final WordSet BRIDGE_PREPOSITIONS = WordSet.of("in", "of", "under", "to");

  /**
   * Prepositions after the one congratulated that lead to what they are congratulated on:
   * "congratulated both leaders on the accord", machine-translated "to a historic agreement".
   */
  private static final WordSet CONGRATULATION_PREPOSITIONS =
      WordSet.of("on", "upon", "over", "for", "to");

  /** Words that end the object: a new clause or a preposition not after a bridge noun. */
  private static final ImmutableSet<String> STOPS =
      ImmutableSet.of(
          ",", ";", ":", ".", "that", "which", "who", "but", "and", "or", "because", "if", "while",
          "to", "on", "for", "by", "from", "with", "in", "of", "under", "as", "at", "after",
          "before", "not", "no", "is", "are", "was", "were", "has", "have", "had", "will", "would");

  /** How many words the object may take after the verb and its particles. */
  private static final int REACH = 8;

  /** Words before a verb of leaving that make it a threat: "reserved the right to withdraw". */
  private static final WordSet THREAT_WORDS =
      WordSet.of("right", "threaten", "threatens", "threatened", "threatening");

  /** Words that make a proposal the speaker's own: "supports its own plan". */
  private static final ImmutableSet<String> OWN = ImmutableSet.of("own", "our", "my");

  /**
   * A stance: the act cue on its verb, where its object ends, and the party the object is said to
   * be of ("Moscow's initiative", "the Russian plan", "its own proposal": {@code own}).
   */
  record Stance(Cue verb, int objectEnd, Optional<String> owner, boolean own, boolean announced) {
    Stance(Cue verb, int objectEnd, Optional<String> owner, boolean own) {
      this(verb, objectEnd, owner, own, false);
    }

    /**
     * Whether this announces an agreement that the speaker is no side of ("Tarsia announced the
     * truce" where Tarsia mediates), which accepts nothing.
     */
    boolean isAnnouncedByABystander(Optional<String> speakerParty, Knowledge knowledge) {
      return announced && speakerParty.isPresent() && !knowledge.isSide(speakerParty.get());
    }

    /** Whether this supports a proposal of the speaker's own party, which accepts nothing. */
    boolean isOwnProposal(Optional<String> speakerParty) {
      return verb.entry().equals(Act.ACCEPT.id())
          && (own || (owner.isPresent() && owner.equals(speakerParty)));
    }
  }

  private Stances() {}

  /**
   * A cheap test before a sentence is tokenized: whether it may hold a stance, naming one of the
   * object nouns, a document, an item or a right to do something, and one of the verbs.
   */
  static boolean mayHold(Tokens tokens, List<Cue> cues) {
    return mayName(tokens, cues) && mayHoldVerb(tokens);
  }

  private static boolean mayName(Tokens tokens, List<Cue> cues) {
    if (tokens.mayHoldAny(OBJECT_WORDS)) {
      return true;
    }
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.DOCUMENT || cue.kind() == Cue.Kind.ITEM) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text may hold a verb of a stance: false tells that no token is one. */
  private static boolean mayHoldVerb(Tokens tokens) {
    if (tokens.mayHoldAny(LONG_VERBS)) {
      return true;
    }
    for (String verb : SHORT_VERBS) {
      if (tokens.mayHoldIgnoringCase(verb)) {
        return true;
      }
    }
    return false;
  }

  /** The stances of a sentence, each with an act cue on its verb. */
  static List<Stance> find(
      Tokens tokens, List<Mention> mentions, List<Cue> cues, Knowledge knowledge) {
    List<Stance> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      ImmutableList<Verb> verbs = VERBS.get(tokens.get(i).lower());
      if (verbs == null) {
        continue;
      }
      for (Verb verb : verbs) {
        Optional<Stance> stance = stance(tokens, mentions, cues, knowledge, i, verb);
        if (stance.isPresent()) {
          found.add(stance.get());
          break;
        }
      }
    }
    return found;
  }

  private static Optional<Stance> stance(
      Tokens tokens,
      List<Mention> mentions,
      List<Cue> cues,
      Knowledge knowledge,
      int at,
      Verb verb) {
    Tokens.Token v = tokens.get(at);
    if (at > 0 && tokens.get(at - 1).end() == v.start()) {
      // "a Western-backed plan": part of an adjective, not a verb.
      return Optional.empty();
    }
    if (at > 0 && v.isCapitalised() && tokens.get(at - 1).isCapitalised()) {
      // "the Rapid Support Forces have signed a truce": part of a name, not a verb.
      return Optional.empty();
    }
    if (verb.kind() == Kind.LEAVE && reservesTheRight(tokens, at)) {
      // "reserved the right to withdraw": what is left is the agreement in force, said or not.
      return Optional.of(
          new Stance(
              new Cue(Cue.Kind.ACT, Act.THREATEN.id(), v.start(), v.end()),
              v.end(),
              Optional.empty(),
              false));
    }
    int j = at + 1;
    for (String particle : verb.particles()) {
      if (j >= tokens.size() || !tokens.get(j).lower().equals(particle)) {
        return Optional.empty();
      }
      j++;
    }
    int words = 0;
    boolean bridged = false;
    boolean own = false;
    boolean congratulating = verb.kind() == Kind.CONGRATULATE;
    int from = j;
    for (int k = j; k < tokens.size() && words < REACH; k++) {
      String w = tokens.get(k).lower();
      words++;
      if (congratulating && !bridged) {
        // "congratulated both prime ministers on the agreement": past the one congratulated.
        if (k > j && CONGRATULATION_PREPOSITIONS.contains(tokens.get(k))) {
          bridged = true;
          from = k + 1;
          own = false;
          continue;
        }
      } else if (verb.kind().nouns.words.contains(w)
          || isDocument(cues, tokens.get(k), verb.kind())
          || isItem(cues, tokens.get(k), verb.kind())) {
        int objectStart = tokens.get(Math.min(from, k)).start();
        int objectEnd = tokens.get(k).end();
        Optional<String> owner = owner(mentions, cues, knowledge, objectStart, objectEnd);
        Kind kind = verb.kind();
        Act act = kind == Kind.LEAVE && isThreat(tokens, at) ? Act.THREATEN : kind.act;
        Tokens.Token on = kind == Kind.RECEIVE ? tokens.get(k) : v;
        return Optional.of(
            new Stance(
                new Cue(Cue.Kind.ACT, act.id(), on.start(), on.end()),
                objectEnd,
                owner,
                own,
                kind == Kind.ANNOUNCE));
      }
      if (BRIDGES.contains(tokens.get(k))
          && verb.kind().nouns == Nouns.AGREEMENT
          && !bridged
          && k + 1 < tokens.size()
          && BRIDGE_PREPOSITIONS.contains(tokens.get(k + 1))) {
        bridged = true;
        k++;
        continue;
      }
      if (isInsideAWord(tokens, k)) {
        // "the U.N.-brokered deal"
        words--;
        continue;
      }
      if (STOPS.contains(w) || !tokens.get(k).isWord()) {
        return Optional.empty();
      }
      own |= OWN.contains(w);
    }
    return Optional.empty();
  }

  /**
   * Whether a token is a dot or hyphen inside a word ("U.N.-brokered"), touching both sides, or the
   * dot that ends an abbreviation of single letters ("the U.S. proposal").
   */
  private static boolean isInsideAWord(Tokens tokens, int k) {
    if (k == 0 || k + 1 >= tokens.size()) {
      return false;
    }
    String w = tokens.get(k).lower();
    boolean attached = tokens.get(k - 1).end() == tokens.get(k).start();
    if (!attached || !(w.equals(".") || w.equals("-"))) {
      return false;
    }
    return tokens.get(k + 1).start() == tokens.get(k).end()
        || (w.equals(".") && tokens.get(k - 1).text().length() == 1);
  }

  /** Whether a token lies in a case-lexicon document that can be the object of this kind. */
  private static boolean isDocument(List<Cue> cues, Tokens.Token token, Kind kind) {
    if (kind.nouns == Nouns.ASSURANCE) {
      return false;
    }
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.DOCUMENT
          && cue.start() <= token.start()
          && token.end() == cue.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a token ends an item of the case that a verb of support or criticism can take as its
   * object: "backs the wage increase", "slammed the staffing ratios".
   */
  private static boolean isItem(List<Cue> cues, Tokens.Token token, Kind kind) {
    if (kind != Kind.PRAISE) {
      return false;
    }
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.ITEM && cue.start() <= token.start() && token.end() == cue.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The party the object is said to be of: a party or actor named in it ("Moscow's initiative",
   * "the Russian plan"), else the author of a document named there.
   */
  private static Optional<String> owner(
      List<Mention> mentions, List<Cue> cues, Knowledge knowledge, int start, int end) {
    for (Mention m : mentions) {
      if (m.start() >= start && m.end() <= end && m.isEntity() && m.party().isPresent()) {
        return m.party();
      }
    }
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.DOCUMENT && cue.start() >= start && cue.end() <= end) {
        Optional<String> author = knowledge.authorOfDocument(cue.entry());
        if (author.isPresent()) {
          return author;
        }
      }
    }
    return Optional.empty();
  }

  /** Whether a verb of leaving is what one threatens or keeps the right to do: "right to quit". */
  private static boolean isThreat(Tokens tokens, int verb) {
    return verb >= 2
        && tokens.get(verb - 1).lower().equals("to")
        && THREAT_WORDS.contains(tokens.get(verb - 2));
  }

  /** Whether a verb is what its subject keeps the right to do: "reserved the right to quit". */
  private static boolean reservesTheRight(Tokens tokens, int verb) {
    if (verb < 3
        || !tokens.get(verb - 1).lower().equals("to")
        || !tokens.get(verb - 2).lower().equals("right")) {
      return false;
    }
    int before = verb - 3;
    if (tokens.get(before).lower().equals("the") && before > 0) {
      before--;
    }
    return RESERVING.contains(tokens.get(before));
  }

  private static final WordSet RESERVING =
      WordSet.of("reserve", "reserves", "reserved", "reserving", "retain", "retains", "retained");

  private static FoldedWords objectWords() {
    List<String> words = new ArrayList<>();
    words.add("right to");
    for (Nouns nouns : Nouns.values()) {
      words.addAll(nouns.words);
    }
    return new FoldedWords(words);
  }

  private static ImmutableMap<String, ImmutableList<Verb>> verbs() {
    java.util.Map<String, List<Verb>> map = new java.util.LinkedHashMap<>();
    add(map, Kind.SUPPORT, "", "support", "supports", "supported", "supporting");
    add(map, Kind.SUPPORT, "", "back", "backs", "backed", "backing");
    add(map, Kind.SUPPORT, "", "endorse", "endorses", "endorsed", "endorsing");
    add(map, Kind.SUPPORT, "", "welcome", "welcomes", "welcomed", "welcoming");
    add(map, Kind.SUPPORT, "", "embrace", "embraces", "embraced", "embracing");
    add(map, Kind.SUPPORT, "", "favour", "favours", "favoured", "favor", "favors", "favored");
    add(map, Kind.PRAISE, "", "praise", "praises", "praised", "praising", "hail", "hails");
    add(map, Kind.PRAISE, "", "hailed", "hailing", "applaud", "applauds", "applauded");
    add(map, Kind.PRAISE, "", "commend", "commends", "commended", "laud", "lauds", "lauded");
    add(map, Kind.CONGRATULATE, "", "congratulate", "congratulates", "congratulated");
    add(map, Kind.CONGRATULATE, "", "congratulating");
    add(map, Kind.ANNOUNCE, "", "announce", "announces", "announced", "announcing");
    add(map, Kind.ANNOUNCE, "", "confirm", "confirms", "confirmed", "confirming");
    add(map, Kind.CONDEMN, "", "condemn", "condemns", "condemned", "condemning", "slam", "slams");
    add(map, Kind.CONDEMN, "", "slammed", "slamming", "denounce", "denounces", "denounced");
    add(map, Kind.CONDEMN, "", "criticise", "criticises", "criticised", "criticize", "criticizes");
    add(map, Kind.CONDEMN, "", "criticized", "blasted", "decried", "decries", "lambasted");
    add(map, Kind.CONDEMN, "", "deplore", "deplores", "deplored", "assailed");
    add(map, Kind.JOIN, "", "join", "joins", "joined", "joining", "rejoin", "rejoins", "rejoined");
    add(map, Kind.JOIN, "", "resume", "resumes", "resumed", "resuming");
    add(map, Kind.JOIN, "", "renew", "renews", "renewed", "renewing");
    add(map, Kind.JOIN, "", "extend", "extends", "extended", "extending");
    add(map, Kind.JOIN, "", "restore", "restores", "restored", "restoring");
    add(map, Kind.JOIN, "", "re-enter", "re-entered", "re-join", "re-joined");
    add(map, Kind.JOIN, "to", "return", "returns", "returned", "returning");
    add(map, Kind.JOIN, "by", "abide", "abides", "abided", "abiding");
    add(map, Kind.JOIN, "with", "comply", "complies", "complied", "complying");
    add(map, Kind.JOIN, "", "honour", "honours", "honoured", "honor", "honors", "honored");
    add(map, Kind.JOIN, "", "implement", "implements", "implemented", "implementing");
    add(map, Kind.LEAVE, "", "suspend", "suspends", "suspended", "suspending");
    add(map, Kind.LEAVE, "", "quit", "quits", "quitting", "exit", "exits", "exited", "exiting");
    add(map, Kind.LEAVE, "", "leave", "leaves", "left", "leaving");
    add(map, Kind.LEAVE, "", "abandon", "abandons", "abandoned", "abandoning");
    add(map, Kind.LEAVE, "", "terminate", "terminates", "terminated", "terminating");
    add(map, Kind.LEAVE, "", "scrap", "scraps", "scrapped", "scrapping", "ditch", "ditched");
    add(map, Kind.LEAVE, "", "renounce", "renounces", "renounced", "renouncing");
    add(map, Kind.LEAVE, "from", "withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing");
    add(map, Kind.LEAVE, "out of", "pull", "pulls", "pulled", "pulling");
    add(map, Kind.LEAVE, "out of", "back", "backs", "backed", "backing");
    add(map, Kind.LEAVE, "away from", "walk", "walks", "walked", "walking");
    add(map, Kind.LEAVE, "up", "tear", "tears", "tore", "torn", "tearing");
    add(map, Kind.LEAVE, "on", "renege", "reneges", "reneged", "reneging");
    add(map, Kind.GIVE, "", "give", "gives", "gave", "given", "giving");
    add(map, Kind.GIVE, "", "provide", "provides", "provided", "providing");
    add(map, Kind.GIVE, "", "offer", "offers", "offered", "offering");
    add(map, Kind.RECEIVE, "", "receive", "receives", "received", "receiving", "got", "obtained");
    ImmutableMap.Builder<String, ImmutableList<Verb>> verbs = ImmutableMap.builder();
    // A verb with particles ("backed out of") is tried before the same verb without them.
    map.forEach(
        (word, list) ->
            verbs.put(
                word,
                list.stream()
                    .sorted((a, b) -> b.particles().size() - a.particles().size())
                    .collect(ImmutableList.toImmutableList())));
    return verbs.buildOrThrow();
  }

  private static void add(
      java.util.Map<String, List<Verb>> map, Kind kind, String particles, String... words) {
    ImmutableList<String> split =
        particles.isEmpty() ? ImmutableList.of() : ImmutableList.copyOf(particles.split(" "));
    for (String word : words) {
      map.computeIfAbsent(word, w -> new ArrayList<>()).add(new Verb(kind, split));
    }
  }
}
