package dev.parley.io.article;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds an article's headline: the first substantial line, with the shorter lines before it as
 * kickers and the lines repeating it set aside, or else the body's first sentence. A news release's
 * issuer between its label and its title ({@link ReleaseIssuers}) is set aside, not the headline,
 * and so is a newsletter's name over its day when the lead item's title follows ({@link
 * NewsletterNames}).
 */
final class Headlines {
  /** Longest line that can be a headline; a longer first line is body. */
  static final int MAX_HEADLINE_LINE = 250;

  /** Longest headline taken from a body sentence; longer ones are cut at a space. */
  static final int MAX_HEADLINE = 300;

  /** Most words a site's name after a headline's last separator may have. */
  private static final int MAX_SITE_WORDS = 5;

  private final ArticleLines lines;
  private final Navigation navigation;
  private final String text;
  private final int[] bs;
  private final int[] be;

  /**
   * How far {@link #distinctBodyLinesBefore} has looked, the body lines it has counted, and the key
   * of the first of them with and without the site's name after it.
   */
  private int openingScanned;

  private int openingCount;
  private @Nullable String openingFirst;
  private @Nullable String openingFirstWithoutSite;

  /** Where the body sentence that gives the headline starts, when no line is the headline. */
  private int from;

  Headlines(ArticleLines lines, Navigation navigation) {
    this.lines = lines;
    this.navigation = navigation;
    this.text = lines.text;
    this.bs = lines.bs;
    this.be = lines.be;
  }

  /**
   * Picks the headline among the lines, marking it, its kickers and its repeats; returns its text,
   * or null when the headline is to be the first sentence of the body ({@link #fromBody}): the
   * first line is body text (too long, or it follows a date header), or no line has body text.
   */
  @Nullable String find() {
    int first = -1;
    List<Integer> kickers = new ArrayList<>();
    for (int l = 0; l < lines.count; l++) {
      if (!lines.hasBody(l)) {
        continue;
      }
      if (isSubstantial(bs[l], be[l])) {
        first = l;
        break;
      }
      kickers.add(l);
    }
    if (first < 0) {
      return null; // only short lines: the first one is both headline and body
    }
    if (kickers.isEmpty() && ReleaseIssuers.isIssuer(lines, first)) {
      lines.wholeRule[first] = ReleaseIssuers.RULE; // "NEWS RELEASE", the issuer, then the title
      first = ReleaseIssuers.nextNonBlank(lines, first);
    }
    int story = kickers.isEmpty() ? titleAfterSiteName(first) : -1;
    if (story >= 0) {
      lines.wholeRule[first] =
          "site-name"; // "The Harbour Herald", its menu, then the story's title
      first = story;
    }
    int title = NewsletterNames.titleAfterName(lines, first);
    if (title >= 0) {
      lines.wholeRule[first] =
          "site-name"; // "The Morning Briefing", its day, then the lead's title
      if (SectionHeadings.RULE.equals(lines.wholeRule[title])) {
        lines.wholeRule[title] = "headline";
        return collapseSpaces(text.substring(SectionHeadings.titleStart(lines, title), be[title]));
      }
      first = title;
    }
    boolean ownLine =
        lines.prefixRule[first] == null
            && lines.suffixRule[first] == null
            && be[first] - bs[first] <= MAX_HEADLINE_LINE;
    String key = lines.key(bs[first], be[first]);
    if (!ownLine || !hasBodyAfter(first, key)) {
      from = bs[first];
      return null;
    }
    for (int l : kickers) {
      lines.wholeRule[l] = "kicker";
    }
    lines.wholeRule[first] = "headline";
    String withoutSite = keyWithoutSite(bs[first], be[first]);
    int separator = siteSeparator(bs[first], be[first]);
    String site = separator < 0 ? null : lines.key(separator + 1, be[first]);
    int shown = first;
    for (int l = first + 1; l < lines.count; l++) {
      if (site != null && lines.hasBody(l) && site.equals(lines.key(bs[l], be[l]))) {
        lines.wholeRule[l] = "site-name"; // the site's name on a line of its own, as a masthead
        continue;
      }
      if (lines.hasBody(l) && lines.prefixRule[l] == null && mayRepeat(first, l)) {
        String lineKey = lines.key(bs[l], be[l]);
        if (key.equals(lineKey) || lineKey.equals(withoutSite)) {
          lines.wholeRule[l] = "repeated-headline";
          if (shown == first && lineKey.equals(withoutSite)) {
            shown = l; // the page's own headline, without the site's name the title bar adds
          }
        }
      }
    }
    return collapseSpaces(text.substring(bs[shown], be[shown]));
  }

  /** How many lines after a site's name its story's title may stand. */
  private static final int MAX_TITLE_DISTANCE = 12;

