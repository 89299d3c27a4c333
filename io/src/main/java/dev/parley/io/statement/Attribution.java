package dev.parley.io.statement;

import com.google.common.collect.ImmutableSet;
import dev.parley.io.article.Sentence;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who a sentence says is speaking: the subject of a reporting verb, the attribution of a quote,
 * "according to X", the owner of an act noun ("Moscow's response") or the sentence's subject.
 */
final class Attribution {
  /** How many words may stand between a speaker and its reporting verb. */
  private static final int GAP = 6;

  private static final WordSet ARTICLES = WordSet.of("the", "a", "an");

  private static final WordSet NEGATORS = WordSet.of("not", "never");

  /** Conjunctions that join two names into one phrase ("Russia and China"). */
  private static final WordSet COORDINATORS = WordSet.of("and", "or");

  /** Words that open a condition or an open question rather than a report of a fact. */
  private static final WordSet CONDITIONS =
      WordSet.copyOf(
          ImmutableSet.<String>builder()
              .addAll(English.CONDITIONAL_WORDS)
              .add("once", "until", "whether", "when", "before")
              .build());

  /**
   * Act verbs that describe rather than perform: whoever reports that a party "ignored" or
   * "dismissed" something is making the charge.
   */
  private static final WordSet CHARACTERISING =
      WordSet.of("ignore", "ignores", "ignored", "ignoring", "dismissed", "disregarded");

  /** A speaker found, the mention that named it (none for an unknown name) and the rule. */
  record Found(Speaker speaker, @Nullable Mention mention, String rule, Optional<String> cue) {}

  private Attribution() {}

