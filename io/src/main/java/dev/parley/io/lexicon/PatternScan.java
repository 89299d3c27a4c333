package dev.parley.io.lexicon;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.nio.CharBuffer;
import org.jspecify.annotations.Nullable;

/**
 * Finds the successive matches of a lexicon pattern in a text, as repeated {@link Matcher#find()}
 * does, but tries the pattern only where one of its {@link PatternStarts starts} stands.
 *
 * <p>An unanchored RE2/J search steps its automaton over every char of the text; a case-insensitive
 * pattern has no literal prefix for RE2/J to skip to. Every match begins with one of the starts, so
 * the leftmost match at or after a position is the first one anchored at a start there. The pattern
 * is tried anchored at a start ({@code \A} makes the automaton stop as soon as no thread is left),
 * with the char before the start given as context, so that a {@code \b} reads as it does in the
 * whole text; the match found is the one the unanchored search prefers at that position. A pattern
 * with no starts is searched as before.
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
  private final PatternStarts starts;
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

  /**
   * Every match of the pattern in {@code text}, in order, as successive {@link Matcher#find()}
   * calls give them; {@code folded} is the text {@link LiteralPrefilter#fold folded}, or null to
   * have it folded here when needed.
   */
  void find(String text, @Nullable String folded, Found found) {
    find(text, 0, text.length(), folded, found);
  }

  /**
   * Every match of the pattern in the region {@code text[start, end)}, searched as if it were the
   * whole text (as {@link #find(String, String, Found)} searches {@code text.substring(start,
   * end)}), given as offsets in {@code text}; {@code folded} is the region {@link
   * LiteralPrefilter#fold folded}, or null. The region is read in place, not copied.
   */
  void find(String text, int start, int end, @Nullable String folded, Found found) {
    if (starts == null) {
      CharSequence region =
          start == 0 && end == text.length() ? text : CharBuffer.wrap(text, start, end);
      Matcher m = pattern.matcher(region);
      while (m.find()) {
        found.found(start + m.start(), start + m.end());
      }
      return;
    }
    String f = folded == null ? LiteralPrefilter.fold(text, start, end) : folded;
    PatternStarts.Finder finder = starts.finder(f);
    int from = 0;
    int at = finder.next(from);
    while (at >= 0) {
      int matchEnd = matchEndAt(text, start, end, at);
      if (matchEnd < 0) {
        at = finder.next(at + 1);
        continue;
      }
      found.found(start + at, start + matchEnd);
      from = matchEnd > at ? matchEnd : at + 1;
      at = finder.next(from);
    }
  }

  /**
   * The end of the match the pattern prefers at {@code at} of the region {@code text[start, end)},
   * or -1 if none begins there; offsets in the region.
   */
  private int matchEndAt(String text, int start, int end, int at) {
    Tries mine = tries.get();
    if (at == 0) {
      Matcher m = mine.atTextStart.reset(mine.view.of(text, start, end));
      return m.lookingAt() ? m.end() : -1;
    }
    Matcher m = mine.afterContext.reset(mine.view.of(text, start + at - 1, end));
    return m.lookingAt() ? at - 1 + m.end() : -1;
  }
}