  /**
   * The line of the story's title after a site's name on line {@code l}, or -1: when line {@code l}
   * is a name ({@link ReleaseIssuers#isName}: a few capitalised words, no end mark, no verb) and
   * the next line that is not blank is the site's furniture (its menu, its breadcrumbs, a masthead
   * with its date), the site's name heads the page and the headline is the first line after it,
   * within a few, that reads as a title: substantial, on its own line, with no end mark of a told
   * sentence (a subscription nag before it is no title).
   */
  private int titleAfterSiteName(int l) {
    int next = ReleaseIssuers.nextNonBlank(lines, l);
    if (next < 0
        || !("navigation".equals(lines.wholeRule[next]) || "dateline".equals(lines.wholeRule[next]))
        || !ReleaseIssuers.isName(lines, l)) {
      return -1;
    }
    for (int k = next + 1; k < lines.count && k <= l + MAX_TITLE_DISTANCE; k++) {
      if (lines.hasBody(k)
          && lines.prefixRule[k] == null
          && lines.suffixRule[k] == null
          && isSubstantial(bs[k], be[k])
          && be[k] - bs[k] <= MAX_HEADLINE_LINE
          && ".!?:;,".indexOf(text.charAt(be[k] - 1)) < 0) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The headline taken from the body: the first sentence that ends after where the headline would
   * have stood (or the first sentence), its spaces collapsed, cut at a space if too long.
   */
  String fromBody(List<Sentence> sentences) {
    return headlineFromSentence(firstSentenceFrom(sentences, from));
  }

  /** Whether line {@code l} is short enough to repeat the headline on line {@code first}. */
  private boolean mayRepeat(int first, int l) {
    return be[l] - bs[l] <= 2 * (be[first] - bs[first]) + 20;
  }

  private boolean hasBodyAfter(int first, String key) {
    for (int l = first + 1; l < lines.count; l++) {
      if (lines.hasBody(l) && (!mayRepeat(first, l) || !key.equals(lines.key(bs[l], be[l])))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The body lines before {@code line}, while lines are still being classified: the headline is not
   * known yet, so a line that repeats the first one (perhaps without the site's name after it) does
   * not count, and neither does a label after it (a site's or a section's name on a line of its
   * own). Past two, the count is only said to be two.
   */
  int distinctBodyLinesBefore(int line) {
    // lines are classified in order, so each line before is looked at once and the count only grows
    for (; openingScanned < line && openingCount <= 1; openingScanned++) {
      int l = openingScanned;
      if (!lines.hasBody(l)
          || (openingFirst != null && navigation.isMenuPart(bs[l], be[l]))
          || (openingFirst == null && ReleaseIssuers.isIssuer(lines, l))) {
        continue; // after the first, a label ("Energy Desk", "Africa") is no paragraph
      }
      if (openingFirst == null) {
        openingFirst = lines.key(bs[l], be[l]);
        openingFirstWithoutSite = keyWithoutSite(bs[l], be[l]);
        openingCount++;
        continue;
      }
      String k = lines.key(bs[l], be[l]);
      if (!k.equals(openingFirst) && !k.equals(openingFirstWithoutSite)) {
        openingCount++;
      }
    }
    return Math.min(openingCount, 2);
  }

  /** Whether a line before {@code line} may be the headline: it has body text and substance. */
  boolean headlineBefore(int line) {
    for (int l = 0; l < line; l++) {
      if (lines.hasBody(l) && isSubstantial(bs[l], be[l])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The key of a headline line without the site's name after its last separator ("Truce signed |
   * Horn Daily", "Truce signed - The Daily Post"), or null when it has none: a page repeats its
   * headline without the name.
   */
  @Nullable String keyWithoutSite(int s, int e) {
    int separator = siteSeparator(s, e);
    return separator < 0 ? null : lines.key(s, separator);
  }

  /**
   * Where the separator before the site's name after a headline stands ({@link #keyWithoutSite}),
   * or -1.
   */
  private int siteSeparator(int s, int e) {
    for (int i = e - 1; i > s + 2; i--) {
      char c = text.charAt(i);
      if ((c == '|' || c == '-' || c == '\u2013' || c == '\u2014')
          && Text.isInlineSpace(text.charAt(i - 1))
          && i + 1 < e
          && Text.isInlineSpace(text.charAt(i + 1))) {
        int words = lines.countWords(i + 1, e);
        return words >= 1 && words <= MAX_SITE_WORDS ? i : -1;
      }
    }
    return -1;
  }

  /** Whether [s, e) has at least two words and ten letters. */
  private boolean isSubstantial(int s, int e) {
    int letters = 0;
    int words = 0;
    boolean inWord = false;
    for (int i = s; i < e; i++) {
      boolean letter = Character.isLetter(text.charAt(i));
      if (letter) {
        letters++;
        if (!inWord) {
          words++;
        }
      }
      inWord = letter;
    }
    return words >= 2 && letters >= 10;
  }

  private static String collapseSpaces(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Text.isSpace(c)) {
        space = true;
      } else {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String firstSentenceFrom(List<Sentence> sentences, int offset) {
    for (Sentence s : sentences) {
      if (s.end() > offset) {
        return s.text();
      }
    }
    return sentences.get(0).text();
  }

  private static String headlineFromSentence(String sentence) {
    String h = collapseSpaces(sentence);
    if (h.length() <= MAX_HEADLINE) {
      return h;
    }
    int cut = h.lastIndexOf(' ', MAX_HEADLINE);
    return h.substring(0, cut > 0 ? cut : MAX_HEADLINE);
  }
}
