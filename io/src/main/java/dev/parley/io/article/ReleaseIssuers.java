package dev.parley.io.article;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;

/**
 * The line rule for a news release's issuer: the name of the union, ministry or company that issues
 * it, on a line of its own between the release's label ({@code NEWS RELEASE}, {@code MEDIA
 * ADVISORY}) and its title, set aside as {@code release-issuer} so the title is the headline.
 *
 * <p>The signs are the layout's: the line is the first with body text, right under the label; it is
 * a short name, words in capitals but for the small words of names ("Ministry of Fisheries and
 * Oceans"), with no end mark and no word that makes a verb phrase ("to", "is", "will"); and the
 * line under it is the title, at least two words longer and not a told sentence. A title right
 * under the label, with the story after it, stays the headline.
 */
final class ReleaseIssuers {
  /** The rule of a release's label, given by the cues of {@code boilerplate.txt}. */
  static final String LABEL = "press-release";

  /** The rule of the issuer's line. */
  static final String RULE = "release-issuer";

  /** Most words an issuer's name may have. */
  private static final int MAX_WORDS = 8;

  /** Longest issuer's line. */
  private static final int MAX_CHARS = 80;

  /** How many words longer than the issuer's line the title under it is at least. */
  private static final int TITLE_EXTRA_WORDS = 2;

  /** Small words a name holds in lower case: "Ministry of Labour", "Union des pêcheurs". */
  static final ImmutableSet<String> NAME_CONNECTORS =
      ImmutableSet.of(
          "of", "and", "for", "the", "on", "in", "at", "de", "du", "des", "la", "le", "et", "und",
          "der", "für", "y", "del");

  /** Words that make a verb phrase of a short line: a title, not a name ("Unions to Strike"). */
  private static final ImmutableSet<String> VERB_SIGNS =
      ImmutableSet.of(
          "to", "is", "are", "was", "were", "will", "has", "have", "had", "says", "said", "would");

  private ReleaseIssuers() {}

  /** Whether line {@code l} is a release's issuer, under its label and over its title. */
  static boolean isIssuer(ArticleLines lines, int l) {
    if (!lines.hasBody(l) || lines.prefixRule[l] != null || lines.suffixRule[l] != null) {
      return false;
    }
    int label = lines.previousNonBlank(l);
    if (label < 0 || !LABEL.equals(lines.wholeRule[label]) || !isName(lines, l)) {
      return false;
    }
    int title = nextNonBlank(lines, l);
    return title >= 0
        && lines.hasBody(title)
        && lines.prefixRule[title] == null
        && lines.be[title] - lines.bs[title] <= Headlines.MAX_HEADLINE_LINE
        && !endsAsSentence(lines, title)
        && lines.countWords(lines.bs[title], lines.be[title])
            >= lines.countWords(lines.bs[l], lines.be[l]) + TITLE_EXTRA_WORDS;
  }

  /** The line after {@code l} that is not blank, or -1. */
  static int nextNonBlank(ArticleLines lines, int l) {
    for (int k = l + 1; k < lines.count; k++) {
      if (!lines.isBlank(k)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether the body of line {@code l} is a short name: capitalised words, no end mark, no verb.
   */
  static boolean isName(ArticleLines lines, int l) {
    String text = lines.text;
    int s = lines.bs[l];
    int e = lines.be[l];
    if (e - s > MAX_CHARS || ".!?:;,".indexOf(text.charAt(e - 1)) >= 0) {
      return false;
    }
    int words = 0;
    int i = s;
    while (i < e) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        if (c == '"' || c == '\u201c' || c == '\u201d') {
          return false; // a quote: a title's words, not a name
        }
        i++;
        continue;
      }
      int w = i;
      while (i < e && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      words++;
      String word = text.substring(w, i);
      if (Character.isLowerCase(c) && !NAME_CONNECTORS.contains(word)) {
        return false;
      }
      if (VERB_SIGNS.contains(word.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return words >= 2 && words <= MAX_WORDS;
  }

  /**
   * Whether line {@code l} ends as a told sentence: an end mark, perhaps before a closing quote.
   */
  private static boolean endsAsSentence(ArticleLines lines, int l) {
    String text = lines.text;
    for (int i = lines.be[l] - 1; i >= lines.bs[l]; i--) {
      char c = text.charAt(i);
      if (!Text.isCloser(c)) {
        return c == '.' || c == '!';
      }
    }
    return false;
  }
}
