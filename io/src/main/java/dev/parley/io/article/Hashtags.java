package dev.parley.io.article;

/** The line rule for a line of hashtags ({@code #FishingTalks #Quotas}): the story's tags. */
final class Hashtags {
  private Hashtags() {}

  /**
   * Whether [s, e) is made only of hashtags: two or more words, each a {@code #} and letters or
   * digits with a letter among them, separated by spaces or commas. "#1 priority is the quota" and
   * "The #MeToo campaign grew" are body.
   */
  static boolean isHashtagLine(String text, int s, int e) {
    int tags = 0;
    int p = s;
    while (p < e) {
      if (text.charAt(p) != '#') {
        return false;
      }
      int word = ++p;
      boolean letter = false;
      while (p < e && (Character.isLetterOrDigit(text.charAt(p)) || text.charAt(p) == '_')) {
        letter |= Character.isLetter(text.charAt(p));
        p++;
      }
      if (p == word || !letter) {
        return false;
      }
      tags++;
      while (p < e && (Text.isInlineSpace(text.charAt(p)) || text.charAt(p) == ',')) {
        p++;
      }
    }
    return tags >= 2;
  }
}
