package dev.parley.io.statement;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableSet;
import org.jspecify.annotations.Nullable;

/**
 * Recognises the label that opens a turn of a transcript: a name or a role in capitals or title
 * case, perhaps with an outlet or a party in brackets, and a colon ("MR. PRICE:", "Q (Reuters):",
 * "SECRETARY BLINKEN:", "Ms. Psaki:", "MODERATOR (JANE ROE, SPOKESPERSON):"), perhaps in markdown's
 * bold ("**Jane Roe:**", "**Jane Roe**:"), perhaps alone in its paragraph with the turn's words in
 * the paragraphs after it; or an interview's "Q." and "A." without a colon; or a parliamentary
 * record's label alone in its paragraph without a colon ({@link #alone}). Whether the article is a
 * transcript at all is for {@link Turns} to decide.
 */
final class TurnLabels {
  private TurnLabels() {}

  /**
   * A label found: the name or role ({@code start} to {@code headEnd}), the text between its first
   * brackets ({@code bracketStart} to {@code bracketEnd}, equal when there are none), where the
   * turn's own words begin, after the colon, how many groups of brackets it has and the text of the
   * last ("(Lab)" after a constituency), and whether a colon ends it (a parliamentary record's
   * label stands alone with none).
   */
  record Label(
      int start,
      int headStart,
      int headEnd,
      int bracketStart,
      int bracketEnd,
      int bodyStart,
      int brackets,
      int lastBracketStart,
      int lastBracketEnd,
      boolean colon) {
    boolean hasBracket() {
      return bracketEnd > bracketStart;
    }

    /**
     * Whether the label is a parliamentary record's: a Member's name with a constituency and a
     * party in brackets ("Jane Roe (Harbourside) (Lab)"), no outlet.
     */
    boolean constituency() {
      return brackets >= 2;
    }

    /** Whether the label stands alone, with the turn's words in the paragraphs after it. */
    boolean alone(int sentenceEnd) {
      return bodyStart >= sentenceEnd;
    }
  }

  /** How far into a sentence the colon of a label may stand. */
  private static final int MAX_CHARS = 90;

  /** How many words the name or role of a label may have. */
  private static final int MAX_WORDS = 8;

  /** Small words a name or a title may hold in lower case: "Minister of Foreign Affairs". */
  private static final ImmutableSet<String> CONNECTORS =
      ImmutableSet.of(
          "of", "the", "for", "and", "de", "del", "da", "di", "van", "von", "der", "al", "bin",
          "la", "le", "du");

  /**
   * First words of a paragraph's heading that name no one: "Note:", "Update:", "Editor's note:",
   * "Read more:", "Photo:", "Background:".
   */
  private static final ImmutableSet<String> NOT_SPEAKERS =
      ImmutableSet.of(
          "note",
          "notes",
          "nb",
          "ps",
          "update",
          "updated",
          "editor's",
          "editor\u2019s",
          "editors",
          "correction",
          "clarification",
          "photo",
          "photos",
          "image",
          "picture",
          "caption",
          "credit",
          "credits",
          "source",
          "sources",
          "read",
          "related",
          "watch",
          "also",
          "see",
          "disclaimer",
          "video",
          "listen",
          "background",
          "tags",
          "topics",
          "share",
          "follow",
          "subscribe",
          "advertisement",
          "warning",
          "breaking",
          "exclusive",
          "analysis",
          "opinion",
          "live",
          "summary",
          "translation",
          "file",
          "key",
          "more",
          "contact",
          "email",
          "tel",
          "phone",
          "web",
          "website");

  /**
   * The label that opens the text from {@code start} (a sentence's start) before {@code end}, or
   * null. Cheap when there is none: only the first {@value #MAX_CHARS} characters are looked at for
   * a colon before anything else is done.
   */
  static @Nullable Label at(String text, int start, int end) {
    Label short_ = questionOrAnswer(text, start, end);
    if (short_ != null) {
      return short_;
    }
    String bold = boldMarker(text, start, end);
    int headStart = start + bold.length();
    int limit = Math.min(end, start + MAX_CHARS);
    int colon = -1;
    for (int i = headStart; i < limit; i++) {
      if (text.charAt(i) == ':') {
        colon = i;
        break;
      }
    }
    if (colon < 0) {
      return null;
    }
    int headLimit = colon;
    int afterColon = colon + 1;
    if (!bold.isEmpty()) {
      if (text.startsWith(bold, colon + 1)) {
        afterColon += bold.length(); // "**Jane Roe:** We ..."
      } else if (colon - headStart > bold.length()
          && text.startsWith(bold, colon - bold.length())) {
        headLimit -= bold.length(); // "**Jane Roe**: We ..."
      } else {
        return null;
      }
    }
    int bodyStart = bodyAfter(text, afterColon - 1, end);
    if (bodyStart < 0) {
      if (onlySpace(text, afterColon, end)) {
        bodyStart = end; // the label alone: the turn's words are in the paragraphs after it
      } else {
        return null;
      }
    }
    int open = -1;
    for (int i = headStart; i < headLimit; i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[') {
        open = i;
        break;
      }
    }
    return labelOf(text, start, headStart, open, headLimit, bodyStart, true);
  }

