package dev.parley.io.lexicon;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.nio.CharBuffer;
import org.jspecify.annotations.Nullable;

/**
 * One lexicon pattern compiled for {@link PatternSet}: tried anchored where one of its {@link
 * PatternStarts starts} stands, or searched over the whole text when it has none.
 *
 * <p>An unanchored RE2/J search steps its automaton over every char of the text; a case-insensitive
 * pattern has no literal prefix for RE2/J to skip to. Every match begins with one of the starts, so
 * the leftmost match at or after a position is the first one anchored at a start there. The pattern
 * is tried anchored at a start ({@code \A} makes the automaton stop as soon as no thread is left),
 * with the char before the start given as context, so that a {@code \b} reads as it does in the
 * whole text; the match found is the one the unanchored search prefers at that position.
 *
 * <p>The tries at the starts reuse one matcher of each anchored pattern and one view of the text
 * per thread, so that a pattern whose starts are common words ("will", "is") costs no allocation of
 * its own at each of them.
 *
 * <p>Instances are safe to share between threads.
 */
final class PatternScan {
  /** Receives a match, as offsets in the text searched. */
  @FunctionalInterface
  interface Found {
    /** A match from {@code start} to {@code end}. */
    void found(int start, int end);
  }

  private final Pattern pattern;
  private final @Nullable PatternStarts starts;
  private final Pattern atTextStart;
  private final Pattern afterContext;
  private final @Nullable ThreadLocal<Tries> tries;

  private PatternScan(String regex) {
    this.pattern = Pattern.compile(regex);
    this.starts = PatternStarts.of(regex).orElse(null);
    this.atTextStart = starts == null ? null : Pattern.compile("\\A(?:" + regex + ")");
    this.afterContext = starts == null ? null : Pattern.compile("\\A(?s:.)(?:" + regex + ")");
    this.tries = starts == null ? null : ThreadLocal.withInitial(() -> new Tries(this));
  }

  /** A thread's matchers of the anchored patterns and the view of the text they read. */
  private static final class Tries {
    final TextView view = new TextView();
    final Matcher atTextStart;
    final Matcher afterContext;

    Tries(PatternScan scan) {
      this.atTextStart = scan.atTextStart.matcher("");
      this.afterContext = scan.afterContext.matcher("");
    }
  }

  /** The scan of an RE2 pattern. */
  static PatternScan of(String regex) {
    return new PatternScan(regex);
  }

  /** The pattern's starts, or null when they cannot be derived. */
  @Nullable PatternStarts starts() {
    return starts;
  }

  /**
   * Every match of the pattern in the region {@code text[start, end)}, searched as if it were the
   * whole text by repeated {@link Matcher#find()}, given as offsets in {@code text}: for a pattern
   * with no starts. The region is read in place, not copied.
   */
  void findEverywhere(String text, int start, int end, Found found) {
    CharSequence region =
        start == 0 && end == text.length() ? text : CharBuffer.wrap(text, start, end);
    Matcher m = pattern.matcher(region);
    while (m.find()) {
      found.found(start + m.start(), start + m.end());
    }
  }

  /**
   * The end of the match the pattern prefers at {@code at} of the region {@code text[start, end)},
   * or -1 if none begins there; offsets in the region. Only for a pattern with starts.
   */
  int matchEndAt(String text, int start, int end, int at) {
    Tries mine = tries.get();
    if (at == 0) {
      Matcher m = mine.atTextStart.reset(mine.view.of(text, start, end));
      return m.lookingAt() ? m.end() : -1;
    }
    Matcher m = mine.afterContext.reset(mine.view.of(text, start + at - 1, end));
    return m.lookingAt() ? at - 1 + m.end() : -1;
  }
}
