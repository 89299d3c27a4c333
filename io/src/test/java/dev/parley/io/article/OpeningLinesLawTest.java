package dev.parley.io.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A page's repeated lead and its table of contents, on random pages of near copies and list items,
 * are set aside as the straightforward readings do: every opening line's words hashed and compared
 * with the standfirsts', every body line's key looked up.
 */
class OpeningLinesLawTest {
  private static final long SEED = 20261124L;
  private static final int PAGES = 3_000;

  private static final String[] WORDS = {
    "talks",
    "resume",
    "in",
    "Oslo",
    "the",
    "fishing",
    "quotas",
    "cut",
    "Ministers",
    "agreed",
    "on",
    "Tuesday",
    "to",
    "meet",
    "again",
    "İstanbul",
    "KELVIN",
    "3",
    "2022",
    "ſhip",
    "[edit]"
  };

  private static final String[] MARKERS = {"1. ", "2) ", "- ", "• ", "* ", "– ", "12. ", "1.", ""};

  @Test
  void repeatedLeadsAreThoseOfEveryLineComparedWithTheStandfirsts() {
    Random random = new Random(SEED);
    for (int page = 0; page < PAGES; page++) {
      String text = randomPage(random);
      ArticleLines lines = trimmed(text, random.nextBoolean());
      ArticleLines expected = trimmed(text, "headline".equals(lines.wholeRule[0]));
      RepeatedLeads.mark(lines);
      markRepeatedLeadsStraightforwardly(expected);
      assertThat(lines.wholeRule)
          .as("seed %s, page %s:%n%s", SEED, page, text)
          .containsExactly(expected.wholeRule);
    }
  }

  @Test
  void tablesOfContentsAreThoseOfEveryLinesKey() {
    Random random = new Random(SEED + 1);
    for (int page = 0; page < PAGES; page++) {
      String text = randomPage(random);
      ArticleLines lines = trimmed(text, false);
      ArticleLines expected = trimmed(text, false);
      TablesOfContents.mark(lines);
      markContentsStraightforwardly(expected);
      assertThat(lines.wholeRule)
          .as("seed %s, page %s:%n%s", SEED + 1, page, text)
          .containsExactly(expected.wholeRule);
    }
  }

  private static String randomPage(Random random) {
    List<String> out = new ArrayList<>();
    int count = 1 + random.nextInt(14);
    for (int i = 0; i < count; i++) {
      int r = random.nextInt(10);
      if (r == 0) {
        out.add("");
      } else if (r <= 4 && !out.isEmpty()) {
        out.add(nearCopy(random, out.get(random.nextInt(out.size()))));
      } else {
        out.add(MARKERS[random.nextInt(MARKERS.length)] + randomWords(random, random.nextInt(20)));
      }
    }
    return String.join("\n", out);
  }

  private static String nearCopy(Random random, String line) {
    List<String> words = new ArrayList<>(Arrays.asList(line.split(" ", -1)));
    int edits = random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      if (random.nextBoolean() && words.size() > 1) {
        words.remove(random.nextInt(words.size()));
      } else {
        words.add(random.nextInt(words.size() + 1), WORDS[random.nextInt(WORDS.length)]);
      }
    }
    String copy = String.join(" ", words);
    return random.nextBoolean() ? MARKERS[random.nextInt(MARKERS.length)] + copy : copy;
  }

  private static String randomWords(Random random, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append(random.nextInt(8) == 0 ? ", " : " ");
      }
      b.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return b.toString();
  }

  /** The page's lines trimmed as the parser trims them, the first the headline if asked. */
  private static ArticleLines trimmed(String text, boolean headline) {
    ArticleLines lines = new ArticleLines(text);
    for (int l = 0; l < lines.count; l++) {
      lines.trim(l);
    }
    if (headline && !lines.isBlank(0)) {
      lines.wholeRule[0] = "headline";
    }
    return lines;
  }

  /** The reading before the pre-test on counts of words: every opening line's words hashed. */
  private static void markRepeatedLeadsStraightforwardly(ArticleLines lines) {
    int first = "headline".equals(lines.wholeRule[0]) ? 1 : 0;
    List<Integer> opening = new ArrayList<>();
    List<long[]> words = new ArrayList<>();
    for (int l = first; l < lines.count && opening.size() < 8; l++) {
      if (!lines.hasBody(l)) {
        continue;
      }
      long[] lineWords = lines.wordHashes(lines.bs[l], lines.be[l]);
      for (int k = 0; k < Math.min(3, opening.size()); k++) {
        if (RepeatedLeads.nearlySame(words.get(k), lineWords)) {
          int shorter = words.get(k).length < lineWords.length ? opening.get(k) : l;
          lines.wholeRule[shorter] = "repeated-lead";
          break;
        }
      }
      opening.add(l);
      words.add(lineWords);
    }
  }

  /** The reading before the pre-test on two items in a row: every body line's key made. */
  private static void markContentsStraightforwardly(ArticleLines lines) {
    Map<String, Integer> lastLineOf = new HashMap<>();
    for (int l = 0; l < lines.count; l++) {
      if (lines.hasBody(l)) {
        lastLineOf.put(key(lines, l), l);
      }
    }
    for (int l = 0; l < lines.count; l++) {
      int end = l;
      while (end < lines.count && isItemRepeatedLater(lines, lastLineOf, end)) {
        end++;
      }
      if (end - l >= 2) {
        while (end < lines.count
            && lines.hasBody(end)
            && TablesOfContents.itemStart(lines, end) >= 0) {
          end++;
        }
        for (int k = l; k < end; k++) {
          lines.wholeRule[k] = TablesOfContents.RULE;
        }
        int title = lines.previousNonBlank(l);
        if (title >= 0
            && lines.hasBody(title)
            && lines.prefixRule[title] == null
            && lines.text.charAt(lines.be[title] - 1) != '.'
            && lines.countWords(lines.bs[title], lines.be[title]) <= 6) {
          lines.wholeRule[title] = TablesOfContents.RULE;
        }
        l = end - 1;
      }
    }
  }

  private static boolean isItemRepeatedLater(
      ArticleLines lines, Map<String, Integer> lastLineOf, int l) {
    if (!lines.hasBody(l) || itemTextStart(lines, l) == lines.bs[l]) {
      return false;
    }
    String key = key(lines, l);
    Integer last = lastLineOf.get(key);
    return !key.isEmpty() && last != null && last > l;
  }

  /** The key of line {@code l}'s text after a list marker and before an edit link. */
  private static String key(ArticleLines lines, int l) {
    int edit = SubHeadings.editMarkStart(lines, l);
    return lines.key(itemTextStart(lines, l), edit < 0 ? lines.be[l] : edit);
  }

  /** Where the text of line {@code l} starts after a list marker and a space, else its start. */
  private static int itemTextStart(ArticleLines lines, int l) {
    int start = TablesOfContents.itemStart(lines, l);
    return start < 0 ? lines.bs[l] : start;
  }
}