  /**
   * The label whose name or role runs from {@code headStart} to {@code open} (its first bracket, or
   * -1 for none) and whose brackets end at {@code headLimit}; null when the name is no name or the
   * brackets are not closed there.
   */
  private static @Nullable Label labelOf(
      String text,
      int start,
      int headStart,
      int open,
      int headLimit,
      int bodyStart,
      boolean colon) {
    int headEnd = open < 0 ? headLimit : open;
    int bracketStart = headLimit;
    int bracketEnd = headLimit;
    int lastStart = headLimit;
    int lastEnd = headLimit;
    int brackets = 0;
    for (int at = open; at >= 0 && at < headLimit; ) {
      int close = closing(text, at, headLimit);
      if (close < 0 || ++brackets > MAX_BRACKETS) {
        return null;
      }
      if (brackets == 1) {
        bracketStart = at + 1;
        bracketEnd = close;
      }
      lastStart = at + 1;
      lastEnd = close;
      at = nextBracket(text, close + 1, headLimit);
      if (at == OTHER) {
        return null; // words after the brackets: "Roe (Velmar) said"
      }
    }
    while (headEnd > headStart && text.charAt(headEnd - 1) == ' ') {
      headEnd--;
    }
    if (!isHead(text, headStart, headEnd)) {
      return null;
    }
    return new Label(
        start,
        headStart,
        headEnd,
        bracketStart,
        bracketEnd,
        bodyStart,
        brackets,
        lastStart,
        lastEnd,
        colon);
  }

  /** Most groups of brackets after a label's name: a constituency and a party. */
  private static final int MAX_BRACKETS = 2;

  /** What {@link #nextBracket} answers when something other than a bracket follows. */
  private static final int OTHER = -2;

  /**
   * The next bracket after spaces from {@code from}, -1 when only spaces are left, or {@link
   * #OTHER}.
   */
  private static int nextBracket(String text, int from, int limit) {
    int i = from;
    while (i < limit && text.charAt(i) == ' ') {
      i++;
    }
    if (i == limit) {
      return -1;
    }
    return text.charAt(i) == '(' || text.charAt(i) == '[' ? i : OTHER;
  }

  /** How far a paragraph that is a label alone without a colon may run. */
  private static final int MAX_ALONE = 120;

