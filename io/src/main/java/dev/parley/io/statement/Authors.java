package dev.parley.io.statement;

import dev.parley.io.article.Article;
import dev.parley.io.article.Paragraph;
import java.util.List;
import java.util.Optional;

/**
 * The author of a text in the first person, an opinion column or a letter, when the case knows
 * them: named in a byline at the top ("By Jane Roe"), or in an author line at the end ("Jane Roe is
 * the finance minister of Velmar.", "— Jane Roe"). Their "I" and "we" outside quotes are theirs.
 */
final class Authors {
  /** How many paragraphs from the top a byline may be. */
  private static final int TOP_PARAGRAPHS = 6;

  /** How many paragraphs from the end an author line may be. */
  private static final int END_PARAGRAPHS = 6;

  /** How long an author line may be, in chars: a line that says who the author is, no story. */
  private static final int LINE_CHARS = 200;

  private Authors() {}

  /**
   * The author the case knows: the actor named first in a paragraph that opens with "By " among the
   * first paragraphs, else the actor that opens a short paragraph among the last ones and is
   * followed by "is" or "was" ("Jane Roe is Velmar's minister of finance"), or that follows a dash
   * opening one ("— Jane Roe"); empty when there is none.
   */
  static Optional<Speaker> of(Article article, Knowledge knowledge) {
    String text = article.text();
    List<Paragraph> paragraphs = article.paragraphs();
    for (int i = 0; i < Math.min(TOP_PARAGRAPHS, paragraphs.size()); i++) {
      Paragraph p = paragraphs.get(i);
      if (p.end() - p.start() < LINE_CHARS && text.startsWith("By ", p.start())) {
        Optional<Speaker> named = actorAt(text, p.start() + 3, p.end(), knowledge);
        if (named.isPresent()) {
          return named;
        }
      }
    }
    for (int i = paragraphs.size() - 1; i >= Math.max(0, paragraphs.size() - END_PARAGRAPHS); i--) {
      Paragraph p = paragraphs.get(i);
      if (p.end() - p.start() >= LINE_CHARS) {
        continue;
      }
      int start = p.start();
      char first = text.charAt(start);
      boolean dash = first == '\u2014' || first == '\u2013' || first == '-';
      if (dash) {
        start++;
        while (start < p.end() && text.charAt(start) == ' ') {
          start++;
        }
      } else if (!holds(text, " is ", start, p.end()) && !holds(text, " was ", start, p.end())) {
        continue; // no "is" or "was" to follow an actor: no need to look the line's names up
      }
      Optional<Cue> actor = actorCueAt(text, start, p.end(), knowledge);
      if (actor.isEmpty()) {
        continue;
      }
      String after = text.substring(actor.get().end(), p.end());
      if (dash || after.startsWith(" is ") || after.startsWith(" was ")) {
        return Optional.of(speakerOf(actor.get(), text, knowledge));
      }
    }
    return Optional.empty();
  }

  /** Whether {@code text[start, end)} holds {@code word}. */
  private static boolean holds(String text, String word, int start, int end) {
    int at = text.indexOf(word, start);
    return at >= 0 && at + word.length() <= end;
  }

  private static Optional<Speaker> actorAt(String text, int start, int end, Knowledge knowledge) {
    return actorCueAt(text, start, end, knowledge).map(c -> speakerOf(c, text, knowledge));
  }

  /** The actor cue that starts at {@code start}, if the lexicon finds one there. */
  private static Optional<Cue> actorCueAt(String text, int start, int end, Knowledge knowledge) {
    for (Cue cue : knowledge.cues(text, start, end)) {
      if (cue.kind() == Cue.Kind.ACTOR && cue.start() == start) {
        return Optional.of(cue);
      }
    }
    return Optional.empty();
  }

  private static Speaker speakerOf(Cue actor, String text, Knowledge knowledge) {
    return new Speaker(
        Optional.of(actor.entry()),
        knowledge.partyOfActor(actor.entry()),
        text.substring(actor.start(), actor.end()),
        true);
  }
}
