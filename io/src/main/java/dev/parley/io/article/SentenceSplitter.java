package dev.parley.io.article;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;

/**
 * Splits a paragraph of noisy, often machine-translated text into sentences.
 *
 * <p>A sentence ends at a run of {@code .}, {@code !}, {@code ?} or {@code …}, together with any
 * closing quotes and brackets after it, when blank space and then something other than a lower-case
 * letter follows (an attribution such as {@code ..." he said} continues the sentence). A full stop
 * does not end a sentence after a title ({@code Mr.}, {@code Gen.}), an initial ({@code J. Smith}),
 * a month abbreviation or {@code No.} before a number, or inside a number; after a dotted
 * abbreviation ({@code U.S.}, {@code a.m.}) or a month's it ends one only when a common
 * sentence-opening word follows, after one that is such only before a number ({@code No.}, {@code
 * Vol.}, {@code pp.}) whenever no number follows ({@code said no. Then}). Footnote and citation
 * marks right after the end mark ({@code table.³ She}, {@code organization.[11] A}) stay with the
 * sentence they follow, which they do not stop from ending ({@link NoteMarks}). A full stop
 * directly followed by a capitalised word ({@code said.The}) ends a sentence when a lower-case
 * letter precedes it. Sentences are trimmed and together cover every non-blank character of the
 * paragraph. Linear in the paragraph's length.
 */
final class SentenceSplitter {
  private SentenceSplitter() {}

  /** Receives sentence spans. */
  interface Sink {
    void sentence(int start, int end);
  }

  private static final int MAX_TOKEN = 16;

  private static final ImmutableSet<String> TITLES =
      ImmutableSet.of(
          "mr", "mrs", "ms", "mme", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt",
          "adm", "brig", "cmdr", "gov", "sen", "rep", "rev", "hon", "st", "amb", "pres", "messrs",
          "fr", "mt", "ft", "gens", "sens", "reps");

  private static final ImmutableSet<String> MONTHS_AND_NUMBERS =
      ImmutableSet.of(
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
          "sec");

  /**
   * Abbreviations that are such only before a number ({@code No. 12}, {@code Vol. 7}, {@code pp.
   * 201}, {@code Art. 5}): before a word, the full stop after them ends a sentence ({@code said no.
   * Then}).
   */
  private static final ImmutableSet<String> BEFORE_NUMBERS =
      ImmutableSet.of("no", "nos", "vol", "art", "p", "pp", "ch", "fig", "para");

  private static final ImmutableSet<String> OTHER_ABBREVIATIONS =
      ImmutableSet.of("etc", "vs", "inc", "ltd", "co", "corp", "jr", "sr", "approx", "est", "bros");

  private static final ImmutableSet<String> SENTENCE_OPENERS =
      ImmutableSet.of(
          "the",
          "a",
          "an",
          "he",
          "she",
          "it",
          "we",
          "they",
          "i",
          "you",
          "this",
          "that",
          "these",
          "those",
          "in",
          "on",
          "at",
          "but",
          "and",
          "however",
          "there",
          "his",
          "her",
          "their",
          "its",
          "our",
          "as",
          "according",
          "after",
          "before",
          "when",
          "while",
          "if",
          "meanwhile",
          "also",
          "for",
          "what",
          "why",
          "how",
          "some",
          "many",
          "officials",
          "earlier",
          "later");

  /**
   * Reports to {@code sink} the sentences of {@code text} between {@code start} and {@code end};
   * {@code chars} holds the text's chars at their indices ({@link TextChars}), which the search for
   * a terminator reads: most chars are passed over there.
   */
  static void split(String text, char[] chars, int start, int end, Sink sink) {
    int s = Text.skipSpace(text, start, end);
    int i = s;
    while (i < end) {
      char c = chars[i];
      if (!isTerminator(c)) {
        i++;
        continue;
      }
      int j = i;
      while (j < end && isTerminator(text.charAt(j))) {
        j++;
      }
      int k = closersEnd(text, j, end);
      int a = k;
      while (a < end && Text.isSpace(text.charAt(a))) {
        a++;
      }
      if (a >= end) {
        break;
      }
      if (isBoundary(text, s, i, j, k, a, end)) {
        sink.sentence(s, Text.trimEnd(text, s, k));
        s = a;
      }
      i = k;
    }
    int e = Text.trimEnd(text, s, end);
    if (e > s) {
      sink.sentence(s, e);
    }
  }

