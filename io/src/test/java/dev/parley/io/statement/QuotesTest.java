package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Splitter;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Which chars of a paragraph's sentences lie inside quotation marks. */
class QuotesTest {
  /** Quote marks, chars just beside them in the code table, words and spaces, parted by '|'. */
  private static final List<String> PIECES =
      Splitter.on('|')
          .splitToList(
              "\u201c|\u201d|\u00ab|\u00bb|\u201e|\"|\u00aa|\u00ac|'|!|#|word| |\u2019|\u00e9t\u00e9"
                  + "|\ud83d\ude00");

  @Test
  void marksWhatAReadingCharByCharMarks() {
    long seed = 20261126L;
    Random random = new Random(seed);
    for (int round = 0; round < 5_000; round++) {
      StringBuilder b = new StringBuilder("Lead. ");
      int[] bounds = new int[4];
      bounds[0] = b.length();
      for (int s = 1; s < bounds.length; s++) {
        int count = random.nextInt(10);
        while (count-- > 0) {
          b.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        bounds[s] = b.length();
      }
      String text = b.append(" tail").toString();
      Quotes quotes = new Quotes();
      boolean open = false;
      for (int s = 1; s < bounds.length; s++) {
        boolean[] expected = new boolean[bounds[s] - bounds[s - 1]];
        open = markCharByChar(text, bounds[s - 1], bounds[s], open, expected);
        boolean[] marked = quotes.mark(text, bounds[s - 1], bounds[s]);
        // A marking shared by sentences with no quote mark may be longer, all false past the end.
        assertThat(Arrays.copyOf(marked, expected.length))
            .as("seed %s: sentence %s of \"%s\"", seed, s, text)
            .isEqualTo(expected);
        assertThat(Arrays.copyOfRange(marked, expected.length, marked.length))
            .as("seed %s: past sentence %s of \"%s\"", seed, s, text)
            .doesNotContain(true);
        assertThat(quotes.isOpen()).as("seed %s: \"%s\"", seed, text).isEqualTo(open);
      }
    }
  }

  @Test
  void aClosingMarkWithNoOpeningOneQuotesTheSentenceBeforeIt() {
    String text = "We will stay,\u201d she said.";
    boolean[] quoted = new Quotes().mark(text, 0, text.length());
    assertThat(quoted[0]).isTrue();
    assertThat(quoted[text.indexOf('\u201d')]).isTrue();
    assertThat(quoted[text.indexOf("she")]).isFalse();
  }

  /** The marking told char by char: opening and closing marks, straight quotes that toggle. */
  private static boolean markCharByChar(
      String text, int start, int end, boolean open, boolean[] quoted) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\u201c' || c == '\u00ab' || c == '\u201e') {
        open = true;
        quoted[i - start] = true;
      } else if (c == '\u201d' || c == '\u00bb') {
        if (!open) {
          for (int j = 0; j < i - start; j++) {
            quoted[j] = true;
          }
        }
        quoted[i - start] = true;
        open = false;
      } else if (c == '"') {
        quoted[i - start] = true;
        open = !open;
      } else {
        quoted[i - start] = open;
      }
    }
    return open;
  }
}
