package dev.parley.io.article;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The line rule for a block of readers' comments under an article: each comment's name over a time
 * stamp ({@code Jane Roe} over {@code 2h ago} or {@code Oct 4, 2024 at 9:12 am}), its text, and its
 * bar of controls ({@code Reply · Like (23)}, {@code Report}), perhaps under a heading ({@code 12
 * comments}, {@code Log in to comment}).
 *
 * <p>A block is found only from lines no body sentence is: a bar of the controls of a comment, or a
 * commenter's name over a time stamp alone on its line. It takes two bars of controls, or a heading
 * of comments just above the first comment and a second bar or stamp, so that a live page's entries
 * (a name over "3 hours ago") are no comments and a paragraph that mentions a reply or a comment
 * stays body; bars or stamps more than {@value #MAX_COMMENT_LINES} lines of text apart are no one
 * block. The block runs from the heading (else the first commenter's name) to the last bar of
 * controls, or to the end of the paragraph of a last comment that has none.
 */
final class ReaderComments {
  /** The rule the lines of a block of comments are set aside under. */
  static final String RULE = "comments";

  /** The longest line that may be a bar of a comment's controls or a time stamp. */
  private static final int MAX_CONTROL_LINE = 80;

  /** The longest line that may be a commenter's name. */
  private static final int MAX_NAME_LINE = 40;

  /** Most words of a commenter's name line. */
  private static final int MAX_NAME_WORDS = 4;

  /**
   * Most lines of text between two comments' bars or stamps: further apart, they are no one block,
   * and an article between two such lines is never taken as comments.
   */
  private static final int MAX_COMMENT_LINES = 8;

  /** How many lines (not blank) a heading of comments may stand above the first comment. */
  private static final int HEADING_REACH = 3;

  /** The words of a heading of comments ("Commentary" is a section). */
  private static final ImmutableSet<String> COMMENTS = ImmutableSet.of("comment", "comments");

  /** Words only a comment's bar of controls has: at least one of them must be on the line. */
  private static final ImmutableSet<String> COMMENT_CONTROLS =
      ImmutableSet.of(
          "reply",
          "replies",
          "report",
          "upvote",
          "downvote",
          "dislike",
          "flag",
          "recommend",
          "respect");

  /**
   * Other words a bar of a comment's controls may hold beside them; "Like | Share" alone is a
   * page's sharing bar.
   */
  private static final ImmutableSet<String> OTHER_CONTROLS =
      ImmutableSet.of(
          "like", "likes", "share", "edit", "delete", "hide", "link", "permalink", "vote", "votes");

  private static final ImmutableSet<String> ALL_CONTROLS =
      ImmutableSet.<String>builder().addAll(COMMENT_CONTROLS).addAll(OTHER_CONTROLS).build();

  /** Units of a time stamp told as time gone ({@code 2h ago}, {@code 3 hours ago}). */
  private static final ImmutableSet<String> AGO_UNITS =
      ImmutableSet.of(
          "s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes", "h",
          "hr", "hrs", "hour", "hours", "d", "day", "days", "w", "wk", "wks", "week", "weeks", "mo",
          "month", "months", "y", "yr", "yrs", "year", "years");

  private final ArticleLines lines;
  private final String text;

  private ReaderComments(ArticleLines lines) {
    this.lines = lines;
    this.text = lines.text;
  }

  /** Sets aside the block of readers' comments of the page, if it has one. */
  static void mark(ArticleLines lines) {
    new ReaderComments(lines).markBlock();
  }

  private void markBlock() {
    List<int[]> blocks = new ArrayList<>();
    Cluster cluster = null;
    int linesSince = 0;
    for (int l = 0; l < lines.count; l++) {
      if (lines.isBlank(l)) {
        continue;
      }
      boolean control = isControlBar(l);
      int first = -1;
      if (control) {
        first = l;
      } else if (isTimeStamp(l)) {
        int name = lines.previousNonBlank(l);
        first = name >= 0 && isNameLine(name) ? name : -1;
      } else if (isNamedStamp(l)) {
        first = l;
      }
      if (first < 0) {
        if (lines.wholeRule[l] == null) {
          linesSince++;
        }
        continue;
      }
      if (cluster != null && linesSince > MAX_COMMENT_LINES) {
        cluster.addTo(blocks);
        cluster = null;
      }
      if (cluster == null) {
        cluster = new Cluster(first, headingAbove(first));
      }
      cluster.anchor(l, control);
      linesSince = 0;
    }
    if (cluster != null) {
      cluster.addTo(blocks);
    }
    for (int[] block : blocks) {
      for (int l = block[0]; l <= block[1]; l++) {
        if (!lines.isBlank(l)) {
          lines.wholeRule[l] = RULE;
        }
      }
    }
  }

  /**
   * A run of comments' lines: the first comment's first line, the heading above it (or -1), the
   * last bar of controls or time stamp, and how many bars of controls it has.
   */
  private final class Cluster {
    final int first;
    final int heading;
    int last;
    boolean lastIsControl;
    int controls;
    int stamps;

    Cluster(int first, int heading) {
      this.first = first;
      this.heading = heading;
    }

    void anchor(int l, boolean control) {
      last = l;
      lastIsControl = control;
      if (control) {
        controls++;
      } else {
        stamps++;
      }
    }

    /** Adds the lines of the block, {@code {from, to}}, when the run is one of comments. */
    void addTo(List<int[]> blocks) {
      if (controls < 2 && (heading < 0 || controls + stamps < 2)) {
        return; // one bar alone, or a name over a stamp, may be anything
      }
      int from = heading >= 0 ? heading : first;
      blocks.add(new int[] {from, lastIsControl ? last : endOfParagraphAfter(last)});
    }
  }

  /**
   * The topmost heading of comments up to {@value #HEADING_REACH} lines above {@code line}, or -1.
   */
  private int headingAbove(int line) {
    int heading = -1;
    int l = line;
    for (int seen = 0; seen < HEADING_REACH; seen++) {
      l = lines.previousNonBlank(l);
      if (l < 0) {
        break;
      }
      if (isHeading(l)) {
        heading = l; // the topmost of "12 comments" over "Log in to comment"
      }
    }
    return heading;
  }

  /**
   * Whether line {@code l} heads comments: a cue of comments set it aside ({@code Log in to
   * comment}), or it is a count of comments ({@code 12 comments}, {@code Comments (214)}).
   */
  private boolean isHeading(int l) {
    String rule = lines.wholeRule[l];
    if (RULE.equals(rule)) {
      return true;
    }
    return ("page-meta".equals(rule) || rule == null)
        && lines.le[l] - lines.ls[l] <= MAX_NAME_LINE
        && lines.hasWordIn(lines.ls[l], lines.le[l], COMMENTS);
  }

  /**
   * Whether line {@code l} is a bar of a comment's controls: only words of controls, at least one
   * only a comment has, with counts, brackets and separators between ({@code Reply · Like (23)},
   * {@code Report}, {@code 12 likes | Reply}).
   */
  private boolean isControlBar(int l) {
    int s = lines.ls[l];
    int e = lines.le[l];
    if (e - s > MAX_CONTROL_LINE || (lines.wholeRule[l] != null && !isOurs(l))) {
      return false;
    }
    return lines.onlyWordsIn(s, e, ALL_CONTROLS, "()[]|·•-–+↑↓▲▼")
        && lines.hasWordIn(s, e, COMMENT_CONTROLS);
  }

  /** Whether the rule on line {@code l} is one a comment's own line may have been given. */
  private boolean isOurs(int l) {
    String rule = lines.wholeRule[l];
    return "share".equals(rule) || "page-meta".equals(rule) || TimeStamps.RULE.equals(rule);
  }

  /**
   * Whether line {@code l} is a comment's time stamp: a time told as gone ({@code 2h ago}, {@code 3
   * hours ago}, {@code an hour ago}, after a name and a separator too), or a date line ({@code Oct
   * 4, 2024 at 9:12 am}).
   */
  private boolean isTimeStamp(int l) {
    if ("dateline".equals(lines.wholeRule[l])) {
      return true;
    }
    return agoStart(l) == lines.ls[l];
  }

  /**
   * Where the time told as gone that ends line {@code l} starts ({@code 2h ago}, {@code 3 hours
   * ago}), or -1.
   */
  private int agoStart(int l) {
    int s = lines.ls[l];
    int e = lines.le[l];
    if (e - s > MAX_CONTROL_LINE || (lines.wholeRule[l] != null && !isOurs(l))) {
      return -1;
    }
    int end = e;
    while (end > s && !Character.isLetter(text.charAt(end - 1))) {
      end--; // "2h ago." or "3 hours ago)"
    }
    if (end - 3 < s
        || !Text.regionMatches(text, end - 3, end, "ago")
        || (end - 3 > s && Character.isLetter(text.charAt(end - 4)))) {
      return -1;
    }
    int p = Text.trimEnd(text, s, end - 3);
    int unitEnd = p;
    while (p > s && Character.isLetter(text.charAt(p - 1))) {
      p--;
    }
    if (p == unitEnd || !AGO_UNITS.contains(text.substring(p, unitEnd).toLowerCase(Locale.ROOT))) {
      return -1;
    }
    int q = Text.trimEnd(text, s, p);
    int digits = q;
    while (q > s && Character.isDigit(text.charAt(q - 1))) {
      q--;
    }
    if (q < digits) {
      return q; // "2h ago", "3 hours ago"
    }
    int w = q;
    while (w > s && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    String word = text.substring(w, q).toLowerCase(Locale.ROOT);
    return q < p && (word.equals("a") || word.equals("an")) ? w : -1; // "an hour ago"
  }

  /**
   * Whether line {@code l} is a name, a separator and a time told as gone ({@code Jo · 2h ago}).
   */
  private boolean isNamedStamp(int l) {
    int at = agoStart(l);
    if (at <= lines.ls[l]) {
      return false;
    }
    int end = Text.trimEnd(text, lines.ls[l], at);
    if (end == lines.ls[l] || Navigation.PART_SEPARATORS.indexOf(text.charAt(end - 1)) < 0) {
      return false;
    }
    return isName(lines.ls[l], Text.trimEnd(text, lines.ls[l], end - 1));
  }

  /** Whether line {@code l} is a commenter's name: short, a few words, no sentence's end. */
  private boolean isNameLine(int l) {
    return lines.wholeRule[l] == null && isName(lines.ls[l], lines.le[l]);
  }

  private boolean isName(int s, int e) {
    if (e <= s || e - s > MAX_NAME_LINE) {
      return false;
    }
    char last = text.charAt(e - 1);
    boolean initial =
        last == '.'
            && e - s >= 3
            && Character.isUpperCase(text.charAt(e - 2))
            && Text.isInlineSpace(text.charAt(e - 3)); // "Mira K."
    return (initial || ".?!:\"".indexOf(last) < 0) && lines.countWords(s, e) <= MAX_NAME_WORDS;
  }

  /** The last line of the paragraph after line {@code l}: up to the next blank line past text. */
  private int endOfParagraphAfter(int l) {
    int last = l;
    boolean seenText = false;
    int taken = 0;
    for (int k = l + 1; k < lines.count && taken < MAX_COMMENT_LINES; k++) {
      if (lines.isBlank(k)) {
        if (seenText) {
          break;
        }
        continue;
      }
      if (lines.wholeRule[k] != null && !isOurs(k)) {
        break;
      }
      seenText = true;
      last = k;
      taken++;
    }
    return last;
  }
}
