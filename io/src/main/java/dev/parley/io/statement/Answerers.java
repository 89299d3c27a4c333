package dev.parley.io.statement;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableSet;
import dev.parley.io.article.Article;
import dev.parley.io.article.Sentence;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who answers in a transcript whose answers are labelled without a name ("A.", "ANSWER:"): the one
 * person the transcript names as answering. A headline or a lead that tells of an interview, a
 * press conference, a briefing or answers to questions ("Interview of the Foreign Minister with
 * Radio Coast", "Ilona Varga answered questions from reporters") names the one who answers, and so
 * does the first question that addresses someone ("Q. Minister Varga, will you sign?"). When the
 * transcript names exactly one actor so, the answers are that actor's; when it names none or more
 * than one, they stay someone the record cannot name.
 */
final class Answerers {
  /** Heads of a label that answer and name no one: "A.", "ANSWER:", "RESPONSE:". */
  private static final ImmutableSet<String> ANSWERS =
      ImmutableSet.of("a", "answer", "answers", "response", "reply");

  /** Words of a headline or a lead that tell of a transcript of questions and answers. */
  private static final WordSet TRANSCRIPT_WORDS =
      WordSet.of(
          "interview",
          "interviewed",
          "conference",
          "briefing",
          "answer",
          "answers",
          "answered",
          "answering",
          "questions",
          "remarks",
          "transcript");

  /** How far into the first question the comma after the one it addresses may stand. */
  private static final int MAX_ADDRESS_CHARS = 60;

  private Answerers() {}

  /** Whether a label's head ("A", "ANSWER") is an answer's that names no one. */
  static boolean isAnswer(String head) {
    return ANSWERS.contains(Ascii.toLowerCase(head.strip()));
  }

  /**
   * The turn of the one actor the article's headline, its lead (the paragraphs before the first
   * label) or its first question names as answering, or empty when it names none or several.
   */
  static Optional<Turns.Turn> of(
      Article article, Map<Integer, TurnLabels.Label> labels, Knowledge knowledge) {
    Map<String, Turns.Turn> named = new LinkedHashMap<>();
    String headline = article.headline();
    if (tellsOfATranscript(headline, 0, headline.length())) {
      addActors(headline, 0, headline.length(), knowledge, named);
    }
    String text = article.text();
    int firstLabelled = Integer.MAX_VALUE;
    for (int p : labels.keySet()) {
      firstLabelled = Math.min(firstLabelled, p);
    }
    for (Sentence s : article.sentences()) {
      if (s.paragraph() >= firstLabelled) {
        break;
      }
      if (tellsOfATranscript(text, s.start(), s.end())) {
        addActors(text, s.start(), s.end(), knowledge, named);
      }
    }
    TurnLabels.Label question = firstQuestion(text, labels);
    if (question != null) {
      int comma = addressEnd(text, question.bodyStart());
      if (comma > 0) {
        addActors(text, question.bodyStart(), comma, knowledge, named);
      }
    }
    return named.size() == 1 ? Optional.of(named.values().iterator().next()) : Optional.empty();
  }

  /** The label of the first question of the transcript, or null. */
  private static TurnLabels.@Nullable Label firstQuestion(
      String text, Map<Integer, TurnLabels.Label> labels) {
    TurnLabels.Label first = null;
    for (TurnLabels.Label label : labels.values()) {
      if (Turns.asksByHead(Turns.head(text, label))
          && (first == null || label.start() < first.start())) {
        first = label;
      }
    }
    return first;
  }

  /**
   * Where the words that address someone at the start of a question end: the comma after them
   * ("Minister Varga, will you ..."), within {@value #MAX_ADDRESS_CHARS} characters and before any
   * end of a sentence; or -1.
   */
  private static int addressEnd(String text, int from) {
    int end = Math.min(text.length(), from + MAX_ADDRESS_CHARS);
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c == ',') {
        return i;
      }
      if (c == '.' || c == '?' || c == '!' || c == '\n' || c == ':') {
        return -1;
      }
    }
    return -1;
  }

  /** Whether [start, end) holds a word that tells of a transcript ("interview", "answers"). */
  private static boolean tellsOfATranscript(String text, int start, int end) {
    Tokens tokens = Tokens.of(text, start, end);
    for (int i = 0; i < tokens.size(); i++) {
      if (TRANSCRIPT_WORDS.contains(tokens.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** Adds the turn of each actor the lexicon finds in [start, end) of {@code text}, by actor. */
  private static void addActors(
      String text, int start, int end, Knowledge knowledge, Map<String, Turns.Turn> named) {
    for (Cue cue : knowledge.cues(text, start, end)) {
      if (cue.kind() == Cue.Kind.ACTOR && !named.containsKey(cue.entry())) {
        Speaker speaker =
            new Speaker(
                Optional.of(cue.entry()),
                knowledge.partyOfActor(cue.entry()),
                text.substring(cue.start(), cue.end()),
                true);
        named.put(cue.entry(), new Turns.Turn(speaker, false, cue.label()));
      }
    }
  }
}
