package dev.parley.io.article;

import dev.parley.io.article.BoilerplateCues.Cue;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Matches the cues of {@code boilerplate.txt} against an article's lines: the cues that set a whole
 * line aside, the stamps and the dates after them, and the inline cues that set aside the rest of a
 * line after a sentence's end.
 */
final class LineCues {
  /** The longest line a {@code contains} cue is looked for in. */
  private static final int MAX_CONTAINS_LINE = 400;

  private final ArticleLines lines;
  private final String text;
  private final CueTable cues;
  private final DateClues clues;
  private final LabelledLines labelled;

  /**
   * The positions of the line {@link #lineRule} reads at which a {@code contains} cue may match: a
   * word's start whose char begins one. Worked out once a line, when the first such cue is tried;
   * {@code containsCount} is -1 until then.
   */
  private int[] containsAt = new int[16];

  private int containsCount = -1;

  LineCues(ArticleLines lines, CueTable cues, DateClues clues) {
    this.lines = lines;
    this.text = lines.text;
    this.cues = cues;
    this.clues = clues;
    this.labelled = new LabelledLines(lines);
  }

  /** The rule of the first whole-line cue that matches the line [s, e), or null. */
  @Nullable String lineRule(int s, int e) {
    containsCount = -1;
    for (Cue cue : cues.forLineOpening(text.charAt(s))) {
      boolean matched =
          switch (cue.match) {
            case START, INLINE -> cue.matchAt(text, s, e) >= 0;
            case LINE -> {
              int end = cue.matchAt(text, s, e);
              yield end >= 0 && lines.onlyPunctuation(end, e);
            }
            case CONTAINS -> e - s <= MAX_CONTAINS_LINE && contains(cue, s, e);
            case STAMP, PUBLISHED -> {
              int after = cue.matchAt(text, s, e);
              yield after >= 0 && isStamp(cue, after, e, s);
            }
            case SECTION -> {
              int after = cue.matchAt(text, s, e);
              yield after >= 0 && labelled.isSectionHeading(after, e);
            }
            case BAR -> {
              int after = cue.matchAt(text, s, e);
              yield after >= 0 && labelled.isBar(s, after, e);
            }
          };
      if (matched) {
        return cue.rule;
      }
    }
    return null;
  }

  private boolean contains(Cue cue, int s, int e) {
    if (containsCount < 0) {
      findContainsStarts(s, e);
    }
    for (int k = 0; k < containsCount; k++) {
      int p = containsAt[k];
      if (cue.mayStartAt(text, p, e) && cue.matchAt(text, p, e) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Sets {@link #containsAt} to the word starts of [s, e) at which a contains cue may start. */
  private void findContainsStarts(int s, int e) {
    containsCount = 0;
    for (int p = s; p < e; p++) {
      if (cues.mayStartContains(text, p, e)
          && (p == s || !Character.isLetterOrDigit(text.charAt(p - 1)))) {
        if (containsCount == containsAt.length) {
          containsAt = Arrays.copyOf(containsAt, containsCount * 2);
        }
        containsAt[containsCount++] = p;
      }
    }
  }

  /**
   * Whether [s, e) is a stamp cue and its date, or a stamp cue and a short time note ({@code
   * Updated 3 hours ago}).
   */
  boolean isStamp(int s, int e) {
    for (Cue cue : cues.stamps) {
      int after = cue.matchAt(text, s, e);
      if (after >= 0 && isStamp(cue, after, e, s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a stamp cue ending at {@code after} is followed by a date (or a short time note); the
   * date of a {@code published} cue, with the text from {@code s}, states the publication date.
   */
  private boolean isStamp(Cue cue, int after, int e, int s) {
    int p = after;
    while (p < e && (Text.isSpace(text.charAt(p)) || ":-–|".indexOf(text.charAt(p)) >= 0)) {
      p++;
    }
    for (DateMention m : lines.datelineMentions(p, Math.min(e, p + Datelines.MAX_DATELINE))) {
      if (m.start() - p > 20) {
        break;
      }
      if (m.precision() == DatePrecision.DAY && !m.relative()) {
        if (cue.match == BoilerplateCues.Match.PUBLISHED) {
          clues.publishedStamp(m.date(), s, e);
        } else if (cue.match == BoilerplateCues.Match.STAMP) {
          clues.updatedStamp(m.date(), s, e);
          publishedAfter(m.end(), e);
        }
        return true;
      }
    }
    // "Updated 3 hours ago": a short remainder with a number is a stamp without a date
    return e - p <= 40 && lines.hasDigit(p, e);
  }

  /**
   * Records the date of a {@code published} stamp that follows an update stamp on its line, from
   * {@code from} to {@code e} ({@code Last updated 5 March 2021 | Published 3 March 2021}): the
   * first publication is the page's day, whichever stamp the page shows first.
   */
  private void publishedAfter(int from, int e) {
    for (int p = from; p < e; p++) {
      if (!Character.isLetter(text.charAt(p)) || Character.isLetter(text.charAt(p - 1))) {
        continue; // a published cue starts a word
      }
      for (Cue cue : cues.published) {
        if (cue.mayStartAt(text, p, e)) {
          int after = cue.matchAt(text, p, e);
          if (after >= 0 && isStamp(cue, after, e, p)) {
            return;
          }
        }
      }
    }
  }

  /** Whether an update stamp's cue opens [from, to), whatever follows it. */
  boolean opensWithUpdateStamp(int from, int to) {
    for (Cue cue : cues.updateStamps) {
      if (cue.matchAt(text, from, to) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Sets aside the rest of line {@code l} from an inline cue that follows a sentence's end. */
  void setAsideInlineRest(int l) {
    int e = lines.le[l];
    for (int p = lines.bs[l]; p < e; p++) {
      if (!SentenceSplitter.isTerminator(text.charAt(p))) {
        continue;
      }
      int k = p + 1;
      while (k < e
          && (SentenceSplitter.isTerminator(text.charAt(k)) || Text.isCloser(text.charAt(k)))) {
        k++;
      }
      int a = k;
      while (a < e && Text.isInlineSpace(text.charAt(a))) {
        a++;
      }
      if (a == k || a >= e) {
        p = k - 1;
        continue;
      }
      for (Cue cue : cues.inline) {
        if (cue.matchAt(text, a, e) >= 0) {
          lines.suffixRule[l] = cue.rule;
          lines.be[l] = Text.trimEnd(text, lines.bs[l], a);
          lines.suffixStart[l] = a;
          return;
        }
      }
      p = k - 1;
    }
  }
}