  /**
   * A label with no colon, alone in its paragraph, as a parliamentary record writes its speakers
   * over their words: a name or a title with one or two groups of brackets ("Jane Roe (Harbourside)
   * (Lab)", "The Prime Minister (Jane Roe)"), or with none ("The Prime Minister", "Mr Speaker"),
   * with no end mark; null for anything else. Whether the page is such a record, and so whether
   * such a paragraph is a label, is for {@link Turns} to decide.
   */
  static @Nullable Label alone(String text, int start, int end) {
    if (end - start > MAX_ALONE || end - start < 2) {
      return null;
    }
    char last = text.charAt(end - 1);
    if (!Character.isLetter(last) && last != ')' && last != ']') {
      return null; // an end mark, a colon, a digit: no bare label
    }
    int open = -1;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[') {
        open = i;
        break;
      }
      if (c == ':' || c == '"' || c == '\u201c' || c == '\n') {
        return null;
      }
    }
    Label label = labelOf(text, start, start, open, end, end, false);
    if (label == null) {
      return null;
    }
    for (int i = label.bracketStart(); label.hasBracket() && i < end; i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[' || c == ')' || c == ']' || c == ' ') {
        continue;
      }
      if (!Character.isLetter(c)
          && c != '.'
          && c != '-'
          && c != '\''
          && c != '\u2019'
          && c != '&') {
        return null; // "(2019)", "(photo: AFP)": no constituency, party or name
      }
    }
    return label;
  }

  /** Titles before a name that make a bare label of a parliamentary record ("Mr Speaker"). */
  private static final ImmutableSet<String> HONORIFICS =
      ImmutableSet.of(
          "mr",
          "mrs",
          "ms",
          "miss",
          "mx",
          "madam",
          "madame",
          "sir",
          "dame",
          "dr",
          "lord",
          "lady",
          "baroness",
          "baron",
          "earl",
          "viscount");

  /** Whether the label's name opens with a title such as "Mr" or "Madam" ("Mr Speaker"). */
  static boolean opensWithHonorific(String head) {
    int space = head.indexOf(' ');
    return space > 0 && HONORIFICS.contains(Ascii.toLowerCase(stripDot(head.substring(0, space))));
  }

  private static boolean onlySpace(String text, int from, int end) {
    for (int i = from; i < end; i++) {
      if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00a0') {
        return false;
      }
    }
    return true;
  }

  /** The marks of bold text in markdown, around a label ("**Jane Roe:**"). */
  private static final String[] BOLD = {"**", "__"};

  /** The bold marker that opens the text at {@code start}, or "". */
  private static String boldMarker(String text, int start, int end) {
    for (String marker : BOLD) {
      if (end - start > marker.length() && text.startsWith(marker, start)) {
        return marker;
      }
    }
    return "";
  }

  /**
   * A question's or an answer's label of an interview without a colon: "Q." or "A." and a space,
   * then a capital or a quote ("Q. When will you sign?", "A. We will not."). Whether an "A." is an
   * answer and not an initial ("A. Roe said") is for {@link Turns} to decide, by the question
   * before it.
   */
  private static @Nullable Label questionOrAnswer(String text, int start, int end) {
    if (end - start < 4) {
      return null;
    }
    char c = text.charAt(start);
    if ((c != 'Q' && c != 'A') || text.charAt(start + 1) != '.' || text.charAt(start + 2) != ' ') {
      return null;
    }
    int body = start + 2;
    while (body < end && Character.isWhitespace(text.charAt(body))) {
      body++;
    }
    if (body >= end) {
      return null;
    }
    char first = text.charAt(body);
    if (!Character.isUpperCase(first) && !Character.isDigit(first) && "\"“'‘".indexOf(first) < 0) {
      return null;
    }
    int none = start + 1;
    return new Label(start, start, none, none, none, body, 0, none, none, true);
  }

  /** Whether the label is a bare "A." of an interview, which only a question before makes one. */
  static boolean isBareAnswer(String text, Label label) {
    return label.headEnd() == label.headStart() + 1
        && text.charAt(label.headStart()) == 'A'
        && text.charAt(label.headEnd()) == '.';
  }

  /**
   * Where the words after a label's colon begin, or -1 when what follows is no turn: nothing, a
   * time ("10:30"), an address ("https://").
   */
  private static int bodyAfter(String text, int colon, int end) {
    int i = colon + 1;
    if (i >= end || text.charAt(i) == '/' || Character.isDigit(text.charAt(i))) {
      return -1;
    }
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < end && i > colon + 1 ? i : -1;
  }

  /** The closing bracket of the one at {@code open}, followed only by spaces up to the colon. */
  private static int closing(String text, int open, int colon) {
    char close = text.charAt(open) == '(' ? ')' : ']';
    int at = -1;
    for (int i = open + 1; i < colon && at < 0; i++) {
      char c = text.charAt(i);
      if (c == close) {
        at = i;
      } else if (c == '(' || c == '[' || c == '\n') {
        return -1;
      }
    }
    return at < 0 || at == open + 1 ? -1 : at;
  }

  /**
   * Whether the text is a name or a role: one to {@value #MAX_WORDS} words, each capitalised
   * ("MR.", "Psaki", "Jean-Pierre") or a connector inside it ("Minister of Defence"), and not a
   * heading such as "Note".
   */
  private static boolean isHead(String text, int start, int end) {
    if (end <= start) {
      return false;
    }
    String[] words = text.substring(start, end).replace('\u00a0', ' ').split(" ", -1);
    if (words.length > MAX_WORDS) {
      return false;
    }
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      if (word.isEmpty()) {
        return false;
      }
      boolean inside = w > 0 && w < words.length - 1;
      if (inside && CONNECTORS.contains(word)) {
        continue;
      }
      if (!Character.isUpperCase(word.codePointAt(0)) || !isNameWord(word)) {
        return false;
      }
    }
    return !NOT_SPEAKERS.contains(Ascii.toLowerCase(stripDot(words[0])));
  }

  /** Letters, with the dots, hyphens and apostrophes of names and titles. */
  private static boolean isNameWord(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'' && c != '\u2019') {
        return false;
      }
    }
    return true;
  }

  private static String stripDot(String word) {
    return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
  }
}
