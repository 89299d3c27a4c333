package dev.parley.io.statement;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableSet;
import dev.parley.io.article.Article;
import dev.parley.io.article.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The turns of a transcript (a press conference, an interview) and who speaks in each: its label
 * ("MR. PRICE:", "QUESTION (AP):") is set aside as no text to read, its "I" and "we" are the
 * labelled speaker, and a question or a moderator's turn makes no statement of its own.
 *
 * <p>An article is a transcript when at least two of its paragraphs open with a label ({@link
 * TurnLabels}) and either one label is a question or moderator role or one label opens two
 * paragraphs or more: a lone "WASHINGTON:" or two headings such as "Velmar:" and "Tarsia:" are no
 * turns. A turn goes on over the paragraphs after it that open with no label of their own. An
 * answer's label that names no one ("A.", "ANSWER:") is the turn of the one person the transcript
 * names as answering, if it names exactly one ({@link Answerers}).
 */
final class Turns {
  /**
   * Who speaks in a turn: a known actor or party, or someone the record cannot name (a journalist,
   * a moderator, a name the lexicon does not know); {@code asks} for a question or a moderator's
   * turn; {@code cue} the label of the lexicon entry that named the speaker.
   */
  record Turn(Speaker speaker, boolean asks, String cue) {}

  /** First words of a label that name the one who asks or chairs, not one who answers. */
  private static final ImmutableSet<String> ASKING =
      ImmutableSet.of(
          "q",
          "question",
          "questions",
          "questioner",
          "moderator",
          "journalist",
          "reporter",
          "interviewer",
          "correspondent",
          "host",
          "anchor",
          "presenter",
          "audience",
          "participant",
          "chair",
          "chairman",
          "chairperson",
          "facilitator");

  /**
   * The words of the first person that stand for the one who speaks, with their contractions, which
   * the tokenizer keeps as one word ("We've said no", "I'm not signing").
   */
  private static final WordSet FIRST_PERSON =
      WordSet.of(
          "i",
          "we",
          "we've",
          "we're",
          "we'll",
          "we'd",
          "i've",
          "i'm",
          "i'll",
          "i'd",
          "we\u2019ve",
          "we\u2019re",
          "we\u2019ll",
          "we\u2019d",
          "i\u2019ve",
          "i\u2019m",
          "i\u2019ll",
          "i\u2019d");

  private static final Turns NONE = new Turns(Map.of(), Map.of(), null, false);

  /** The label of each paragraph that opens with one, by paragraph index. */
  private final Map<Integer, TurnLabels.Label> labels;

  /** The turn each paragraph belongs to, by paragraph index; none before the first label. */
  private final Map<Integer, Turn> turns;

  /**
   * The author of a text in the first person that is no transcript ({@link Authors}): the one "I"
   * and "we" outside quotes stand for; null when the case knows none.
   */
  private final @Nullable Turn author;

  /** Whether the article is a transcript, not a text with a few quotes under a name's label. */
  private final boolean transcript;

  private Turns(
      Map<Integer, TurnLabels.Label> labels,
      Map<Integer, Turn> turns,
      @Nullable Turn author,
      boolean transcript) {
    this.labels = labels;
    this.turns = turns;
    this.author = author;
    this.transcript = transcript;
  }

