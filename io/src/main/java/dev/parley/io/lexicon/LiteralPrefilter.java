package dev.parley.io.lexicon;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A cheap test that a text may hold a match of a lexicon pattern: literal strings the pattern
 * requires, derived from its source, searched for case-insensitively before the pattern itself is
 * run.
 *
 * <p>The requirement is a list of clauses that must all hold; a clause holds when the text contains
 * one of its strings. Strings are lower-case ASCII; the text is compared after {@link #fold
 * folding}, so a clause holds whatever the case of the pattern or its flags. The derivation is
 * conservative: every text the pattern matches in passes, and a construct it does not understand
 * yields no requirement at all (every text passes) rather than a wrong one.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
final class LiteralPrefilter {
  /** The prefilter every text passes. */
  static final LiteralPrefilter NONE = new LiteralPrefilter(ImmutableList.of());

  private final ImmutableList<ImmutableSet<String>> clauses;

  /** The clauses as arrays, which {@link #mayMatch} walks without iterators. */
  private final String[][] clauseArrays;

  /**
   * The {@link CharPairs#slotsOf pairs} of each string of each clause, as {@link #clauseArrays}
   * holds it.
   */
  private final int[][][] clausePairs;

  private LiteralPrefilter(ImmutableList<ImmutableSet<String>> clauses) {
    this.clauses = clauses;
    this.clauseArrays = new String[clauses.size()][];
    this.clausePairs = new int[clauses.size()][][];
    for (int i = 0; i < clauses.size(); i++) {
      clauseArrays[i] = clauses.get(i).toArray(new String[0]);
      clausePairs[i] = new int[clauseArrays[i].length][];
      for (int j = 0; j < clauseArrays[i].length; j++) {
        clausePairs[i][j] = CharPairs.slotsOf(clauseArrays[i][j]);
      }
    }
  }

  /** The prefilter of an RE2 pattern; {@link #NONE} when nothing required can be derived. */
  static LiteralPrefilter of(String regex) {
    try {
      Parser p = new Parser(regex);
      List<Set<String>> required = p.alternation();
      if (p.pos != regex.length()) {
        return NONE;
      }
      ImmutableList.Builder<ImmutableSet<String>> out = ImmutableList.builder();
      for (Set<String> clause : required) {
        out.add(ImmutableSet.copyOf(clause));
      }
      return new LiteralPrefilter(out.build());
    } catch (Unsupported e) {
      return NONE;
    }
  }

  /** The clauses, each a set of lower-case strings one of which a matching text contains. */
  ImmutableList<ImmutableSet<String>> clauses() {
    return clauses;
  }

  /** Whether the prefilter lets every text pass. */
  boolean passesAll() {
    return clauses.isEmpty();
  }

  /** Whether a text, given {@link #fold folded}, may hold a match. */
  boolean mayMatch(String folded) {
    return mayMatch(folded.toCharArray(), folded.length());
  }

  /** Whether a text, given {@link #fold folded} in {@code folded[0, length)}, may hold a match. */
  boolean mayMatch(char[] folded, int length) {
    return lastStart(folded, length) >= 0;
  }

  /**
   * The last position of a text, given {@link #fold folded} in {@code folded[0, length)}, at which
   * a match holding these literals may begin: the least, over the clauses, of the last position
   * where one of the clause's strings begins; {@code length} when there are no clauses, -1 when a
   * clause holds nowhere. A match that begins after it lacks some clause's strings.
   */
  int lastStart(char[] folded, int length) {
    CharPairs pairs = new CharPairs();
    pairs.read(folded, length);
    return lastStart(folded, length, pairs);
  }

  /**
   * {@link #lastStart(char[], int)}, given the pairs of the text ({@code pairs} {@link
   * CharPairs#read read} it last), by which strings that stand nowhere in it are passed without a
   * search.
   */
  int lastStart(char[] folded, int length, CharPairs pairs) {
    int limit = length;
    for (int c = 0; c < clauseArrays.length; c++) {
      String[] clause = clauseArrays[c];
      int last = -1;
      for (int k = 0; k < clause.length; k++) {
        if (pairs.mayHold(clausePairs[c][k])) {
          last = Math.max(last, lastIndexOf(folded, length, clause[k]));
        }
      }
      if (last < 0) {
        return -1;
      }
      limit = Math.min(limit, last);
    }
    return limit;
  }

