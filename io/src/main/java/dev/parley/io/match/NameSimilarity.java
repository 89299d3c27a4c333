package dev.parley.io.match;

import java.util.Locale;

/**
 * Decides whether a word is a garbled spelling of a proper name, as machine translation and
 * transliteration produce ({@code Bellingen} or {@code Blingen} for {@code Blinken}, {@code Lawrow}
 * for {@code Lavrov}, {@code Zelenskiy} for {@code Zelensky}).
 *
 * <p>Two words of at least {@value #MIN_LENGTH} letters are similar when they start with the same
 * letter (after folding accents and case) and either
 *
 * <ul>
 *   <li>their edit distance (insertions, deletions, substitutions and swaps of neighbours) is at
 *       most 1, or at most 2 when the shorter word has 8 letters or more, and neither word is the
 *       other cut short by its last letter ({@code Macro} is no {@code Macron}, but {@code Borrel}
 *       may be {@code Borrell}, whose last letter is doubled); or
 *   <li>they have the same {@link #skeleton(String) consonant skeleton} of at least 4 classes and
 *       their lengths differ by at most 3.
 * </ul>
 */
public final class NameSimilarity {
  /** Shorter words are never compared: too many ordinary words are near short names. */
  public static final int MIN_LENGTH = 5;

  private NameSimilarity() {}

  /**
   * A phonetic consonant skeleton: lower case, accents folded; {@code sch}, {@code tch}, {@code
   * ch}, {@code sh}, {@code zh}, {@code cz}, {@code sz} become one hushing class; {@code kh},
   * {@code ck}, {@code gh}, {@code c}, {@code k}, {@code q}, {@code g} become {@code K}; {@code
   * ph}, {@code f}, {@code v}, {@code w} become {@code V}; {@code th} becomes {@code T}; {@code h}
   * elsewhere is dropped; vowels (with {@code y}) are dropped except a leading one; runs of one
   * class collapse to one.
   */
  public static String skeleton(String word) {
    String s = Tokenizer.fold(word).toLowerCase(Locale.ROOT);
    StringBuilder classes = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (s.startsWith("sch", i) || s.startsWith("tch", i)) {
        classes.append('X');
        i += 3;
        continue;
      }
      if (s.startsWith("ch", i)
          || s.startsWith("sh", i)
          || s.startsWith("zh", i)
          || s.startsWith("cz", i)
          || s.startsWith("sz", i)) {
        classes.append('X');
        i += 2;
        continue;
      }
      if (s.startsWith("kh", i) || s.startsWith("ck", i) || s.startsWith("gh", i)) {
        classes.append('K');
        i += 2;
        continue;
      }
      if (s.startsWith("ph", i)) {
        classes.append('V');
        i += 2;
        continue;
      }
      if (s.startsWith("th", i)) {
        classes.append('T');
        i += 2;
        continue;
      }
      i++;
      switch (c) {
        case 'c', 'k', 'q', 'g' -> classes.append('K');
        case 'f', 'v', 'w' -> classes.append('V');
        case 'a', 'e', 'i', 'o', 'u', 'y' -> classes.append('a');
        case 'h' -> {}
        default -> {
          if (c >= 'a' && c <= 'z') {
            classes.append(Character.toUpperCase(c));
          }
        }
      }
    }
    StringBuilder out = new StringBuilder(classes.length());
    for (int k = 0; k < classes.length(); k++) {
      char c = classes.charAt(k);
      if (c == 'a' && k > 0) {
        continue;
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * The optimal-string-alignment edit distance between {@code a} and {@code b}, or {@code limit +
   * 1} as soon as it is known to exceed {@code limit}.
   */
  public static int editDistance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int n = a.length();
    int m = b.length();
    int[] prev2 = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[m], limit + 1);
  }

  /**
   * How far {@code word} is from {@code name}: 0 to 2 for an edit distance within the threshold, 3
   * for a match by skeleton only, or -1 when they are not similar (see the class comment).
   */
  public static int distance(String word, String name) {
    String a = Tokenizer.fold(word).toLowerCase(Locale.ROOT);
    String b = Tokenizer.fold(name).toLowerCase(Locale.ROOT);
    if (a.length() < MIN_LENGTH || b.length() < MIN_LENGTH || a.charAt(0) != b.charAt(0)) {
      return -1;
    }
    int d = editDistanceWithin(a, b);
    if (d >= 0) {
      return d;
    }
    if (Math.abs(a.length() - b.length()) <= 3) {
      String sa = skeleton(a);
      if (sa.length() >= 4 && sa.equals(skeleton(b))) {
        return 3;
      }
    }
    return -1;
  }

  /**
   * The first test of {@link #distance} on two folded, lower-case words of the same initial: their
   * edit distance when it is within the threshold and neither is the other cut short, else -1.
   */
  static int editDistanceWithin(String a, String b) {
    int limit = Math.min(a.length(), b.length()) >= 8 ? 2 : 1;
    int d = editDistance(a, b, limit);
    return d <= limit && !truncation(a, b) ? d : -1;
  }

  /** Whether one word is the other without its last letter, as common words are to names. */
  private static boolean truncation(String a, String b) {
    return (a.length() + 1 == b.length() && b.startsWith(a) && !doubledEnd(b))
        || (b.length() + 1 == a.length() && a.startsWith(b) && !doubledEnd(a));
  }

  private static boolean doubledEnd(String s) {
    return s.charAt(s.length() - 1) == s.charAt(s.length() - 2);
  }

  /** Whether {@code word} may be a garbled spelling of {@code name}. */
  public static boolean similar(String word, String name) {
    return distance(word, name) >= 0;
  }
}
