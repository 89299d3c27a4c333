package dev.parley.io.article;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;

/**
 * The line rule for a page's list of references: a heading such as {@code References}, {@code
 * Notes} or {@code Sources} alone on its line (perhaps with an encyclopedia's edit link or a colon)
 * and the entries under it, each numbered or marked ({@code 1. "Talks end". Harbour Herald. 2 May
 * 2022.}, {@code ^ ...}, {@code [3] ...}, {@code - ...}), up to the first line that is no entry;
 * and a line that tells when a cited page was read ({@code Retrieved 12 March 2024.}). The titles
 * of the works cited are headlines of other pages, never the page's own text.
 */
final class ReferenceLists {
  /** The rule of a reference list's lines. */
  static final String RULE = "references";

  /** The headings of a list of references, lower-cased, without an edit link or a colon. */
  private static final ImmutableSet<String> HEADINGS =
      ImmutableSet.of(
          "references",
          "notes",
          "citations",
          "sources",
          "footnotes",
          "bibliography",
          "works cited",
          "notes and references",
          "further reading");

  /** The first letters of those headings, capitalised: the cheap test of a line. */
  private static final String HEADING_INITIALS = "RNCSFBW";

  /** The longest heading read. */
  private static final int MAX_HEADING = 40;

  /** The longest line that tells when a cited page was read. */
  private static final int MAX_RETRIEVED = 80;

  private ReferenceLists() {}

  /** Sets aside the reference lists of the page. */
  static void mark(ArticleLines lines) {
    for (int l = 0; l < lines.count; l++) {
      if (lines.isBlank(l)) {
        continue;
      }
      if (lines.hasBody(l) && isRetrieved(lines, l)) {
        lines.wholeRule[l] = RULE;
        continue;
      }
      if (!isHeading(lines, l)) {
        continue;
      }
      int k = ReleaseIssuers.nextNonBlank(lines, l);
      if (k < 0 || !isEntry(lines, k)) {
        continue;
      }
      lines.wholeRule[l] = RULE;
      while (k >= 0 && isEntry(lines, k)) {
        lines.wholeRule[k] = RULE;
        l = k;
        k = ReleaseIssuers.nextNonBlank(lines, k);
      }
    }
  }

  /** Whether line {@code l}, whatever rule has taken it, is a reference list's heading. */
  private static boolean isHeading(ArticleLines lines, int l) {
    int s = lines.ls[l];
    int e = lines.le[l];
    if (e - s > MAX_HEADING || HEADING_INITIALS.indexOf(lines.text.charAt(s)) < 0) {
      return false;
    }
    int edit = SubHeadings.editMarkStart(lines, l);
    if (edit > s && lines.be[l] == e) {
      e = Text.trimEnd(lines.text, s, edit);
    }
    if (lines.text.charAt(e - 1) == ':') {
      e--;
    }
    return HEADINGS.contains(lines.text.substring(s, e).toLowerCase(Locale.ROOT));
  }

  /** Whether body line {@code l} opens as an entry of a list: a number, a caret, a bullet. */
  private static boolean isEntry(ArticleLines lines, int l) {
    if (!lines.hasBody(l)) {
      return false;
    }
    String text = lines.text;
    int s = lines.bs[l];
    int e = lines.be[l];
    char c = text.charAt(s);
    if (c == '^' || c == '\u2191' || c == '-' || c == '\u2022' || c == '*') {
      return true;
    }
    if (c == '[') {
      int close = NoteMarks.end(text, s, e);
      return close > s;
    }
    int p = s;
    while (p < e && Character.isDigit(text.charAt(p))) {
      p++;
    }
    return p > s && p + 1 < e && (text.charAt(p) == '.' || text.charAt(p) == ')');
  }

  /** Whether body line {@code l} tells when a cited page was read: {@code Retrieved 12 March}. */
  private static boolean isRetrieved(ArticleLines lines, int l) {
    int s = lines.bs[l];
    int e = lines.be[l];
    if (e - s > MAX_RETRIEVED || lines.text.charAt(s) != 'R') {
      return false;
    }
    int p = s + "Retrieved".length();
    return Text.regionMatches(lines.text, s, e, "Retrieved ")
        && p + 1 < e
        && (Character.isDigit(lines.text.charAt(p + 1))
            || Character.isUpperCase(lines.text.charAt(p + 1)))
        && lines.hasDigit(p, e);
  }
}
