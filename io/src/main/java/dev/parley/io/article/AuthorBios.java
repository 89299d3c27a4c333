package dev.parley.io.article;

/**
 * The line rule for an author's bio at an article's end: a quoted tagline of short phrases, or a
 * short quoted line under a line that is the author's name.
 */
final class AuthorBios {
  private static final int MAX_NAME_LINE = 40;

  /** Most words of one phrase of a tagline. */
  private static final int MAX_PHRASE_WORDS = 5;

  private AuthorBios() {}

  /**
   * Working up from the end over lines that are blank or boilerplate already, sets aside an
   * author's tagline (a quoted line of short phrases, or any short quoted line under a name) and
   * the name line above it; the first line with body text is never taken.
   */
  static void mark(ArticleLines lines) {
    int firstBody = 0;
    while (firstBody < lines.count && !lines.hasBody(firstBody)) {
      firstBody++;
    }
    for (int l = lines.count - 1; l > firstBody; l--) {
      if (lines.isBlank(l) || lines.wholeRule[l] != null) {
        continue;
      }
      if (lines.prefixRule[l] != null
          || lines.suffixRule[l] != null
          || !isQuoted(lines.text, lines.bs[l], lines.be[l])) {
        return;
      }
      int above = lines.previousNonBlank(l);
      boolean named =
          above > firstBody
              && lines.hasBody(above)
              && isName(lines.text, lines.bs[above], lines.be[above]);
      if (!named && !isTaglineOfPhrases(lines.text, lines.bs[l], lines.be[l])) {
        return;
      }
      lines.wholeRule[l] = "author-bio";
      if (named) {
        lines.wholeRule[above] = "author-bio";
        l = above;
      }
    }
  }

  /** Whether [s, e) is a short line within quotation marks. */
  static boolean isQuoted(String text, int s, int e) {
    return e - s >= 3
        && e - s <= Headlines.MAX_HEADLINE
        && Text.isQuote(text.charAt(s))
        && Text.isQuote(text.charAt(e - 1));
  }

  /** Whether the quoted line [s, e) is two or more phrases of at most five words each. */
  static boolean isTaglineOfPhrases(String text, int s, int e) {
    int phrases = 0;
    int words = 0;
    boolean inWord = false;
    for (int i = s + 1; i < e - 1; i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == ';' || c == ',') {
        if (words > 0) {
          phrases++;
        }
        words = 0;
        inWord = false;
        continue;
      }
      boolean letter = Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’';
      if (letter && !inWord && ++words > MAX_PHRASE_WORDS) {
        return false;
      }
      inWord = letter;
    }
    if (words > 0) {
      phrases++;
    }
    return phrases >= 2;
  }

  /** Whether [s, e) is a name of two or three capitalised words and nothing else. */
  static boolean isName(String text, int s, int e) {
    if (e - s > MAX_NAME_LINE) {
      return false;
    }
    int words = 0;
    int i = s;
    while (i < e) {
      char c = text.charAt(i);
      if (Text.isSpace(c)) {
        i++;
        continue;
      }
      if (!Character.isUpperCase(c)) {
        return false;
      }
      int j = i + 1;
      while (j < e && !Text.isSpace(text.charAt(j))) {
        char d = text.charAt(j);
        if (!Character.isLetter(d) && "-'’.".indexOf(d) < 0) {
          return false;
        }
        j++;
      }
      words++;
      i = j;
    }
    return words >= 2 && words <= 3;
  }
}
