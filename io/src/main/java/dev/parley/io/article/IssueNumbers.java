package dev.parley.io.article;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;

/**
 * The numbers of a periodical's volume and issue, or of a programme's episode, as a masthead shows
 * them beside its date ({@code Vol. 7, No. 12}, {@code Volume 12 Issue 3}, {@code Episode 187}): a
 * field of the page's furniture, never the start of its text.
 */
final class IssueNumbers {
  /** The labels of a volume's, an issue's, an episode's or a part's number, lower-cased. */
  private static final ImmutableSet<String> LABELS =
      ImmutableSet.of(
          "vol", "volume", "no", "nos", "number", "issue", "iss", "ep", "episode", "part", "pt",
          "series", "season", "edition");

  /** The most labelled numbers in one field. */
  private static final int MAX_NUMBERS = 4;

  /** The longest field read. */
  private static final int MAX_LENGTH = 40;

  private IssueNumbers() {}

  /**
   * Whether [s, e) is only labelled numbers, each a label of {@link #LABELS} (perhaps with a full
   * stop) and then a number in figures or Roman capitals, apart by commas, full stops or blanks.
   */
  static boolean isIssue(String text, int s, int e) {
    if (e - s > MAX_LENGTH || s >= e || !Character.isLetter(text.charAt(s))) {
      return false;
    }
    int numbers = 0;
    int p = s;
    while (p < e) {
      int word = p;
      while (p < e && Character.isLetter(text.charAt(p))) {
        p++;
      }
      if (p == word || !LABELS.contains(text.substring(word, p).toLowerCase(Locale.ROOT))) {
        return false;
      }
      if (p < e && text.charAt(p) == '.') {
        p++;
      }
      p = Text.skipSpace(text, p, e);
      int number = p;
      while (p < e && isNumeral(text.charAt(p))) {
        p++;
      }
      if (p == number || ++numbers > MAX_NUMBERS) {
        return false;
      }
      while (p < e
          && (text.charAt(p) == ',' || text.charAt(p) == '.' || Text.isSpace(text.charAt(p)))) {
        p++;
      }
    }
    return numbers > 0;
  }

  private static boolean isNumeral(char c) {
    return Character.isDigit(c) || "IVXLC".indexOf(c) >= 0;
  }
}
