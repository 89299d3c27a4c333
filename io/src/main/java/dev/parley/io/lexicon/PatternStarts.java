package dev.parley.io.lexicon;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The literal strings one of which every match of a lexicon pattern begins with, derived from its
 * source, so that the pattern need be tried only where one of them stands; with each, what the rest
 * of a match that begins with it must hold.
 *
 * <p>Strings are lower-case ASCII and are looked for in a text {@link LiteralPrefilter#fold folded}
 * as the prefilter folds it, so they hold whatever the case of the pattern or its flags. The
 * derivation reads only the beginning of each alternative: a leading run of literal chars
 * (zero-width word boundaries and flag groups passed over, a class of one letter's cases such as
 * {@code [Ss]} read as that letter), or a leading group whose alternatives each begin so. A pattern
 * whose start it cannot read this way, or that uses {@code ^}, {@code $}, {@code \A} or {@code \z},
 * has no starts.
 *
 * <p>Each start also tells whether a word boundary ({@code \b}) stands right before it in the
 * pattern, and what the rest of its alternative requires (a {@link LiteralPrefilter} of the source
 * that follows the start, and of every enclosing alternative's source after the group that holds
 * it): "is" of "(?:is|was)\s+at\s+the\s+table" requires "at", "the" and "table" after it.
 */
final class PatternStarts {
  /**
   * One string a match may begin with: {@code boundary} when a word boundary stands right before
   * it; {@code rest} what a match that begins with it must hold, from its own position on.
   */
  record Start(String literal, boolean boundary, LiteralPrefilter rest) {}

  private final ImmutableList<Start> starts;

  private PatternStarts(ImmutableList<Start> starts) {
    this.starts = starts;
  }

  /** The starts of an RE2 pattern, or empty when they cannot be derived. */
  static Optional<PatternStarts> of(String regex) {
    if (hasTextAnchor(regex)) {
      return Optional.empty();
    }
    Reader r = new Reader(regex);
    @Nullable List<Start> starts = r.alternation(false);
    if (starts == null || r.pos != regex.length()) {
      return Optional.empty();
    }
    return Optional.of(new PatternStarts(ImmutableList.copyOf(starts)));
  }

  /** The starts, each with its boundary and what the rest of its match holds. */
  ImmutableList<Start> starts() {
    return starts;
  }

  /** The distinct strings of the starts, lower-case ASCII, in the pattern's order. */
  ImmutableList<String> literals() {
    Set<String> out = new LinkedHashSet<>();
    starts.forEach(s -> out.add(s.literal()));
    return ImmutableList.copyOf(out);
  }

  /** Whether the pattern may use an assertion on the text's ends, outside a class. */
  private static boolean hasTextAnchor(String regex) {
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '^' || c == '$') {
        boolean negatedClass = c == '^' && i > 0 && regex.charAt(i - 1) == '[';
        if (!negatedClass) {
          return true;
        }
      } else if (c == '\\' && i + 1 < regex.length()) {
        char e = regex.charAt(i + 1);
        if (e == 'A' || e == 'z') {
          return true;
        }
        i++;
      }
    }
    return false;
  }

  /**
   * A reading of the pattern's beginning. Methods return null where the beginning cannot be read;
   * past the beginning of an alternative, the rest is only skipped to the next {@code |} or {@code
   * )} at its depth.
   */
  private static final class Reader {
    private final String re;
    private int pos;

    Reader(String re) {
      this.re = re;
    }

    /**
     * The starts of alternatives up to the {@code )} or end that closes them, {@code boundary} when
     * a word boundary stands before them; null if unread.
     */
    @Nullable List<Start> alternation(boolean boundary) {
      List<Start> out = new ArrayList<>();
      while (true) {
        @Nullable List<Start> starts = concatenation(boundary);
        if (starts == null) {
          return null;
        }
        out.addAll(starts);
        if (pos < re.length() && re.charAt(pos) == '|') {
          pos++;
          continue;
        }
        return out;
      }
    }

    /**
     * The starts of one alternative, each with what the alternative's rest holds; null if unread.
     */
    private @Nullable List<Start> concatenation(boolean boundary) {
      boolean bounded = boundary;
      while (true) {
        if (re.startsWith("\\b", pos)) {
          bounded = true;
          pos += 2;
        } else if (!skipZeroWidth()) {
          break; // word boundaries and flag settings constrain no char
        }
      }
      @Nullable List<Start> starts;
      if (pos < re.length() && re.charAt(pos) == '(') {
        starts = group(bounded);
      } else {
        String run = literalRun();
        starts = run.isEmpty() ? null : List.of(new Start(run, bounded, LiteralPrefilter.NONE));
      }
      int restStart = pos;
      if (starts == null || !skipRest()) {
        return null;
      }
      LiteralPrefilter rest = LiteralPrefilter.of(re.substring(restStart, pos));
      List<Start> out = new ArrayList<>();
      for (Start s : starts) {
        out.add(new Start(s.literal(), s.boundary(), s.rest().and(rest)));
      }
      return out;
    }

    /** Passes over a non-boundary or a flag setting at {@code pos}; false if there is none. */
    private boolean skipZeroWidth() {
      if (re.startsWith("\\B", pos)) {
        pos += 2;
        return true;
      }
      if (re.startsWith("(?", pos)) {
        int f = pos + 2;
        while (f < re.length() && "imsU-".indexOf(re.charAt(f)) >= 0) {
          f++;
        }
        if (f < re.length() && re.charAt(f) == ')') {
          pos = f + 1;
          return true;
        }
      }
      return false;
    }

    /** The starts of a group that must stand at least once; null if unread or optional. */
    private @Nullable List<Start> group(boolean boundary) {
      int k = pos + 1;
      if (re.startsWith("?:", k)) {
        k += 2;
      } else if (re.startsWith("?", k)) {
        return null; // flags scoped to the group, or a named group: not read
      }
      pos = k;
      @Nullable List<Start> inner = alternation(boundary);
      if (inner == null || pos >= re.length() || re.charAt(pos) != ')') {
        return null;
      }
      pos++;
      if (quantifierAfter(pos) == 0) {
        return null;
      }
      skipQuantifier();
      return inner;
    }

    /** The run of literal chars at {@code pos}, up to the first atom that is not one. */
    private String literalRun() {
      StringBuilder run = new StringBuilder();
      while (pos < re.length()) {
        int literal = literalAt();
        if (literal < 0) {
          break;
        }
        int end = pos + (literal >>> 16);
        int min = quantifierAfter(end);
        if (min == 0) {
          break;
        }
        pos = end;
        skipQuantifier();
        run.append((char) (literal & 0xffff));
        if (min > 1) {
          break; // it may repeat: what follows is not next to its first
        }
      }
      return run.toString();
    }

    /**
     * The literal char at {@code pos} with its length in the pattern in the high bits, or -1: an
     * ASCII char that is not a metachar, an escaped ASCII punctuation char, or a class of one
     * letter's two cases.
     */
    private int literalAt() {
      char c = re.charAt(pos);
      if (c == '\\') {
        if (pos + 1 < re.length()) {
          char e = re.charAt(pos + 1);
          if (e < 0x80 && !Character.isLetterOrDigit(e)) {
            return Character.toLowerCase(e) | 2 << 16;
          }
        }
        return -1;
      }
      if (c == '[') {
        if (pos + 3 < re.length() && re.charAt(pos + 3) == ']') {
          char a = re.charAt(pos + 1);
          char b = re.charAt(pos + 2);
          if (isAsciiLetter(a)
              && isAsciiLetter(b)
              && Character.toLowerCase(a) == Character.toLowerCase(b)) {
            return Character.toLowerCase(a) | 4 << 16;
          }
        }
        return -1;
      }
      if (c >= 0x80 || c < ' ' || "\\.[](){}*+?|^$".indexOf(c) >= 0) {
        return -1;
      }
      return Character.toLowerCase(c) | 1 << 16;
    }

    private static boolean isAsciiLetter(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * How often the atom ending before {@code at} must stand, by its quantifier: 1 with none, 0
     * when it may be absent, 2 when it may repeat.
     */
    private int quantifierAfter(int at) {
      if (at >= re.length()) {
        return 1;
      }
      char c = re.charAt(at);
      if (c == '?' || c == '*') {
        return 0;
      }
      if (c == '+') {
        return 2;
      }
      if (c == '{') {
        if (at + 1 < re.length() && re.charAt(at + 1) == '0') {
          return 0;
        }
        return re.startsWith("{1}", at) ? 1 : 2;
      }
      return 1;
    }

    /** Passes over a quantifier at {@code pos}, if any. */
    private void skipQuantifier() {
      if (pos < re.length() && re.charAt(pos) == '{') {
        int close = re.indexOf('}', pos);
        pos = close < 0 ? re.length() : close + 1;
      } else if (pos < re.length() && "?*+".indexOf(re.charAt(pos)) >= 0) {
        pos++;
      }
      if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
        pos++;
      }
    }

    /** Passes over the rest of an alternative; false if it is not well formed. */
    private boolean skipRest() {
      int depth = 0;
      while (pos < re.length()) {
        char c = re.charAt(pos);
        if (c == '\\') {
          if (pos + 1 < re.length() && re.charAt(pos + 1) == 'Q') {
            return false;
          }
          pos += 2;
        } else if (c == '[') {
          if (!skipClass()) {
            return false;
          }
        } else if (c == '(') {
          depth++;
          pos++;
        } else if (c == ')' || c == '|') {
          if (depth == 0) {
            return true;
          }
          if (c == ')') {
            depth--;
          }
          pos++;
        } else {
          pos++;
        }
      }
      return depth == 0;
    }

    private boolean skipClass() {
      pos = RegexClasses.classEnd(re, pos);
      return pos >= 0;
    }
  }
}
