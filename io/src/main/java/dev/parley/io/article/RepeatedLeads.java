package dev.parley.io.article;

import java.util.ArrayList;
import java.util.List;

/**
 * The line rule for a lead the body repeats: a page shows a summary paragraph (a standfirst) under
 * its headline and the story then opens with nearly the same words; the copy with fewer words (the
 * later one when they are as long) is {@code repeated-lead}, so that its statements are not read
 * twice and the one kept is the one that may say who spoke. A summary in other words is body.
 */
final class RepeatedLeads {
  /** How many body lines under the headline may be a standfirst. */
  private static final int STANDFIRSTS = 3;

  /** How many body lines under the headline are looked at for a repeat. */
  private static final int OPENING = 8;

  /** The fewest words of a lead whose repeat is set aside: short lines repeat by chance. */
  private static final int MIN_WORDS = 8;

  /**
   * The share of the shorter line's words that both lines must have for one to repeat the other.
   */
  private static final double NEAR_VERBATIM = 0.9;

  /** How many words more than the other the longer of two nearly same lines may have, at least. */
  private static final int EXTRA_WORDS = 3;

  private RepeatedLeads() {}

  /**
   * Sets aside one of each two body lines under the headline that say nearly the same words: the
   * one with fewer words.
   */
  static void mark(ArticleLines lines) {
    List<Integer> opening = new ArrayList<>();
    List<long[]> words = new ArrayList<>();
    for (int l = firstAfterHeadline(lines); l < lines.count && opening.size() < OPENING; l++) {
      if (!lines.hasBody(l)) {
        continue;
      }
      long[] lineWords = lines.wordHashes(lines.bs[l], lines.be[l]);
      for (int k = 0; k < Math.min(STANDFIRSTS, opening.size()); k++) {
        if (nearlySame(words.get(k), lineWords)) {
          // the copy with fewer words is set aside: the other may add who said it, or when
          int shorter = words.get(k).length < lineWords.length ? opening.get(k) : l;
          lines.wholeRule[shorter] = "repeated-lead";
          break;
        }
      }
      opening.add(l);
      words.add(lineWords);
    }
  }

  /** The line after the headline, or the first line when none is the headline. */
  private static int firstAfterHeadline(ArticleLines lines) {
    for (int l = 0; l < lines.count; l++) {
      if ("headline".equals(lines.wholeRule[l])) {
        return l + 1;
      }
    }
    return 0;
  }

  /**
   * Whether two lines say nearly the same words: each of at least {@link #MIN_WORDS}, the longer
   * with only a few words more ({@link #EXTRA_WORDS}, or a quarter of the shorter's: an
   * attribution, a day), and the words they share (counted with repeats) at least {@link
   * #NEAR_VERBATIM} of the shorter one's.
   */
  static boolean nearlySame(long[] a, long[] b) {
    int shorter = Math.min(a.length, b.length);
    int longer = Math.max(a.length, b.length);
    if (shorter < MIN_WORDS || longer - shorter > Math.max(EXTRA_WORDS, shorter / 4)) {
      return false;
    }
    int shared = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared >= NEAR_VERBATIM * shorter;
  }
}
