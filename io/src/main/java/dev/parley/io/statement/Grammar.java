package dev.parley.io.statement;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Local, general English tests on the words around an act cue. */
final class Grammar {
  /** Phrases that open a purpose clause, split into words. */
  private static final ImmutableList<ImmutableList<String>> PURPOSE_PHRASES =
      ImmutableList.of(ImmutableList.of("in", "order", "to"), ImmutableList.of("so", "as", "to"));

  /** How many words before an act cue a negation or modality still governs it. */
  static final int SCOPE = 4;

  private Grammar() {}

  /**
   * Whether an act cue names the thing another phrase is about rather than an act of its own: "a
   * response to Washington's proposals", "in response", "rejecting some of Moscow's proposals".
   * "to" directly before a base verb is the infinitive ("refusing to withdraw", "ready to discuss")
   * and does not count.
   */
  static boolean isObjectOfPreposition(Tokens tokens, Cue act, String text) {
    int first = tokens.indexAt(act.start());
    String cueText = text.substring(act.start(), act.end());
    for (int j = first - 1; j >= Math.max(0, first - 3); j--) {
      Tokens.Token t = tokens.get(j);
      if (!t.isWord()) {
        return false;
      }
      // "failed to make serious offers": the noun is the object of the verb, not of the "to".
      if (English.MAKING_VERBS.contains(t) || Reception.VERBS.contains(t)) {
        return false;
      }
      if (English.PREPOSITIONS.contains(t) || English.TIME_PREPOSITIONS.contains(t)) {
        if (t.lower().equals("to") && j == first - 1) {
          return isPluralNoun(cueText)
              || (!cueText.trim().contains(" ") && isNounForm(Ascii.toLowerCase(cueText.trim())));
        }
        if (t.lower().equals("by") || t.lower().equals("in") && j < first - 1) {
          return false;
        }
        if (t.lower().equals("to") && j < first - 1 && isInfinitive(tokens, j, act)) {
          // "ready to begin the talks": the noun is the object of the verb after "to".
          return false;
        }
        // "on Monday rejected": a preposition with words between governs a noun, not a verb; a
        // preposition of time and a determiner make it a noun ("after a long meeting").
        if (j < first - 1
            && !isNounForm(tokens.get(first).lower())
            && !(English.TIME_PREPOSITIONS.contains(t)
                && English.DETERMINERS.contains(tokens.get(j + 1)))) {
          return false;
        }
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the "to" at token {@code to}, with words between it and an act noun, marks an
   * infinitive whose verb takes the noun as object: the word after "to" is followed by a determiner
   * ("to begin the talks", "to reject the proposal"; "to the talks" has the determiner right after
   * "to"), or, before a discussion, is a verb of holding an event ("to hold talks").
   */
  private static boolean isInfinitive(Tokens tokens, int to, Cue act) {
    String next = tokens.get(to + 1).lower();
    if (English.DETERMINERS.contains(tokens.get(to + 1))) {
      return false;
    }
    if (Act.DISCUSS.id().equals(act.entry())
        && English.HOLDING_VERBS.contains(tokens.get(to + 1))) {
      return true;
    }
    return to + 2 < tokens.indexAt(act.start()) && English.DETERMINERS.contains(tokens.get(to + 2));
  }

  /**
   * Whether an act cue is the object of the act cue just before it ("rejected the proposal",
   * "refused any talks", "rejected Russia's demand", "rejecting some of Moscow's key proposals"):
   * between them only determiners, possessives ("Russia's") and modifiers ("key", "written"), at
   * most four words.
   */
  static boolean isObjectOf(Tokens tokens, Cue previous, Cue act) {
    int last = tokens.indexBefore(previous.end());
    int first = tokens.indexAt(act.start());
    if (last < 0 || first - last - 1 > 4) {
      return false;
    }
    if (first > last + 1 && first < tokens.size() && isFiniteVerb(tokens.get(first).lower())) {
      // "the offer that Russia rejected", "the meeting that Russia must ...": a past form or a
      // modal after a name is that name's verb.
      return false;
    }
    boolean compound = nounAfterItsPhrase(tokens, last, first, act);
    for (int j = last + 1; j < first; j++) {
      String w = tokens.get(j).lower();
      boolean possessive = w.endsWith("'s") || w.endsWith("\u2019s");
      boolean someOf = w.equals("of") && j > last + 1;
      if (!English.DETERMINERS.contains(tokens.get(j))
          && !possessive
          && !someOf
          && !(j > last + 1 && (isModifier(tokens.get(j)) || compound && isNounAdjunct(w)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the act cue is one noun ("proposal", "demand") that ends a noun phrase opened by a
   * determiner or a possessive right after the verb before it: the words between may then be nouns
   * that name what the act is about ("rejected the salary cap proposal", "turned down the union's
   * pay rise demand").
   */
  private static boolean nounAfterItsPhrase(Tokens tokens, int last, int first, Cue act) {
    if (first <= last + 2 || tokens.indexBefore(act.end()) != first) {
      return false;
    }
    String opening = tokens.get(last + 1).lower();
    // "agreed that open consultations ...": "that" opens a clause as often as a noun phrase.
    return !opening.equals("that")
        && (English.DETERMINERS.contains(tokens.get(last + 1))
            || opening.endsWith("'s")
            || opening.endsWith("\u2019s"))
        && isNounForm(tokens.get(first).lower());
  }

  /** Words that end a noun phrase, which no noun adjunct may be: "the offer that", "and". */
  private static final WordSet NO_ADJUNCTS =
      WordSet.of("that", "which", "who", "and", "or", "but", "to", "not", "no", "as", "of");

  /**
   * Whether a word may be a noun that modifies the noun after it: "salary" in "salary cap"; not a
   * form in -ing ("the opening of talks", whose object follows it).
   */
  private static boolean isNounAdjunct(String w) {
    return !w.isEmpty()
        && Character.isLetter(w.charAt(0))
        && !isFiniteVerb(w)
        && !w.endsWith("ing")
        && !NO_ADJUNCTS.contains(w)
        && !English.PREPOSITIONS.contains(w);
  }

  /**
   * Whether a discuss cue is what the accept cue just before it agrees to ("agreed to keep
   * talking", "agreed to further talks", "accepted to continue the dialogue"): the act is then the
   * discussion, not an acceptance of what is discussed.
   */
  static boolean isAgreementToTalk(Tokens tokens, Cue previous, Cue act) {
    if (!Act.ACCEPT.id().equals(previous.entry()) || !Act.DISCUSS.id().equals(act.entry())) {
      return false;
    }
    int last = tokens.indexBefore(previous.end());
    int first = tokens.indexAt(act.start());
    if (first == last + 2 && tokens.get(last + 1).lower().equals("to")) {
      return true;
    }
    return isObjectOf(tokens, previous, act) || isTalkInInfinitive(tokens, last, first);
  }

  /** Words that join a second object or infinitive to the first: "agreed to X and to Y". */
  private static final WordSet COORDINATORS = WordSet.of("and", "or", "but");

  /** How far after the agreeing verb its infinitive may stand: past a phrase of time. */
  private static final int INFINITIVE_REACH = 10;

  /** How many words the infinitive may have before the talks: a verb and its modifiers. */
  private static final int INFINITIVE_WORDS = 3;

  /**
   * Whether the talks at {@code first} close an infinitive of the agreeing verb at {@code last},
   * after a phrase of time ("agreed on Friday after three weeks of contacts to begin formal
   * negotiations"): "to" and a few words, all within the clause.
   */
  private static boolean isTalkInInfinitive(Tokens tokens, int last, int first) {
    for (int j = last + 1; j < first && j <= last + INFINITIVE_REACH; j++) {
      Tokens.Token t = tokens.get(j);
      if (!t.isWord() || COORDINATORS.contains(t)) {
        // "agreed to a raise and to further talks": the talks are a second thing agreed, beside
        // the first, which keeps its acceptance.
        return false;
      }
      if (t.lower().equals("to") && first - j - 1 <= INFINITIVE_WORDS && first - j > 1) {
        for (int k = j + 1; k < first; k++) {
          if (!tokens.get(k).isWord()) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** Modal verbs, which open a verb phrase. */
  /** Forms of "be" and "get" that make the verb after them a passive: "were locked out". */
  static final WordSet PASSIVE_AUXILIARIES =
      WordSet.of("is", "are", "was", "were", "be", "been", "being", "get", "got", "gets");

  static final WordSet MODALS =
      WordSet.of("must", "should", "will", "would", "can", "could", "may", "might", "shall");

  private static boolean isFiniteVerb(String word) {
    return word.endsWith("ed") || MODALS.contains(word);
  }

  /** A word that can stand between a determiner and its noun: an adjective or a proper name. */
  private static boolean isModifier(Tokens.Token t) {
    return t.isWord()
        && (isAdjectiveLike(t.lower()) || t.isCapitalised() || English.MODIFIERS.contains(t));
  }

  /**
   * Whether an act cue right after a determiner names a thing talked about ("the answer", "a
   * separate proposal", "the talks") rather than an act, unless a reporting verb takes it as its
   * object ("emphasized the unacceptability").
   */
  /** The forms of "say", whose object is a clause. */
  private static final WordSet SAY = WordSet.of("say", "says", "said", "saying");

  static boolean isReferenceToAThing(Tokens tokens, List<Cue> cues, Cue act) {
    int first = tokens.indexAt(act.start());
    if (first == 0 || first >= tokens.size() || isClause(tokens, act)) {
      return false;
    }
    int det = first - 1;
    // A noun ("response", "proposals") may carry up to two modifiers after its determiner: "the
    // American response", "a concrete answer". A verb form ("proposed") never names a thing.
    int modifiers = 0;
    boolean noun = tokens.indexBefore(act.end()) == first && isNounForm(tokens.get(first).lower());
    while (det > 0
        && modifiers < 2
        && !English.DETERMINERS.contains(tokens.get(det))
        && (isAdjectiveLike(tokens.get(det).lower())
            || (noun && isModifier(tokens.get(det)) && !isVerbLike(tokens.get(det).lower())))) {
      det--;
      modifiers++;
    }
    if (!English.DETERMINERS.contains(tokens.get(det))) {
      return false;
    }
    int before = det - 1;
    if (OWNERS.contains(tokens.get(det))
        && (before < 0 || CLAUSE_OPENERS.contains(tokens.get(before)))) {
      // "His demand came a day after ...": a possessed act noun opening its clause is its owner's
      // act, the owner being whom the pronoun means.
      return false;
    }
    if (before < 0) {
      return true;
    }
    Tokens.Token verb = tokens.get(before);
    // "made a proposal", "received a reply from the EU": the act itself, not a thing named.
    if (English.MAKING_VERBS.contains(verb) || Reception.VERBS.contains(verb)) {
      return false;
    }
    // "repeated her warning", "renewed his demand that ...": the act made again.
    if (English.RESTATING_VERBS.contains(verb)) {
      return false;
    }
    // "held a phone call with", "ended a meeting": holding a talk is talking.
    if (Act.DISCUSS.id().equals(act.entry()) && English.HOLDING_VERBS.contains(verb)) {
      return false;
    }
    // "emphasized the unacceptability": a reporting verb may take the act as its object. "say"
    // takes a clause, never an act: in "said the counter-offer did not address ..." the noun
    // phrase is the subject of what is said. A cue of several words may be that clause itself
    // ("said the decision stands").
    if (SAY.contains(verb) && tokens.indexBefore(act.end()) == first) {
      return true;
    }
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.REPORTING
          && cue.start() <= verb.start()
          && verb.end() <= cue.end()) {
        return false;
      }
    }
    return true;
  }

  /** Verbs of staying, which with their subject make an idiom a clause: "the door stays open". */
  private static final WordSet STAYING =
      WordSet.of("stay", "stays", "stayed", "stand", "stands", "stood");

  /**
   * Whether an act cue of several words is a clause of its own, its first word the subject and a
   * later one a copula or a verb of staying ("door remains open", "door is open", "decision
   * stands"): the determiner before it is its subject's, and the cue is the act, not a thing named
   * ("The door stays open for talks").
   */
  static boolean isClause(Tokens tokens, Cue act) {
    int first = tokens.indexAt(act.start());
    int last = tokens.indexBefore(act.end());
    for (int j = first + 1; j <= last && j < tokens.size(); j++) {
      Tokens.Token token = tokens.get(j);
      if (COPULAS.contains(token) || STAYING.contains(token)) {
        return true;
      }
    }
    return false;
  }

  /** The last words of a cue that does not exclude something: "not rule out", "not excluding". */
  private static final WordSet EXCLUDING =
      WordSet.of("out", "exclude", "excluding", "excludes", "excluded");

  /**
   * Whether an act cue only admits a possibility its complement tells ("did not rule out that
   * Russia could deploy ...", "did not exclude the possibility that ..."): what is not ruled out is
   * the act, if any, not a readiness to talk. "did not rule out talks" stays a discussion.
   */
  static boolean admitsAPossibility(Tokens tokens, Cue act) {
    int last = tokens.indexBefore(act.end());
    int next = last + 1;
    if (last < 0 || next >= tokens.size() || !EXCLUDING.contains(tokens.get(last))) {
      return false;
    }
    String w = tokens.get(next).lower();
    return w.equals("that")
        || ((w.equals("the") || w.equals("a"))
            && next + 1 < tokens.size()
            && tokens.get(next + 1).lower().equals("possibility"));
  }

  /** Possessive pronouns of a person or a party: "his demand", "their refusal". */
  private static final WordSet OWNERS = WordSet.of("his", "her", "their");

  /** Words after which a new clause, and its subject, begins. */
  private static final WordSet CLAUSE_OPENERS =
      WordSet.of(",", ";", ":", "and", "but", "while", "as");

  /** Forms of "be" and "remain" whose complement describes their subject. */
  private static final WordSet COPULAS =
      WordSet.of(
          "is", "are", "was", "were", "be", "been", "being", "remain", "remains", "remained");

  /** How many words may stand between a copula and the act noun it takes as complement. */
  private static final int COPULA_REACH = 3;

  /**
   * Whether an act noun is the complement of a copula ("the topic of which was Russian proposals",
   * "these are not real proposals"): it says what something is, naming an act made earlier, not
   * making one. Not after an existential "there" ("there was no response" tells of a missing act),
   * nor after a verb of holding whose object it is ("have been holding separate talks").
   */
  static boolean isCopulaComplement(Tokens tokens, Cue act) {
    int first = tokens.indexAt(act.start());
    if (first >= tokens.size()
        || tokens.indexBefore(act.end()) != first
        || !isNounForm(tokens.get(first).lower())) {
      return false;
    }
    int holding = HeldTalks.verbOf(tokens, act);
    for (int j = first - 1; j >= Math.max(0, first - 1 - COPULA_REACH); j--) {
      Tokens.Token t = tokens.get(j);
      if (COPULAS.contains(t)) {
        return j == 0 || !tokens.get(j - 1).lower().equals("there");
      }
      if (j == holding) {
        // "have been holding separate talks": the talks are the holding verb's object.
        return false;
      }
      if (!t.isWord() || English.PREPOSITIONS.contains(t) || English.CONJUNCTIONS.contains(t)) {
        return false;
      }
    }
    return false;
  }

  /** Whether a word has the shape of a noun rather than a verb form. */
  static boolean isNounForm(String word) {
    if (word.endsWith("ed") || word.endsWith("ing")) {
      return false;
    }
    for (String suffix : English.NOUN_SUFFIXES) {
      if (word.endsWith(suffix)) {
        return true;
      }
    }
    return English.ACT_NOUNS.contains(word);
  }

  private static boolean isVerbLike(String word) {
    return word.endsWith("ed") || word.equals("will") || word.equals("would");
  }

  private static boolean isAdjectiveLike(String word) {
    return word.endsWith("al")
        || word.endsWith("ive")
        || word.endsWith("ous")
        || word.endsWith("ten")
        || word.endsWith("ed")
        || word.endsWith("ble");
  }

  private static boolean isPluralNoun(String word) {
    String w = word.trim();
    return w.endsWith("s") && !w.endsWith("ss") && !w.contains(" ");
  }

  /** The negation cue that governs an act cue: a few words before it, with no comma between. */
  static Optional<Cue> negationBefore(List<Cue> cues, Tokens tokens, Cue act) {
    return governing(cues, tokens, act, Cue.Kind.NEGATION);
  }

  /**
   * Whether a negated act is only still to come: "has not yet responded", "no answer yet". Such an
   * act takes no position, neither the act nor its opposite.
   */
  static boolean isNotYet(Tokens tokens, Cue negation, Cue act) {
    return isYet(tokens, tokens.indexAt(negation.end()))
        || isYet(tokens, tokens.indexAt(act.end()));
  }

  private static boolean isYet(Tokens tokens, int i) {
    return i < tokens.size() && tokens.get(i).lower().equals("yet");
  }

  /** The modality cue that governs an act cue. */
  static Optional<Cue> modalityBefore(List<Cue> cues, Tokens tokens, Cue act) {
    return governing(cues, tokens, act, Cue.Kind.MODALITY);
  }

  private static Optional<Cue> governing(List<Cue> cues, Tokens tokens, Cue act, Cue.Kind kind) {
    int first = tokens.indexAt(act.start());
    Optional<Cue> found = Optional.empty();
    for (Cue cue : cues) {
      if (cue.kind() != kind) {
        continue;
      }
      if (cue.start() >= act.start() && cue.end() <= act.end()) {
        // A negation inside an act phrase ("cannot agree") is part of the phrase's meaning.
        if (kind == Cue.Kind.MODALITY) {
          found = Optional.of(cue);
        }
        continue;
      }
      if (cue.end() > act.start()) {
        continue;
      }
      int last = tokens.indexBefore(cue.end());
      if (last < 0) {
        continue;
      }
      if (first - last > SCOPE) {
        // "no British minister could accept that": a negative subject governs its verb.
        if (kind == Cue.Kind.NEGATION && NegativeSubjects.governs(tokens, cues, last, first)) {
          found = Optional.of(cue);
        }
        continue;
      }
      boolean broken = false;
      for (int j = last + 1; j < first; j++) {
        if (!tokens.get(j).isWord() && !tokens.get(j).text().equals("-")) {
          broken = true;
        }
        if (kind == Cue.Kind.NEGATION && English.EAGERNESS_VERBS.contains(tokens.get(j))) {
          broken = true; // "can't wait to discuss" is eager to discuss
        }
      }
      if (!broken && !(kind == Cue.Kind.NEGATION && isNewVerbPhrase(tokens, cues, last, first))) {
        found = Optional.of(cue);
      }
    }
    return found;
  }

  /**
   * Whether the act cue at token {@code first} opens a verb phrase of its own after the negation
   * ending at token {@code last}: "but" between them ("did not reject but welcomed the plan"), or
   * "and" with a verb of its own between the negation and the "and" ("had not been concluded and
   * rejected any suggestion"). "did not sign or ratify" and "did not sign and ratify" share the
   * negation: there the verbs are coordinated under one auxiliary, and a verb that is itself an act
   * cue ("had not signed and ratified") is such a coordinated act.
   */
  static boolean isNewVerbPhrase(Tokens tokens, List<Cue> cues, int last, int first) {
    for (int j = last + 1; j < first; j++) {
      String w = tokens.get(j).lower();
      if (w.equals("but")) {
        return true;
      }
      if (w.equals("and")) {
        for (int k = last + 1; k < j; k++) {
          if (isParticiple(tokens.get(k).lower())
              && !Cue.anyHolds(cues, Cue.Kind.ACT, tokens.get(k))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether a word has the shape of a past form or participle: a verb of its own. */
  private static boolean isParticiple(String word) {
    return (word.endsWith("ed") && word.length() > 4 && !word.equals("indeed"))
        || PARTICIPLES.contains(word);
  }

  /** Irregular participles that tell an event of their own: "had not been made and ...". */
  private static final WordSet PARTICIPLES =
      WordSet.of(
          "made", "done", "held", "given", "taken", "reached", "struck", "found", "seen", "met",
          "begun", "won", "lost", "kept", "told", "known", "shown", "written", "sent", "brought");

  /** Whether the words after a rejection name a claim, which makes it a denial. */
  static boolean objectIsClaim(Tokens tokens, Cue act) {
    return objectIsOneOf(tokens, act, English.CLAIM_NOUNS)
        || objectIsAClaimThat(tokens, act)
        || objectIsBlame(tokens, act);
  }

  /** How many words after a rejection may name the blame it refuses. */
  private static final int BLAME_WORDS = 6;

  /**
   * Whether the object of a rejection names blame before any mark ("rejected any blame for the
   * collapse", "rejects attempts to shift the blame onto the crews"): refusing blame denies
   * responsibility, it refuses no proposal.
   */
  private static boolean objectIsBlame(Tokens tokens, Cue act) {
    int after = tokens.indexAt(act.end());
    for (int j = after; j < Math.min(tokens.size(), after + BLAME_WORDS); j++) {
      Tokens.Token token = tokens.get(j);
      if (!token.word()) {
        return false;
      }
      if (token.lower().equals("blame")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Nouns that name a claim when a that-clause follows them ("rejected any suggestion that a deal
   * was near", "dismissed the idea that talks had failed") and a proposal otherwise ("rejected the
   * suggestion to meet", "rejected the idea of a ceasefire").
   */
  private static final WordSet CLAIM_THAT_NOUNS =
      WordSet.of("suggestion", "suggestions", "idea", "notion", "assertion", "impression");

  /** Whether the words after a rejection are a noun of {@link #CLAIM_THAT_NOUNS} and "that". */
  private static boolean objectIsAClaimThat(Tokens tokens, Cue act) {
    int after = tokens.indexAt(act.end());
    for (int j = after; j < Math.min(tokens.size() - 1, after + 3); j++) {
      if (CLAIM_THAT_NOUNS.contains(tokens.get(j))) {
        return tokens.get(j + 1).lower().equals("that");
      }
    }
    return false;
  }

  /**
   * Whether an answer goes to the press rather than to the other side: "answering journalists'
   * questions", "responded to reporters".
   */
  static boolean answersThePress(Tokens tokens, Cue act) {
    return objectIsOneOf(tokens, act, English.PRESS_NOUNS);
  }

  /**
   * Whether a discussion is with the press rather than with the other side: "engage with the
   * press", "spoke with reporters". A question discussed ("discuss the question of ...") is no
   * press.
   */
  static boolean talksWithThePress(Tokens tokens, Cue act) {
    return objectIsOneOf(tokens, act, English.PRESS);
  }

  private static boolean objectIsOneOf(Tokens tokens, Cue act, WordSet nouns) {
    int after = tokens.indexAt(act.end());
    for (int j = after; j < Math.min(tokens.size(), after + 3); j++) {
      if (nouns.contains(tokens.get(j))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence states a condition ("if", "unless", "in the absence of"). */
  static boolean hasConditional(Tokens tokens, String text) {
    for (int i = 0; i < tokens.size(); i++) {
      if (conditionAt(tokens, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The stretches of a sentence that state a condition: from a conditional word or phrase to the
   * next comma or semicolon ("In the absence of a readiness to agree, ...", "If Russia refuses,
   * ..."). A condition with no comma after it is not delimited and gives no stretch.
   */
  static List<int[]> conditions(Tokens tokens) {
    List<int[]> spans = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (conditionAt(tokens, i)) {
        i = addDelimited(tokens, i, spans);
      }
    }
    return spans;
  }

  /**
   * The purpose clauses of a sentence, which say why rather than what: from "in order to" or "so as
   * to" to the next comma or semicolon ("In order to de-escalate, Kyiv must ...").
   */
  static List<int[]> purposes(Tokens tokens) {
    List<int[]> spans = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      for (int k = 0; k < PURPOSE_PHRASES.size(); k++) {
        if (phraseAt(tokens, i, PURPOSE_PHRASES.get(k))) {
          i = addDelimited(tokens, i, spans);
          break;
        }
      }
    }
    return spans;
  }

  /**
   * Adds the stretch from token {@code i} to the next comma or semicolon, if any, and gives the
   * index to go on from.
   */
  private static int addDelimited(Tokens tokens, int i, List<int[]> spans) {
    for (int j = i + 1; j < tokens.size(); j++) {
      String w = tokens.get(j).lower();
      if (w.equals(",") || w.equals(";")) {
        spans.add(new int[] {tokens.get(i).start(), tokens.get(j).start()});
        return j;
      }
    }
    return i;
  }

  /** Whether a cue lies wholly inside one of the stretches. */
  static boolean within(Cue cue, List<int[]> spans) {
    for (int[] span : spans) {
      if (cue.start() >= span[0] && cue.end() <= span[1]) {
        return true;
      }
    }
    return false;
  }

  private static boolean phraseAt(Tokens tokens, int i, List<String> words) {
    boolean all = i + words.size() <= tokens.size();
    for (int k = 0; all && k < words.size(); k++) {
      all = tokens.get(i + k).lower().equals(words.get(k));
    }
    return all;
  }

  private static boolean conditionAt(Tokens tokens, int i) {
    Tokens.Token token = tokens.get(i);
    if (English.CONDITIONAL_WORDS.contains(token)) {
      return true;
    }
    if (!English.CONDITIONAL_PHRASE_STARTS.contains(token)) {
      return false;
    }
    for (List<String> words : English.CONDITIONAL_PHRASE_WORDS.get(token.lower())) {
      if (phraseAt(tokens, i, words)) {
        return true;
      }
    }
    return false;
  }
}