  /** The attribution of the quotation in a sentence: a reporting verb outside the quote. */
  static Optional<Found> ofQuote(
      Tokens tokens, List<Mention> mentions, List<Cue> cues, boolean[] quoted, Sentence sentence) {
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.REPORTING
          && !isQuoted(quoted, sentence, cue.start())
          && !isAccordingTo(tokens, cue)) {
        Optional<Found> found = around(tokens, mentions, quoted, sentence, cue);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** The speaker of a reported (unquoted) act. */
  static Optional<Found> ofReport(
      Tokens tokens,
      List<Mention> mentions,
      List<Cue> cues,
      boolean[] quoted,
      Sentence sentence,
      Cue act) {
    Optional<Mention> agent = Nominals.byAgent(tokens, mentions, act);
    if (agent.isPresent()) {
      return Optional.of(
          new Found(agent.get().asSpeaker(), agent.get(), "by-agent", Optional.empty()));
    }
    // "after a deal was signed": the subject is what was acted on, and whoever reports it, the
    // agent is unsaid.
    if (Nominals.isPassive(tokens, act)) {
      return Optional.of(
          new Found(Speaker.unknown(""), null, "agentless-passive", Optional.empty()));
    }
    Optional<Found> according = accordingTo(tokens, mentions);
    if (according.isPresent()) {
      return according;
    }
    Cue before = reportingBefore(tokens, cues, quoted, sentence, act);
    Cue after = null;
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.REPORTING
          && !isQuoted(quoted, sentence, cue.start())
          && !isAccordingTo(tokens, cue)
          && cue.start() >= act.end()) {
        after = cue;
        break;
      }
    }
    if (before != null) {
      Optional<Found> found = around(tokens, mentions, quoted, sentence, before);
      if (found.isPresent()) {
        return found.map(f -> withRule(f, "reporting-subject"));
      }
    }
    if (after != null) {
      Optional<Found> found = subjectBefore(tokens, mentions, quoted, sentence, after, act.end());
      if (found.isPresent()) {
        return found.map(f -> withRule(f, "reporting-after"));
      }
    }
    Optional<Mention> experiencer = experiencerObject(tokens, mentions, act);
    if (experiencer.isPresent()) {
      Mention m = experiencer.get();
      return Optional.of(new Found(m.asSpeaker(), m, "experiencer-object", Optional.empty()));
    }
    Optional<Mention> owner = possessiveOwner(tokens, mentions, sentence, act);
    if (owner.isPresent()) {
      return Optional.of(
          new Found(owner.get().asSpeaker(), owner.get(), "possessive-agent", Optional.empty()));
    }
    for (Mention m : mentions) {
      if (m.start() >= act.start()) {
        break;
      }
      if (!isQuoted(quoted, sentence, m.start())
          && !afterPreposition(tokens, mentions, m)
          && !isPossessive(tokens, m)) {
        return Optional.of(new Found(m.asSpeaker(), m, "sentence-subject", Optional.empty()));
      }
    }
    return Optional.empty();
  }

  /**
   * The subject of the reported clause whose verb is the act: a party or actor named after the
   * reporting verb and standing right before the act verb, with at most auxiliaries and adverbs
   * between ("said Ford had accepted", "said Beijing had also rejected"). "it" stands for the
   * nearest party named before it after the reporting verb ("said Ford was spared because it had
   * accepted"). The act must read as a verb: an auxiliary between, or a past form; "the US demand"
   * is a noun phrase. Not in a condition ("if", "unless", "once", "whether"...) after the reporting
   * verb: a condition is no act.
   */
  static Optional<Mention> embeddedSubject(
      Tokens tokens, List<Mention> mentions, @Nullable Cue reporting, Cue act) {
    if (reporting == null) {
      return Optional.empty();
    }
    int verb = tokens.indexAt(act.start());
    int j = verb - 1;
    while (j >= 0 && isAuxiliaryOrAdverb(tokens.get(j))) {
      if (NEGATORS.contains(tokens.get(j))) {
        // "said Washington had not responded" is the reporter's complaint.
        return Optional.empty();
      }
      j--;
    }
    if (CHARACTERISING.contains(tokens.get(verb))) {
      // "said the US ignored the package": the reporter's charge, not the subject's act.
      return Optional.empty();
    }
    boolean pastForm = tokens.get(verb).lower().endsWith("ed");
    if (j < 0 || (j == verb - 1 && !pastForm) || tokens.get(j).start() < reporting.end()) {
      return Optional.empty();
    }
    Tokens.Token subject = tokens.get(j);
    for (int k = tokens.indexAt(reporting.end()); k < j; k++) {
      if (CONDITIONS.contains(tokens.get(k))) {
        // "said Aldmark would talk if Brenland accepted": a condition, not Brenland's act.
        return Optional.empty();
      }
    }
    if (subject.lower().equals("it")) {
      Mention nearest = null;
      for (Mention m : mentions) {
        if (m.start() >= reporting.end()
            && m.end() <= subject.start()
            && m.isEntity()
            && m.actor().isEmpty()
            && !isPossessive(tokens, m)
            && !afterPreposition(tokens, mentions, m)) {
          nearest = m;
        }
      }
      return Optional.ofNullable(nearest);
    }
    for (Mention m : mentions) {
      if (m.end() == subject.end()
          && m.start() >= reporting.end()
          && m.isEntity()
          && !isPossessive(tokens, m)
          && !afterPreposition(tokens, mentions, m)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The last reporting verb outside quotes before an act; null if none. */
  static @Nullable Cue reportingBefore(
      Tokens tokens, List<Cue> cues, boolean[] quoted, Sentence sentence, Cue act) {
    Cue before = null;
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.REPORTING
          && !isQuoted(quoted, sentence, cue.start())
          && !isAccordingTo(tokens, cue)
          && cue.end() <= act.start()) {
        before = cue;
      }
    }
    return before;
  }

  /** Whether a word may stand between a subject and its verb: an auxiliary or an -ly adverb. */
  static boolean isAuxiliaryOrAdverb(String word) {
    return English.AUXILIARIES.contains(word)
        || word.equals("been")
        || (word.length() > 4 && word.endsWith("ly"));
  }

  /** Whether a token may stand between a subject and its verb: an auxiliary or an -ly adverb. */
  static boolean isAuxiliaryOrAdverb(Tokens.Token token) {
    if (English.AUXILIARIES.contains(token)) {
      return true;
    }
    String word = token.lower();
    return word.equals("been") || (word.length() > 4 && word.endsWith("ly"));
  }

  /** The subject of a reporting verb outside quotes, for remembering who speaks. */
  static Optional<Speaker> subjectOf(
      Tokens tokens, List<Mention> mentions, Cue reporting, Sentence sentence) {
    boolean[] none = new boolean[sentence.end() - sentence.start()];
    return around(tokens, mentions, none, sentence, reporting)
        .filter(f -> f.mention() == null || !f.mention().anaphor())
        .map(Found::speaker);
  }

  private static Found withRule(Found found, String rule) {
    String kept = found.rule().equals("titled-source") ? rule + "+titled-source" : rule;
    return new Found(found.speaker(), found.mention(), kept, found.cue());
  }

  private static Optional<Found> around(
      Tokens tokens, List<Mention> mentions, boolean[] quoted, Sentence sentence, Cue reporting) {
    Optional<Found> before =
        subjectBefore(tokens, mentions, quoted, sentence, reporting, sentence.start());
    if (before.isPresent()) {
      return before;
    }
    return subjectAfter(tokens, mentions, quoted, sentence, reporting);
  }

  private static Optional<Found> subjectBefore(
      Tokens tokens,
      List<Mention> mentions,
      boolean[] quoted,
      Sentence sentence,
      Cue reporting,
      int from) {
    int rep = tokens.indexAt(reporting.start());
    Mention nearest = null;
    for (Mention m : mentions) {
      if (m.end() <= reporting.start()
          && m.start() >= from
          && !isQuoted(quoted, sentence, m.start())
          && (!afterPreposition(tokens, mentions, m) || CalqueSubjects.isSubject(tokens, m, rep))
          && !isPossessive(tokens, m)) {
        nearest = m;
      }
    }
    Optional<String> cue = Optional.of(reporting.label());
    Mention shared = sharedSubject(tokens, mentions, quoted, sentence, rep, from, nearest);
    if (shared != null) {
      // "Quill meets Varga and says ...": the verbs' subject, not the first verb's object.
      return Optional.of(new Found(shared.asSpeaker(), shared, "reporting-subject", cue));
    }
    Mention named = appositiveHead(tokens, mentions, rep, from);
    if (named != null
        && (nearest == null || nearest.start() >= named.end())
        && !isQuoted(quoted, sentence, named.start())) {
      // "Ivan Marquez, the rebels' chief negotiator, said": the name, not its description, speaks.
      return Optional.of(new Found(named.asSpeaker(), named, "reporting-subject", cue));
    }
    int nearestGap =
        nearest == null ? Integer.MAX_VALUE : rep - tokens.indexBefore(nearest.end()) - 1;
    if (rep > 0) {
      Tokens.Token previous = tokens.get(rep - 1);
      // "in an interview to RTVI said": a name governed by a preposition is not the subject.
      boolean governed =
          rep > 1
              && English.PREPOSITIONS.contains(tokens.get(rep - 2))
              && !tokens.get(rep - 2).lower().equals("by");
      if (isUnknownName(previous, mentions, rep - 1, tokens) && nearestGap > 0 && !governed) {
        return Optional.of(named(tokens, mentions, rep - 1, cue));
      }
    }
    if (nearest != null
        && nearestGap <= GAP
        && !quoteBetween(quoted, sentence, nearest.end(), reporting.start())) {
      return Optional.of(new Found(nearest.asSpeaker(), nearest, "reporting-subject", cue));
    }
    return Optional.empty();
  }

  /**
   * The subject a reporting verb shares with the verb before it ("Quill meets Varga and says ...",
   * "Velmar welcomed Tarsia's plan but said ..."): when "and" or "but" (perhaps with "then" or
   * adverbs after it) stands right before the reporting verb, the verb has no subject of its own,
   * and the name nearest before it is the first verb's object; the subject is the first name from
   * {@code from}, before the conjunction, that is not quoted, possessive or governed by a
   * preposition. Null when the conjunction is not there, or when that name is the nearest one.
   */
  private static @Nullable Mention sharedSubject(
      Tokens tokens,
      List<Mention> mentions,
      boolean[] quoted,
      Sentence sentence,
      int rep,
      int from,
      @Nullable Mention nearest) {
    if (nearest == null) {
      return null;
    }
    int k = rep - 1;
    while (k > 0
        && (isAuxiliaryOrAdverb(tokens.get(k).lower()) || tokens.get(k).lower().equals("then"))) {
      k--;
    }
    String joining = tokens.get(Math.max(k, 0)).lower();
    if (k < 1 || !(joining.equals("and") || joining.equals("but"))) {
      return null;
    }
    int conjunction = tokens.get(k).start();
    for (Mention m : mentions) {
      if (m.end() > conjunction) {
        return null;
      }
      if (m.start() >= from
          && !isQuoted(quoted, sentence, m.start())
          && !afterPreposition(tokens, mentions, m)
          && !isPossessive(tokens, m)) {
        return m == nearest ? null : m;
      }
    }
    return null;
  }

  /**
   * The named subject of a reporting verb set off from it by an appositive ("Ivan Marquez, the
   * rebels' chief negotiator, said", "SAG-AFTRA, the union of actors, said"): the verb right after
   * a comma (-ly adverbs aside), the comma that opens the appositive at most ten words before it
   * with no other punctuation between, and a known actor or party, not governed by a preposition
   * nor possessive, ending right before that comma. Null if the words before the verb are no such
   * phrase.
   */
  private static @Nullable Mention appositiveHead(
      Tokens tokens, List<Mention> mentions, int rep, int from) {
    int close = rep - 1;
    while (close >= 0 && isAuxiliaryOrAdverb(tokens.get(close))) {
      close--;
    }
    if (close < 1 || !tokens.get(close).text().equals(",")) {
      return null;
    }
    int open = close - 1;
    while (open >= 0
        && close - open <= 10
        && (tokens.get(open).isWord() || isApostropheOrHyphen(tokens.get(open).text()))) {
      open--;
    }
    if (open < 1 || open == close - 1 || !tokens.get(open).text().equals(",")) {
      return null;
    }
    int end = tokens.get(open - 1).end();
    for (Mention m : mentions) {
      if (m.end() == end
          && m.start() >= from
          && m.isEntity()
          && (m.actor().isPresent() || m.party().isPresent())
          && !afterPreposition(tokens, mentions, m)
          && !isPossessive(tokens, m)) {
        return m;
      }
    }
    return null;
  }

  private static boolean isApostropheOrHyphen(String text) {
    return text.equals("'") || text.equals("\u2019") || text.equals("-");
  }

  private static Optional<Found> subjectAfter(
      Tokens tokens, List<Mention> mentions, boolean[] quoted, Sentence sentence, Cue reporting) {
    int rep = tokens.indexBefore(reporting.end());
    Optional<String> cue = Optional.of(reporting.label());
    for (Mention m : mentions) {
      if (m.start() >= reporting.end() && !isQuoted(quoted, sentence, m.start())) {
        int gap = tokens.indexAt(m.start()) - rep - 1;
        if (gap <= 3) {
          return Optional.of(new Found(m.asSpeaker(), m, "inverted-attribution", cue));
        }
        break;
      }
    }
    if (rep + 1 < tokens.size() && isUnknownName(tokens.get(rep + 1), mentions, rep + 1, tokens)) {
      return Optional.of(
          new Found(Speaker.unknown(tokens.get(rep + 1).text()), null, "unknown-source", cue));
    }
    return Optional.empty();
  }

  /**
   * A person the lexicon does not know, named by the capitalised words ending at token {@code
   * last}: a speaker of the party its title names ("Russian Senator Alexei Pushkov", "the permanent
   * representative of Russia to the OSCE Alexander Lukashevich"), else a source of no party.
   */
  private static Found named(
      Tokens tokens, List<Mention> mentions, int last, Optional<String> cue) {
    int first = last;
    while (first > 0 && isUnknownName(tokens.get(first - 1), mentions, first - 1, tokens)) {
      first--;
    }
    String name = tokens.get(last).text();
    int nameStart = tokens.get(first).start();
    Mention role = null;
    for (Mention m : mentions) {
      if (m.end() <= nameStart
          && m.label().startsWith("role:")
          && tokens.indexAt(nameStart) - tokens.indexBefore(m.end()) <= 8) {
        role = m;
      }
    }
    if (role == null || !role.anaphor()) {
      return new Found(Speaker.unknown(name), null, "unknown-source", cue);
    }
    Optional<String> party = role.party();
    if (party.isEmpty()) {
      int roleEnd = tokens.indexAt(role.end());
      for (Mention m : mentions) {
        int at = tokens.indexAt(m.start());
        if (m.start() >= role.end()
            && m.end() <= nameStart
            && m.party().isPresent()
            && at > 0
            && at - 1 >= roleEnd
            && tokens.get(at - 1).lower().equals("of")) {
          party = m.party();
          break;
        }
      }
    }
    if (party.isEmpty()) {
      return new Found(Speaker.unknown(name), null, "unknown-source", cue);
    }
    return new Found(new Speaker(Optional.empty(), party, name, true), null, "titled-source", cue);
  }

  private static boolean isAccordingTo(Tokens tokens, Cue cue) {
    int at = tokens.indexAt(cue.start());
    return at < tokens.size() && tokens.get(at).lower().equals("according");
  }

  static Optional<Found> accordingTo(Tokens tokens, List<Mention> mentions) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).lower().equals("according") && tokens.get(i + 1).lower().equals("to")) {
        int next = i + 2;
        for (Mention m : mentions) {
          int at = tokens.indexAt(m.start());
          if (at >= next && at <= next + 2) {
            int after = tokens.indexAt(m.end());
            if (m.anaphor()
                && after < tokens.size()
                && isUnknownName(tokens.get(after), mentions, after, tokens)) {
              // "according to Senator Alexei Pushkov": a role before a name is a new person.
              int last = after;
              while (last + 1 < tokens.size()
                  && isUnknownName(tokens.get(last + 1), mentions, last + 1, tokens)) {
                last++;
              }
              return Optional.of(
                  withRule(named(tokens, mentions, last, Optional.empty()), "according-to"));
            }
            return Optional.of(new Found(m.asSpeaker(), m, "according-to", Optional.empty()));
          }
        }
        if (next < tokens.size() && isUnknownName(tokens.get(next), mentions, next, tokens)) {
          int last = next;
          while (last + 1 < tokens.size()
              && isUnknownName(tokens.get(last + 1), mentions, last + 1, tokens)) {
            last++;
          }
          return Optional.of(
              withRule(named(tokens, mentions, last, Optional.empty()), "according-to"));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The object of a verb whose object is the one who judges ("the answer did not suit Russia", "the
   * offer satisfies Moscow"): the mention right after the verb, an article aside.
   */
  private static Optional<Mention> experiencerObject(
      Tokens tokens, List<Mention> mentions, Cue act) {
    int at = tokens.indexAt(act.start());
    if (at != tokens.indexBefore(act.end())
        || !English.EXPERIENCER_OBJECT_VERBS.contains(tokens.get(at))) {
      return Optional.empty();
    }
    int next = at + 1;
    if (next < tokens.size() && ARTICLES.contains(tokens.get(next))) {
      next++;
    }
    if (next >= tokens.size()) {
      return Optional.empty();
    }
    int from = tokens.get(next).start();
    for (Mention m : mentions) {
      if (m.start() == from || (m.start() < from && from < m.end())) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private static Optional<Mention> possessiveOwner(
      Tokens tokens, List<Mention> mentions, Sentence sentence, Cue act) {
    int actAt = tokens.indexAt(act.start());
    for (Mention m : mentions) {
      if (m.anaphor() || m.end() > act.start()) {
        continue;
      }
      int t = tokens.indexAt(m.end() - 1);
      if (t < 0 || t >= tokens.size()) {
        continue;
      }
      if (isPossessive(tokens, m) && actAt - t <= 3 && actAt > t && ownsUpTo(tokens, t, actAt)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the words between a possessive and an act cue are modifiers of one noun phrase
   * ("Moscow's long-awaited response"), not a new clause ("Moscow's decision and urged").
   */
  private static boolean ownsUpTo(Tokens tokens, int possessive, int act) {
    for (int k = possessive + 1; k < act; k++) {
      Tokens.Token t = tokens.get(k);
      if ((!t.isWord() && !t.text().equals("-"))
          || English.CONJUNCTIONS.contains(t)
          || English.AUXILIARIES.contains(t)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a mention is a possessive ("Moscow's", "the allies'"), the owner of a noun. */
  private static boolean isPossessive(Tokens tokens, Mention m) {
    int t = tokens.indexAt(m.end() - 1);
    if (t < 0 || t >= tokens.size()) {
      return false;
    }
    String word = tokens.get(t).text();
    return word.endsWith("'s") || word.endsWith("\u2019s") || isApostropheAfter(tokens, t);
  }

  private static boolean isApostropheAfter(Tokens tokens, int t) {
    if (t + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(t + 1).text();
    return next.equals("'") || next.equals("\u2019");
  }

  /**
   * Whether a mention is governed by a preposition ("from the United States", "to Moscow"): a
   * source, a place or an addressee, not a subject. An article may stand between them; "by" marks
   * an agent and does not count. A name joined by "and" or "or" to a governed one is governed too.
   */
  private static boolean afterPreposition(Tokens tokens, List<Mention> mentions, Mention m) {
    int at = tokens.indexAt(m.start()) - 1;
    if (at > 0 && COORDINATORS.contains(tokens.get(at))) {
      // "at General Motors and Stellantis": the second conjunct shares the first's preposition.
      int before = tokens.get(at - 1).end();
      for (Mention other : mentions) {
        if (other.end() == before && other != m) {
          return afterPreposition(tokens, mentions, other);
        }
      }
    }
    if (at > 0 && ARTICLES.contains(tokens.get(at))) {
      at--;
    }
    return at >= 0
        && English.PREPOSITIONS.contains(tokens.get(at))
        && !tokens.get(at).lower().equals("by");
  }

  private static boolean isUnknownName(
      Tokens.Token token, List<Mention> mentions, int index, Tokens tokens) {
    if (!token.isWord() || !token.isCapitalised()) {
      return false;
    }
    if (English.NOT_NAMES.contains(token) || token.pronoun()) {
      return false;
    }
    for (Mention m : mentions) {
      if (m.start() < token.end() && token.start() < m.end()) {
        return false;
      }
    }
    return true;
  }

  private static boolean quoteBetween(boolean[] quoted, Sentence sentence, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isQuoted(quoted, sentence, i)) {
        return true;
      }
    }
    return false;
  }

  static boolean isQuoted(boolean[] quoted, Sentence sentence, int offset) {
    int i = offset - sentence.start();
    return i >= 0 && i < quoted.length && quoted[i];
  }
}
