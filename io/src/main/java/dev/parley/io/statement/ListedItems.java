package dev.parley.io.statement;

import com.google.common.collect.ImmutableList;
import dev.parley.io.article.Paragraph;
import dev.parley.io.article.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Items told as a list after a lead-in that ends with a colon: "The union is asking for:" and then
 * "1. No forced transfers.", "2. Rest rules that protect safety." in the paragraphs after it, or "-
 * ", "• ", "* ", "a)" lines. Each entry that names an item and makes no statement of its own is a
 * statement of the lead-in's speaker, act and date on that item, resting on the entry's own
 * sentence; the lead-in, when it names no item itself, is on all the items its entries name. The
 * list ends at the first paragraph that is no entry: one that opens with no number or bullet and is
 * more than a short heading.
 *
 * <p>Inside one sentence, the act cues of a list after a colon that follows an act ("set out three
 * demands: a pay rise, talks on staffing and an end to the lockout") are what the act lists, not
 * acts of their own ({@link #isListed}).
 */
final class ListedItems {
  /** The most words a paragraph with no number or bullet may hold and be an entry. */
  private static final int HEADING_WORDS = 8;

  /** Marks that open a bulleted entry, each followed by a space. */
  private static final String BULLETS = "-•*–—·▪●◦";

  /** Words that make what follows a colon a clause, not a list: auxiliaries and subjects. */
  private static final WordSet CLAUSE_WORDS =
      WordSet.of(
          "is", "are", "was", "were", "will", "would", "can", "could", "should", "must", "shall",
          "may", "might", "has", "have", "had", "do", "does", "did", "he", "she", "it", "they",
          "we", "i", "you", "there");

  /** The lead-in's statements while its list goes on; empty when no list is open. */
  private List<Statement> leadIn = ImmutableList.of();

  /** The index of the lead-in's sentence. */
  private int leadInSentence = -1;

  /** The items the entries have named so far, in order. */
  private final Set<String> listed = new LinkedHashSet<>();

  /** Whether the paragraph being read is an entry of the open list. */
  private boolean inEntry;

  /**
   * Whether the entry's sentence has been read (the one after its number, if that stands alone).
   */
  private boolean entryRead;

  /** Whether a lead-in has opened a list that no paragraph has ended yet. */
  boolean isOpen() {
    return !leadIn.isEmpty();
  }

  /**
   * Starts a paragraph: an entry of the open list goes on with it, any other paragraph ends the
   * list. Returns the lead-in's sentence index and its items when a list has just ended whose
   * lead-in named none and whose entries named some (the lead-in is then on them), else null.
   */
  @Nullable Ended paragraph(String text, Paragraph paragraph, List<Sentence> sentences) {
    entryRead = false;
    inEntry = !leadIn.isEmpty() && isEntry(text, paragraph, sentences);
    return inEntry ? null : end();
  }

  /** Ends the open list, if any, at the end of the article. */
  @Nullable Ended end() {
    Ended ended =
        leadIn.isEmpty() || listed.isEmpty()
            ? null
            : new Ended(leadInSentence, ImmutableList.copyOf(listed));
    leadIn = ImmutableList.of();
    leadInSentence = -1;
    listed.clear();
    inEntry = false;
    return ended;
  }

  /** A list that has ended: its lead-in's sentence and the items its entries named. */
  record Ended(int sentence, List<String> items) {}

  /**
   * The statements of a sentence of an entry: its own when it makes any, else, for the entry's
   * first sentence (after a number standing alone), one per statement of the lead-in on the items
   * it names, resting on it; {@code own} when it is no entry's.
   */
  List<Statement> read(Sentence sentence, List<Statement> own, List<Cue> cues) {
    if (!inEntry || entryRead || isMarkerOnly(sentence.text())) {
      return own;
    }
    entryRead = true;
    Set<String> named = new LinkedHashSet<>();
    List<String> labels = new ArrayList<>();
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.ITEM && named.add(cue.entry())) {
        labels.add(cue.label());
      }
    }
    List<String> items = ImmutableList.copyOf(named);
    listed.addAll(items);
    if (!own.isEmpty() || items.isEmpty()) {
      return own;
    }
    List<Statement> made = new ArrayList<>();
    for (Statement lead : leadIn) {
      List<String> cited = new ArrayList<>(lead.cues());
      cited.addAll(labels);
      made.add(
          Statement.builder()
              .from(lead)
              .sentence(sentence.index())
              .start(sentence.start())
              .end(sentence.end())
              .quote(sentence.text())
              .items(items)
              .cues(cited)
              .rule(lead.rule() + "+listed")
              .build());
    }
    return made;
  }

  /**
   * Notes a sentence read: one that ends its paragraph with a colon and made statements opens a
   * list; the lead-in's statements are what each entry will say.
   */
  void noteLeadIn(Sentence sentence, boolean lastOfParagraph, List<Statement> statements) {
    if (inEntry || !lastOfParagraph || statements.isEmpty() || !endsWithColon(sentence.text())) {
      return;
    }
    leadIn = ImmutableList.copyOf(statements);
    leadInSentence = sentence.index();
    listed.clear();
  }

  private static boolean endsWithColon(String text) {
    int e = text.length();
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e > 0 && text.charAt(e - 1) == ':';
  }

  /**
   * Whether a paragraph is an entry of a list: it opens with a number or a letter and "." or ")"
   * ("1.", "2)", "a)", "(b)") or with a bullet, each before a space; or it is a short heading, one
   * sentence of at most eight words.
   */
  static boolean isEntry(String text, Paragraph paragraph, List<Sentence> sentences) {
    if (markerEnd(text, paragraph.start(), paragraph.end()) > 0) {
      return true;
    }
    return sentences.size() == 1 && words(sentences.get(0).text()) <= HEADING_WORDS;
  }

  /** Whether a sentence is only an entry's number or bullet ("1.", "a)"). */
  private static boolean isMarkerOnly(String text) {
    String t = text.strip();
    return !t.isEmpty() && markerEnd(t + " ", 0, t.length() + 1) == t.length();
  }

  /**
   * The offset just after an entry's mark at {@code start}, or -1: one or two digits, or one letter
   * after an optional "(", with "." or ")"; or a bullet; then a space.
   */
  static int markerEnd(String text, int start, int end) {
    int i = start;
    if (i < end && BULLETS.indexOf(text.charAt(i)) >= 0) {
      i++;
    } else {
      boolean bracket = i < end && text.charAt(i) == '(';
      if (bracket) {
        i++;
      }
      int digits = 0;
      while (i < end && digits < 2 && Character.isDigit(text.charAt(i))) {
        i++;
        digits++;
      }
      boolean letter = digits == 0 && i < end && Character.isLetter(text.charAt(i));
      if (letter) {
        i++;
      }
      if (digits == 0 && !letter) {
        return -1;
      }
      if (i >= end) {
        return -1;
      }
      char mark = text.charAt(i);
      boolean ok = mark == ')' || (mark == '.' && digits > 0 && !bracket);
      if (!ok) {
        return -1;
      }
      i++;
    }
    return i < end && Character.isWhitespace(text.charAt(i)) ? i : -1;
  }

  private static int words(String text) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !in) {
        n++;
      }
      in = letter;
    }
    return n;
  }

  /**
   * Whether an act cue stands in a list after a colon that follows an earlier act of its sentence:
   * what comes after the colon holds a comma, "and" or "or", and no auxiliary, modal or subject
   * pronoun that would make it a clause ("demanded three things: a pay rise, talks on staffing and
   * an end to the lockout").
   */
  static boolean isListed(Tokens tokens, List<Cue> before, Cue cue) {
    if (before.isEmpty()) {
      return false;
    }
    int colon = -1;
    for (int j = tokens.indexBefore(cue.start()); j >= 0; j--) {
      if (tokens.get(j).text().equals(":")) {
        colon = j;
        break;
      }
    }
    if (colon < 0) {
      return false;
    }
    int colonStart = tokens.get(colon).start();
    boolean leadIn = false;
    for (Cue b : before) {
      leadIn |= b.end() <= colonStart;
    }
    if (!leadIn) {
      return false;
    }
    boolean joined = false;
    for (int j = colon + 1; j < tokens.size(); j++) {
      String w = tokens.get(j).lower();
      if (CLAUSE_WORDS.contains(tokens.get(j)) || w.equals(":") || w.equals(";")) {
        return false;
      }
      joined |= w.equals(",") || w.equals("and") || w.equals("or");
    }
    return joined;
  }
}
