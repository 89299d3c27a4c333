package dev.parley.io.statement;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableSet;
import dev.parley.io.article.DateMention;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates that name a document, not a day of the story: "in line with the statement of 10 November
 * 2020", "under the agreement of 9 March", "the March 9 agreement", "the memorandum dated 4 May".
 * Such a date tells which text is meant; the act told with it took place when the article says.
 */
final class DocumentDates {
  /** Nouns of a text or an arrangement that a date can name. */
  private static final ImmutableSet<String> DOCUMENTS =
      ImmutableSet.of(
          "statement",
          "statements",
          "agreement",
          "agreements",
          "accord",
          "accords",
          "deal",
          "declaration",
          "memorandum",
          "decree",
          "resolution",
          "letter",
          "protocol",
          "treaty",
          "communique",
          "arrangement",
          "ceasefire",
          "truce",
          "decision",
          "document",
          "note",
          "law",
          "pact",
          "charter",
          "roadmap",
          "understanding");

  /** Words between a document and its date: "the statement of 10 November", "dated 4 May". */
  private static final ImmutableSet<String> LINKS = ImmutableSet.of("of", "dated", "from");

  private DocumentDates() {}

  /** The mentions that date no document, in order. */
  static List<DateMention> without(List<DateMention> dates, String text, List<Cue> cues) {
    List<DateMention> kept = null;
    for (int i = 0; i < dates.size(); i++) {
      DateMention d = dates.get(i);
      if (namesADocument(d, text, cues)) {
        if (kept == null) {
          kept = new ArrayList<>(dates.subList(0, i));
        }
      } else if (kept != null) {
        kept.add(d);
      }
    }
    return kept == null ? dates : kept;
  }

  private static boolean namesADocument(DateMention d, String text, List<Cue> cues) {
    int wordEnd = skipSpaces(text, d.start());
    int wordStart = wordStart(text, wordEnd);
    String link = Ascii.toLowerCase(text.substring(wordStart, wordEnd));
    if (LINKS.contains(link)) {
      int nounEnd = skipSpaces(text, wordStart);
      int nounStart = wordStart(text, nounEnd);
      String noun = Ascii.toLowerCase(text.substring(nounStart, nounEnd));
      return DOCUMENTS.contains(noun) || isDocumentEndingAt(cues, nounEnd);
    }
    // "the March 9 agreement": the date stands before the noun as its modifier, after "the".
    int after = d.end();
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    int nextEnd = after;
    while (nextEnd < text.length() && Character.isLetter(text.charAt(nextEnd))) {
      nextEnd++;
    }
    String next = Ascii.toLowerCase(text.substring(after, nextEnd));
    return (link.equals("the") || link.endsWith("'s"))
        && (DOCUMENTS.contains(next) || isDocumentStartingAt(cues, after));
  }

  private static boolean isDocumentEndingAt(List<Cue> cues, int end) {
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.DOCUMENT && cue.end() == end) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDocumentStartingAt(List<Cue> cues, int start) {
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.DOCUMENT && cue.start() == start) {
        return true;
      }
    }
    return false;
  }

  /** The offset just past the last non-space char before {@code offset}. */
  private static int skipSpaces(String text, int offset) {
    int i = offset;
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    return i;
  }

  /** The start of the word (letters and apostrophes) that ends at {@code end}. */
  private static int wordStart(String text, int end) {
    int i = end;
    while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '\'')) {
      i--;
    }
    return i;
  }
}
