package dev.parley.io.article;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.parley.io.InputParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The coverage law on randomly generated noisy articles. */
class CoverageLawTest {
  private static final long SEED = 20220217L;

  private static final String[] PIECES = {
    "word",
    "Moscow",
    "the",
    "U.S.",
    "U.K.",
    "Mr.",
    "Dr.",
    "Gen.",
    "Jan.",
    "Feb. 15,",
    "2022",
    "J.",
    "3.5",
    "...",
    "…",
    ".",
    "?",
    "!",
    "?!",
    ",",
    ",,",
    " ,",
    "\"",
    "“",
    "”",
    "’",
    "'",
    "«",
    "»",
    "(",
    ")",
    "[",
    "]",
    "—",
    "-",
    "See also",
    "Read also:",
    "Read more",
    "Related Articles",
    "Leave a Reply",
    "Posted 17 февраля 2022,, 16:45",
    "Modified",
    "Updated 3 hours ago",
    "date 2022-02-15",
    "date",
    "On the same day",
    "last week",
    "on Thursday",
    "February 15",
    "17 December 2021",
    "in December",
    "contributed reporting.",
    "The story was updated",
    "Queenie Bell",
    "\"Introvert. Gamer.\"",
    "By Jane Doe",
    "Россия",
    "заявила.",
    "\u00A0",
    "\u200B",
    "\t",
    "  ",
    "\r\n",
    "\n",
    "\n\n",
    "\r",
    "😀",
    "said.The",
    "\uFEFF",
    "\u0007",
    "x"
  };

  @Test
  void everyNonBlankCharacterIsInExactlyOneSentenceOrBoilerplateSpan() {
    Random random = new Random(SEED);
    ArticleReader reader = ArticleReader.defaults();
    for (int round = 0; round < 2000; round++) {
      StringBuilder b = new StringBuilder();
      int pieces = 1 + random.nextInt(120);
      for (int p = 0; p < pieces; p++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextInt(3) > 0) {
          b.append(' ');
        }
      }
      String text = b.toString();
      String what = "seed " + SEED + ", round " + round + ": " + text;
      try {
        Coverage.assertCovered(reader.read("random.txt", text.getBytes(UTF_8)), what);
      } catch (InputParseException e) {
        // blank, binary-looking or boilerplate-only inputs are rejected, which the law allows
      }
    }
  }
}
