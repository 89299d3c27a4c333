package dev.parley.io.article;

import com.google.common.primitives.ImmutableIntArray;

/** Line starts of a text, for turning offsets into 1-based line numbers. */
final class Lines {
  private Lines() {}

  /** The offset of each line's first character; a line ends at \n, \r\n or a lone \r. */
  static ImmutableIntArray starts(String text) {
    ImmutableIntArray.Builder starts = ImmutableIntArray.builder();
    starts.add(0);
    if (text.indexOf('\r') < 0) {
      // Lines end only at \n: let indexOf find them.
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        starts.add(i + 1);
      }
      return starts.build();
    }
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts.build();
  }

  /** The 1-based line of {@code offset}, by binary search over {@code starts}. */
  static int lineOf(ImmutableIntArray starts, int offset) {
    int lo = 0;
    int hi = starts.length() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts.get(mid) <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo + 1;
  }

  /** The offset where the line starting at {@code start} ends, excluding its terminator. */
  static int endOfLine(String text, int start) {
    int i = start;
    int n = text.length();
    while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }
}