  /** Where {@code s} last begins in {@code chars[0, length)}, or -1. */
  static int lastIndexOf(char[] chars, int length, String s) {
    int n = s.length();
    if (n == 0) {
      return length;
    }
    char first = s.charAt(0);
    for (int i = length - n; i >= 0; i--) {
      if (chars[i] == first && matchesAt(chars, i, s)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean matchesAt(char[] chars, int at, String s) {
    for (int k = 1; k < s.length(); k++) {
      if (chars[at + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The prefilter that requires what this one does and what {@code other} does. */
  LiteralPrefilter and(LiteralPrefilter other) {
    if (other.passesAll()) {
      return this;
    }
    if (passesAll()) {
      return other;
    }
    return new LiteralPrefilter(
        ImmutableList.<ImmutableSet<String>>builder()
            .addAll(clauses)
            .addAll(other.clauses)
            .build());
  }

  /**
   * A region of a text as {@link #mayMatch} takes it: ASCII letters lower-cased, and the two
   * non-ASCII letters a case-insensitive pattern matches for an ASCII one (the Kelvin sign for
   * {@code k}, the long s for {@code s}) replaced by it; other chars as they are.
   */
  static String fold(CharSequence text, int start, int end) {
    return new String(fold(text, start, end, new char[end - start]), 0, end - start);
  }

  /**
   * The region {@code text[start, end)} {@link #fold(CharSequence, int, int) folded} into the first
   * {@code end - start} chars of {@code into}, or of a new array if {@code into} is too short; the
   * array written.
   */
  static char[] fold(CharSequence text, int start, int end, char[] into) {
    char[] out = into.length >= end - start ? into : new char[end - start];
    for (int i = start; i < end; i++) {
      out[i - start] = fold(text.charAt(i));
    }
    return out;
  }

  /** One char {@link #fold(CharSequence, int, int) folded}. */
  static char fold(char c) {
    if (c >= 'A' && c <= 'Z') {
      return (char) (c + ('a' - 'A'));
    } else if (c == '\u212a') {
      return 'k';
    } else if (c == '\u017f') {
      return 's';
    }
    return c;
  }

  /** Thrown when the pattern uses a construct the derivation does not know. */
  private static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  /** A recursive-descent reading of the pattern that keeps only what every match contains. */
  private static final class Parser {
    private final String re;
    private int pos;

    Parser(String re) {
      this.re = re;
    }

    /** Alternatives: each must require something, and one of their best clauses must hold. */
    List<Set<String>> alternation() throws Unsupported {
      List<List<Set<String>>> alternatives = new ArrayList<>();
      alternatives.add(concatenation());
      while (pos < re.length() && re.charAt(pos) == '|') {
        pos++;
        alternatives.add(concatenation());
      }
      if (alternatives.size() == 1) {
        return alternatives.get(0);
      }
      Set<String> union = new LinkedHashSet<>();
      for (List<Set<String>> alternative : alternatives) {
        if (alternative.isEmpty()) {
          return new ArrayList<>();
        }
        union.addAll(best(alternative));
      }
      List<Set<String>> out = new ArrayList<>();
      out.add(union);
      return out;
    }

    /** The clause least likely to hold by chance: longest shortest string, then fewest strings. */
    private static Set<String> best(List<Set<String>> clauses) {
      return clauses.stream()
          .max(
              Comparator.<Set<String>>comparingInt(
                      c -> c.stream().mapToInt(String::length).min().orElse(0))
                  .thenComparing(Comparator.<Set<String>>comparingInt(Set::size).reversed()))
          .orElseThrow();
    }

    /** A sequence of atoms: every required atom's clauses, literal runs as one string each. */
    private List<Set<String>> concatenation() throws Unsupported {
      List<Set<String>> clauses = new ArrayList<>();
      StringBuilder run = new StringBuilder();
      while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
        char c = re.charAt(pos);
        int literal = -1;
        List<Set<String>> group = List.of();
        boolean consumes = true;
        switch (c) {
          case '(' -> {
            group = group();
            consumes = group != null;
            if (group == null) {
              group = List.of();
            }
          }
          case '[' -> skipClass();
          case '.' -> pos++;
          case '^', '$' -> {
            pos++;
            consumes = false;
          }
          case '\\' -> {
            literal = escape();
            consumes = literal != NOT_CONSUMING;
            if (literal == NOT_CONSUMING) {
              literal = -1;
            }
          }
          case '*', '+', '?', '{' -> throw new Unsupported();
          default -> {
            pos++;
            literal = c;
          }
        }
        int min = consumes ? quantifierMinimum() : 1;
        if (literal >= 0 && literal < 0x80) {
          if (min == 0) {
            flush(run, clauses);
          } else {
            run.append(Character.toLowerCase((char) literal));
            if (min < 0) {
              flush(run, clauses);
            }
          }
        } else {
          flush(run, clauses);
          if (min != 0) {
            clauses.addAll(group);
          }
        }
      }
      flush(run, clauses);
      return clauses;
    }

    private static void flush(StringBuilder run, List<Set<String>> clauses) {
      if (run.length() > 0) {
        Set<String> clause = new LinkedHashSet<>();
        clause.add(run.toString());
        clauses.add(clause);
        run.setLength(0);
      }
    }

    /**
     * Reads a quantifier after an atom, if any: 1 when there is none, 0 when the atom may be
     * absent, -1 when it is required but may repeat (so what follows is not next to it).
     */
    private int quantifierMinimum() throws Unsupported {
      if (pos >= re.length()) {
        return 1;
      }
      char c = re.charAt(pos);
      int min;
      if (c == '?' || c == '*') {
        pos++;
        min = 0;
      } else if (c == '+') {
        pos++;
        min = -1;
      } else if (c == '{') {
        int k = pos + 1;
        boolean anyLow = false;
        boolean zero = true;
        boolean one = false;
        while (k < re.length() && isDigit(re.charAt(k))) {
          zero &= re.charAt(k) == '0';
          one = !anyLow && re.charAt(k) == '1';
          anyLow = true;
          k++;
        }
        boolean exactlyOne = one && k < re.length() && re.charAt(k) == '}';
        if (k < re.length() && re.charAt(k) == ',') {
          k++;
          while (k < re.length() && isDigit(re.charAt(k))) {
            k++;
          }
        }
        if (!anyLow || k >= re.length() || re.charAt(k) != '}') {
          throw new Unsupported();
        }
        pos = k + 1;
        min = zero ? 0 : exactlyOne ? 1 : -1;
      } else {
        return 1;
      }
      if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
        pos++;
      }
      if (pos < re.length() && "*+?{".indexOf(re.charAt(pos)) >= 0) {
        throw new Unsupported();
      }
      return min;
    }

    /** A group's clauses, or null for a flag setting such as {@code (?i)}. */
    private List<Set<String>> group() throws Unsupported {
      pos++;
      if (re.startsWith("?P<", pos) || re.startsWith("?<", pos)) {
        int close = re.indexOf('>', pos);
        if (close < 0) {
          throw new Unsupported();
        }
        pos = close + 1;
      } else if (pos < re.length() && re.charAt(pos) == '?') {
        int k = pos + 1;
        while (k < re.length() && "imsU-".indexOf(re.charAt(k)) >= 0) {
          k++;
        }
        if (k >= re.length()) {
          throw new Unsupported();
        }
        if (re.charAt(k) == ')') {
          pos = k + 1;
          return null;
        }
        if (re.charAt(k) != ':') {
          throw new Unsupported();
        }
        pos = k + 1;
      }
      List<Set<String>> inner = alternation();
      if (pos >= re.length() || re.charAt(pos) != ')') {
        throw new Unsupported();
      }
      pos++;
      return inner;
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    private static final int NOT_CONSUMING = -2;

    /** An escape: the literal char it stands for, -1 for a class, or NOT_CONSUMING. */
    private int escape() throws Unsupported {
      if (pos + 1 >= re.length()) {
        throw new Unsupported();
      }
      char c = re.charAt(pos + 1);
      pos += 2;
      switch (c) {
        case 'b', 'B', 'A', 'z' -> {
          return NOT_CONSUMING;
        }
        case 'd', 'D', 's', 'S', 'w', 'W', 'n', 't', 'r', 'f', 'v' -> {
          return -1;
        }
        case 'p', 'P' -> {
          skipUnicodeClassName();
          return -1;
        }
        case 'x' -> {
          skipHexCode();
          return -1;
        }
        default -> {
          if (c < 0x80 && !Character.isLetterOrDigit(c)) {
            return c;
          }
          throw new Unsupported();
        }
      }
    }

    /**
     * Passes over the code of a char given in hexadecimal ({@code \x27}, {@code \x{2019}}): read as
     * a char that must stand, not as a literal.
     */
    private void skipHexCode() throws Unsupported {
      if (pos < re.length() && re.charAt(pos) == '{') {
        int close = re.indexOf('}', pos);
        if (close < 0) {
          throw new Unsupported();
        }
        pos = close + 1;
        return;
      }
      for (int k = 0; k < 2; k++) {
        if (pos >= re.length() || Character.digit(re.charAt(pos), 16) < 0) {
          throw new Unsupported();
        }
        pos++;
      }
    }

    private void skipUnicodeClassName() throws Unsupported {
      pos = RegexClasses.unicodeNameEnd(re, pos);
      if (pos < 0) {
        throw new Unsupported();
      }
    }

    private void skipClass() throws Unsupported {
      pos = RegexClasses.classEnd(re, pos);
      if (pos < 0) {
        throw new Unsupported();
      }
    }
  }
}
