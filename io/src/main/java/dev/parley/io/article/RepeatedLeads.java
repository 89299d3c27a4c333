package dev.parley.io.article;

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
    int[] opening = new int[OPENING];
    int[] counts = new int[OPENING];
    // each line's words as hashes, worked out only for a pair whose counts of words may be nearly
    // the same: most pairs differ too much in length for their words to be compared
    long[][] words = new long[OPENING][];
    int n = 0;
    for (int l = firstAfterHeadline(lines); l < lines.count && n < OPENING; l++) {
      if (!lines.hasBody(l)) {
        continue;
      }
      int count = lines.countWords(lines.bs[l], lines.be[l]);
      long[] lineWords = null;
      for (int k = 0; k < Math.min(STANDFIRSTS, n); k++) {
        if (!lengthsAllow(counts[k], count)) {
          continue;
        }
        if (words[k] == null) {
          words[k] = lines.wordHashes(lines.bs[opening[k]], lines.be[opening[k]]);
        }
        if (lineWords == null) {
          lineWords = lines.wordHashes(lines.bs[l], lines.be[l]);
        }
        if (nearlySame(words[k], lineWords)) {
          // the copy with fewer words is set aside: the other may add who said it, or when
          int shorter = counts[k] < count ? opening[k] : l;
          lines.wholeRule[shorter] = "repeated-lead";
          break;
        }
      }
      opening[n] = l;
      counts[n] = count;
      words[n] = lineWords;
      n++;
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
   * Whether two lines of {@code a} and {@code b} words may say nearly the same words: each has at
   * least {@link #MIN_WORDS}, and the longer only a few more ({@link #nearlySame}).
   */
  private static boolean lengthsAllow(int a, int b) {
    int shorter = Math.min(a, b);
    int longer = Math.max(a, b);
    return shorter >= MIN_WORDS && longer - shorter <= Math.max(EXTRA_WORDS, shorter / 4);
  }

  /**
   * Whether two lines say nearly the same words: each of at least {@link #MIN_WORDS}, the longer
   * with only a few words more ({@link #EXTRA_WORDS}, or a quarter of the shorter's: an
   * attribution, a day), and the words they share (counted with repeats) at least {@link
   * #NEAR_VERBATIM} of the shorter one's.
   */
  static boolean nearlySame(long[] a, long[] b) {
    if (!lengthsAllow(a.length, b.length)) {
      return false;
    }
    int shorter = Math.min(a.length, b.length);
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
