package dev.parley.io.match;

import com.google.common.collect.ImmutableSet;

/**
 * A deliberately light English stemmer, so that inflected forms of a lexicon phrase match without
 * listing them ({@code demands}, {@code demanded}, {@code demanding} all become {@code demand}).
 *
 * <p>It is applied to lower-case words made only of letters, in lexicon phrases and in text alike,
 * so all that matters is that the inflections of one word meet in one stem; stems need not be
 * words. The steps, in order, on words longer than three letters:
 *
 * <ol>
 *   <li>plural or third person: {@code -ies} becomes {@code -y}; {@code -sses}, {@code -ches},
 *       {@code -shes}, {@code -xes}, {@code -zzes} lose {@code -es}; any other final {@code -s}
 *       goes, except after {@code s}, {@code u} or {@code i} ({@code press}, {@code status}, {@code
 *       crisis});
 *   <li>past and progressive: {@code -ied} becomes {@code -y}; {@code -eed} loses {@code -d};
 *       {@code -ed} and {@code -ing} go when at least three letters with a vowel remain;
 *   <li>a final doubled consonant is undoubled ({@code stopp}, {@code call} become {@code stop},
 *       {@code cal});
 *   <li>a final {@code e} goes when at least three letters remain ({@code propose} and {@code
 *       proposed} both become {@code propos});
 *   <li>a stem that would equal a short function word gets its {@code e} back, so {@code noted} and
 *       {@code notes} become {@code note}, never {@code not}.
 * </ol>
 *
 * <p>Irregular forms ({@code said}, {@code told}, {@code gave}) are not related to their base; a
 * lexicon lists them. Nouns derived from verbs ({@code proposal}) are not reduced either.
 */
public final class Stemmer {
  /** Stems that would collide with a function word ({@code noted} would become {@code not}). */
  private static final ImmutableSet<String> FUNCTION_WORDS =
      ImmutableSet.of(
          "not", "nor", "now", "new", "was", "has", "had", "can", "may", "the", "and", "for", "are",
          "but", "his", "her", "its", "our", "one", "all", "any", "who", "how", "why", "own",
          "use");

  private Stemmer() {}

  /** Returns the stem of a lower-case word; other strings are returned unchanged. */
  public static String stem(String word) {
    if (word.length() <= 3 || !lowerLetters(word)) {
      return word;
    }
    String s = plural(word);
    s = pastOrProgressive(s);
    s = undouble(s);
    if (s.length() > 3 && s.endsWith("e")) {
      s = s.substring(0, s.length() - 1);
    }
    if (FUNCTION_WORDS.contains(s)) {
      return s + "e";
    }
    return s;
  }

  private static String plural(String s) {
    int n = s.length();
    if (s.endsWith("ies") && n > 4) {
      return s.substring(0, n - 3) + "y";
    }
    if (s.endsWith("sses")
        || s.endsWith("ches")
        || s.endsWith("shes")
        || s.endsWith("xes")
        || s.endsWith("zzes")) {
      return s.substring(0, n - 2);
    }
    if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
      return s.substring(0, n - 1);
    }
    return s;
  }

  private static String pastOrProgressive(String s) {
    int n = s.length();
    if (s.endsWith("ied") && n > 4) {
      return s.substring(0, n - 3) + "y";
    }
    if (s.endsWith("eed")) {
      return s.substring(0, n - 1);
    }
    if (s.endsWith("ed") && n - 2 >= 3 && hasVowel(s, n - 2)) {
      return s.substring(0, n - 2);
    }
    if (s.endsWith("ing") && n - 3 >= 3 && hasVowel(s, n - 3)) {
      return s.substring(0, n - 3);
    }
    return s;
  }

  private static String undouble(String s) {
    int n = s.length();
    if (n >= 4 && s.charAt(n - 1) == s.charAt(n - 2) && !isVowel(s.charAt(n - 1))) {
      return s.substring(0, n - 1);
    }
    return s;
  }

  private static boolean hasVowel(String s, int end) {
    for (int i = 0; i < end; i++) {
      if (isVowel(s.charAt(i)) || (i > 0 && s.charAt(i) == 'y')) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  private static boolean lowerLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}