  /** The turns of an article; none when it is no transcript. */
  static Turns of(Article article, Knowledge knowledge) {
    String text = article.text();
    Map<Integer, TurnLabels.Label> labels = new HashMap<>();
    Map<Integer, TurnLabels.Label> alone = new HashMap<>();
    int paragraph = -1;
    boolean question = false; // whether the last label was a question's
    List<Sentence> sentences = article.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.paragraph() == paragraph) {
        continue;
      }
      paragraph = s.paragraph();
      TurnLabels.Label label = TurnLabels.at(text, s.start(), s.end());
      if (label != null && TurnLabels.isBareAnswer(text, label) && !question) {
        label = null; // "A. Roe said ...": an initial, unless it answers a question
      }
      if (label != null) {
        labels.put(paragraph, label);
        question = ASKING.contains(firstWord(Ascii.toLowerCase(head(text, label))));
      } else if (i + 1 < sentences.size() && sentences.get(i + 1).paragraph() != paragraph) {
        TurnLabels.Label bare = TurnLabels.alone(text, s.start(), s.end());
        if (bare != null) {
          alone.put(paragraph, bare); // "Jane Roe (Harbourside) (Lab)" over her words
        }
      }
    }
    boolean record = RecordLabels.add(text, alone, labels, knowledge);
    if (labels.size() < 2 || !(record || looksLikeATranscript(text, labels.values()))) {
      // A column or a letter: its author, when the case knows them, is its "I" and "we".
      Turn author =
          Authors.of(article, knowledge).map(a -> new Turn(a, false, "author")).orElse(null);
      Map<Integer, TurnLabels.Label> quoting = new HashMap<>();
      Map<Integer, Turn> quoted = new HashMap<>();
      QuoteLabels.add(text, labels, knowledge, quoting, quoted);
      return author == null && quoting.isEmpty() ? NONE : new Turns(quoting, quoted, author, false);
    }
    Map<Integer, Turn> turns = new HashMap<>();
    Map<String, Turn> byHead = RecordLabels.namedByHead(text, labels, knowledge);
    Turn current = null;
    Optional<Turn> answerer = Optional.empty();
    boolean answererSought = false; // the answerer is looked for at the first answer's label
    paragraph = -1;
    for (Sentence s : article.sentences()) {
      int p = s.paragraph();
      if (p == paragraph) {
        continue;
      }
      paragraph = p;
      TurnLabels.Label label = labels.get(p);
      if (label != null) {
        current = turnOf(text, label, knowledge);
        if (!current.speaker().known() && !label.hasBracket()) {
          // "The Prime Minister" again: the one its first label named in brackets
          current = byHead.getOrDefault(Ascii.toLowerCase(head(text, label)), current);
        }
        if (!current.speaker().known() && Answerers.isAnswer(head(text, label))) {
          if (!answererSought) {
            answerer = Answerers.of(article, labels, knowledge);
            answererSought = true;
          }
          current = answerer.orElse(current);
        }
      }
      if (current != null) {
        turns.put(p, current);
      }
    }
    return new Turns(labels, turns, null, true);
  }

  /** Whether a label's head names one who asks or chairs ("QUESTION", "MODERATOR OANA ROE"). */
  static boolean asksByHead(String head) {
    return ASKING.contains(firstWord(Ascii.toLowerCase(head)));
  }

  /** Whether one label is a question or moderator role, or one name opens two turns or more. */
  private static boolean looksLikeATranscript(
      String text, java.util.Collection<TurnLabels.Label> labels) {
    Set<String> heads = new HashSet<>();
    for (TurnLabels.Label label : labels) {
      String head = Ascii.toLowerCase(text.substring(label.headStart(), label.headEnd()));
      if (ASKING.contains(firstWord(head)) || !heads.add(head)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Who speaks after a label: one who asks or chairs when its first word says so ("QUESTION",
   * "MODERATOR OANA ROE"); else the actor, or failing one the party, the lexicon finds in its name
   * ("SECRETARY GENERAL JANE ROE", "RUSSIAN FOREIGN MINISTER"), then in its brackets ("Mr. Roe
   * (Velmar)"); else a journalist when the brackets name an outlet ("Jane Roe (Reuters)"); else
   * someone the record cannot name.
   */
  static Turn turnOf(String text, TurnLabels.Label label, Knowledge knowledge) {
    String head = text.substring(label.headStart(), label.headEnd());
    if (ASKING.contains(firstWord(Ascii.toLowerCase(head)))) {
      return new Turn(Speaker.unknown(head), true, "turn");
    }
    Optional<Turn> named =
        namedIn(text, label.headStart(), label.headEnd(), head, false, knowledge);
    if (!label.colon() || label.constituency()) {
      // A parliamentary record's label: a title with the name in brackets, a Member with a
      // constituency and a party; never an outlet's journalist.
      return RecordLabels.turnOf(text, label, head, named, knowledge);
    }
    if (named.isEmpty() && label.hasBracket()) {
      named = namedIn(text, label.bracketStart(), label.bracketEnd(), head, true, knowledge);
      if (named.isEmpty()) {
        return new Turn(Speaker.unknown(head), true, "turn");
      }
    }
    return named.orElse(new Turn(Speaker.unknown(head), false, "turn"));
  }

  /**
   * The actor, else the first party, that the lexicon finds between {@code start} and {@code end};
   * when {@code whole}, only one that is all of it ("(Velmar)" names a party, "(Velmari Radio)" an
   * outlet).
   */
  static Optional<Turn> namedIn(
      String text, int start, int end, String head, boolean whole, Knowledge knowledge) {
    Cue party = null;
    for (Cue cue : knowledge.cues(text, start, end)) {
      if (whole
          && !text.substring(start, end).strip().equals(text.substring(cue.start(), cue.end()))) {
        continue;
      }
      if (cue.kind() == Cue.Kind.ACTOR) {
        Speaker speaker =
            new Speaker(Optional.of(cue.entry()), knowledge.partyOfActor(cue.entry()), head, true);
        return Optional.of(new Turn(speaker, false, cue.label()));
      }
      if (cue.kind() == Cue.Kind.PARTY && (party == null || cue.start() < party.start())) {
        party = cue;
      }
    }
    if (party == null) {
      return Optional.empty();
    }
    Speaker speaker = new Speaker(Optional.empty(), Optional.of(party.entry()), head, true);
    return Optional.of(new Turn(speaker, false, party.label()));
  }

  static String head(String text, TurnLabels.Label label) {
    return text.substring(label.headStart(), label.headEnd());
  }

  private static String firstWord(String head) {
    int space = head.indexOf(' ');
    String word = space < 0 ? head : head.substring(0, space);
    return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
  }

  /**
   * The sentence without the turn label that opens it, if any: "MR. PRICE: We rejected the offer."
   * is read from "We".
   */
  Sentence unlabelled(Sentence sentence) {
    TurnLabels.Label label = labels.get(sentence.paragraph());
    if (label == null || label.start() != sentence.start() || label.alone(sentence.end())) {
      return sentence; // a label alone in its paragraph is read as it stands: it tells no act
    }
    int from = label.bodyStart();
    return Sentence.builder()
        .from(sentence)
        .start(from)
        .text(sentence.text().substring(from - sentence.start()))
        .build();
  }

  /**
   * Who speaks in the paragraph when nothing in it has named anyone yet: the turn's speaker, or
   * null outside a transcript's turns.
   */
  @Nullable Speaker speakerOf(int paragraph) {
    Turn turn = turns.get(paragraph);
    return turn == null ? null : turn.speaker();
  }

  /** Whether the paragraph is one of a transcript's turns. */
  boolean inTurn(int paragraph) {
    return transcript && turns.containsKey(paragraph);
  }

  /** Whether the paragraph comes before a transcript's first turn: its lead. */
  boolean beforeTurns(int paragraph) {
    if (!transcript || labels.isEmpty()) {
      return false;
    }
    for (int labelled : labels.keySet()) {
      if (labelled <= paragraph) {
        return false;
      }
    }
    return true;
  }

  /** Whether the sentence is a question asked in a question turn: it makes no statement. */
  boolean asks(Sentence sentence) {
    Turn turn = turns.get(sentence.paragraph());
    return turn != null && turn.asks() && isQuestion(sentence.text());
  }

  private static boolean isQuestion(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '?') {
        return true;
      }
      if (!Character.isWhitespace(c) && "\"'\u201d\u2019)]".indexOf(c) < 0) {
        return false;
      }
    }
    return false;
  }

  /**
   * The mentions of a sentence with the turn's speaker (else the author's) added for each "I" and
   * "we" outside quotes: in "MR. ROE: We reject the truce" the labelled speaker rejects it. An "I"
   * right after a capitalised word inside the sentence is a numeral ("Phase I"); in a question turn
   * the first person is the journalist, a speaker the record cannot name.
   */
  List<Mention> withFirstPerson(
      Sentence sentence, Tokens tokens, boolean[] quoted, List<Mention> mentions) {
    Turn turn = turns.get(sentence.paragraph());
    if (turn == null) {
      turn = author;
    }
    if (turn == null) {
      return mentions;
    }
    List<Mention> all = null;
    for (int i = 0; i < tokens.size(); i++) {
      Tokens.Token t = tokens.get(i);
      int rel = t.start() - sentence.start();
      if (!FIRST_PERSON.contains(t)
          || (rel >= 0 && rel < quoted.length && quoted[rel])
          || isNumeral(tokens, i)
          || covered(mentions, t.start())) {
        continue;
      }
      if (all == null) {
        all = new ArrayList<>(mentions);
      }
      Speaker who = turn.speaker();
      all.add(
          new Mention(t.start(), t.end(), who.actor(), who.party(), false, t.text(), turn.cue()));
    }
    if (all == null) {
      return mentions;
    }
    all.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return all;
  }

  private static boolean isNumeral(Tokens tokens, int i) {
    return i > 1
        && tokens.get(i).text().equals("I")
        && tokens.get(i - 1).isWord()
        && tokens.get(i - 1).isCapitalised();
  }

  private static boolean covered(List<Mention> mentions, int offset) {
    for (Mention m : mentions) {
      if (m.start() <= offset && offset < m.end()) {
        return true;
      }
    }
    return false;
  }
}