  /**
   * The end of the closing quotes and brackets after a sentence's end mark, and of the note marks
   * among them ({@code table.³}, {@code organization.[11]}: {@link NoteMarks}), from {@code from}.
   */
  private static int closersEnd(String text, int from, int end) {
    int k = from;
    while (k < end) {
      if (Text.isCloser(text.charAt(k))) {
        k++;
        continue;
      }
      int marks = NoteMarks.end(text, k, end);
      if (marks == k) {
        break;
      }
      k = marks;
    }
    return k;
  }

  static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  /**
   * Whether the terminators [i, j), closers [j, k) and the following blank space [k, a) end the
   * sentence that started at {@code s}; {@code a} is the next non-blank character.
   */
  private static boolean isBoundary(String text, int s, int i, int j, int k, int a, int end) {
    char next = text.charAt(a);
    boolean singleDot = j - i == 1 && text.charAt(i) == '.';
    if (a == k) {
      // No space: "said.The" ends a sentence; "U.S", "3.5", "RT.com" and "e.g" do not.
      boolean lowerBefore = i > s && Character.isLowerCase(text.charAt(i - 1));
      return (lowerBefore || k > j)
          && Character.isUpperCase(next)
          && a + 1 < end
          && Character.isLowerCase(text.charAt(a + 1))
          && (singleDot || text.charAt(j - 1) != '.');
    }
    if (Character.isLowerCase(next)) {
      return false;
    }
    if (isInnerPunctuation(next)) {
      return false;
    }
    if (!singleDot || k > j) {
      return true;
    }
    String token = tokenBefore(text, s, i);
    if (Character.isDigit(next)) {
      return !MONTHS_AND_NUMBERS.contains(token) && !BEFORE_NUMBERS.contains(token);
    }
    if (BEFORE_NUMBERS.contains(token)) {
      return !isRomanNumeral(text, a, end); // "Vol. XII", "Ch. IV"
    }
    if (TITLES.contains(token)) {
      return false;
    }
    if (token.length() == 1 && Character.isUpperCase(text.charAt(i - 1))) {
      return false; // an initial, as in "J. Smith"
    }
    if (token.indexOf('.') >= 0
        || OTHER_ABBREVIATIONS.contains(token)
        || MONTHS_AND_NUMBERS.contains(token)) {
      return SENTENCE_OPENERS.contains(wordAt(text, a, end));
    }
    return true;
  }

  /**
   * Whether a numeral of two or more capital Roman digits starts at {@code a} and ends before a
   * char that is no letter ({@code XII}, {@code IV}); a lone {@code I} is the pronoun as often.
   */
  private static boolean isRomanNumeral(String text, int a, int end) {
    int e = a;
    while (e < end && e - a <= MAX_TOKEN && "IVXLC".indexOf(text.charAt(e)) >= 0) {
      e++;
    }
    return e - a >= 2 && (e == end || !Character.isLetter(text.charAt(e)));
  }

  private static boolean isInnerPunctuation(char c) {
    return c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == '-' || c == '–';
  }

  /** The lower-case word (at most {@value #MAX_TOKEN} characters) that ends at {@code i}. */
  private static String tokenBefore(String text, int s, int i) {
    int b = i;
    while (b > s && i - b <= MAX_TOKEN) {
      char c = text.charAt(b - 1);
      if (Text.isSpace(c) || Text.isOpeningQuote(c) || c == '(' || c == '[') {
        break;
      }
      b--;
    }
    if (i - b > MAX_TOKEN) {
      return "";
    }
    return text.substring(b, i).toLowerCase(Locale.ROOT);
  }

  /** The lower-case word of letters starting at {@code a}, at most {@value #MAX_TOKEN} long. */
  private static String wordAt(String text, int a, int end) {
    int e = a;
    while (e < end && e - a <= MAX_TOKEN && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return text.substring(a, e).toLowerCase(Locale.ROOT);
  }
}
