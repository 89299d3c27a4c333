package dev.parley.io.article;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;

/**
 * The line rule for a story's credits other than a {@code By} line: who reported, wrote and edited
 * it ({@code (Reporting by Jane Roe in Oslo; Editing by John Doe)}, {@code Additional reporting by
 * the Paris bureau}), and the agency or files it draws on ({@code With AFP}, {@code With files from
 * The Harbour Press}, {@code (Reuters)} alone on a line).
 */
final class Credits {
  /** The longest credit line. */
  private static final int MAX_CREDIT = Headlines.MAX_HEADLINE_LINE;

  /** The words of a credit's opening before {@code by} or {@code from}. */
  private static final ImmutableSet<String> CREDIT_WORDS =
      ImmutableSet.of(
          "additional",
          "reporting",
          "reported",
          "writing",
          "written",
          "editing",
          "edited",
          "compiled",
          "translated",
          "translation",
          "research",
          "graphics",
          "production",
          "with",
          "and",
          "files");

  private final ArticleLines lines;
  private final String text;
  private final Navigation navigation;
  private final Bylines bylines;

  Credits(ArticleLines lines, Navigation navigation, Bylines bylines) {
    this.lines = lines;
    this.text = lines.text;
    this.navigation = navigation;
    this.bylines = bylines;
  }

  /**
   * Whether [s, e) is a credit line, perhaps between brackets: parts between semicolons, each the
   * words of a credit and {@code by} or {@code from} before names ({@code Reporting by Jane Roe},
   * {@code with files from The Harbour Press}), or {@code With} before names ({@code With AFP});
   * or, between brackets, one to three capitalised words alone ({@code (AFP)}).
   */
  boolean isCredit(int s, int e) {
    if (e - s > MAX_CREDIT) {
      return false;
    }
    int to = text.charAt(e - 1) == '.' ? e - 1 : e;
    int from = s;
    if (to - from > 2 && text.charAt(from) == '(' && text.charAt(to - 1) == ')') {
      from++;
      to--;
      if (navigation.isMenuPart(from, to)) {
        return true;
      }
    }
    int p = from;
    while (p <= to) {
      int q = lines.partEnd(p, to, ";");
      if (!isCreditPart(Text.skipSpace(text, p, q), Text.trimEnd(text, p, q))) {
        return false;
      }
      p = q + 1;
    }
    return true;
  }

  /** Whether [from, to) is a credit's opening and names. */
  private boolean isCreditPart(int from, int to) {
    int words = 0;
    boolean opensWithWith = false;
    int i = from;
    while (i < to) {
      int j = i;
      while (j < to && Character.isLetter(text.charAt(j))) {
        j++;
      }
      if (j == i) {
        return false;
      }
      String word = text.substring(i, j).toLowerCase(Locale.ROOT);
      if (words > 0 && (word.equals("by") || word.equals("from"))) {
        return bylines.isNames(j, to);
      }
      if (!CREDIT_WORDS.contains(word)) {
        return words == 1 && opensWithWith && bylines.isNames(i, to);
      }
      opensWithWith |= words == 0 && word.equals("with");
      words++;
      i = Text.skipSpace(text, j, to);
    }
    return false;
  }
}
