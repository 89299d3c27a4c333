package dev.parley.io.assembly;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableSet;

/**
 * Where a sentence names another side's demand by a noun of asking before the item asked for: "the
 * unacceptability of demands to withdraw troops", "rejected calls for a ceasefire", "turned down
 * requests for a joint survey". A stance taken on such an item also tells that the item was
 * demanded: the answer reports the demand it answers.
 */
final class DemandsNamed {
  /** Nouns of asking. */
  private static final ImmutableSet<String> NOUNS =
      ImmutableSet.of("demand", "demands", "call", "calls", "request", "requests", "insistence");

  /** Words that join a noun of asking to what is asked: "demands to", "calls for". */
  private static final ImmutableSet<String> LINKS = ImmutableSet.of("to", "for", "on");

  /** Determiners that may open what is asked: "calls for a ceasefire". */
  private static final ImmutableSet<String> DETERMINERS =
      ImmutableSet.of("a", "an", "the", "its", "their");

  private DemandsNamed() {}

  /** Whether {@code text} holds a noun of asking at all: a cheap test before any matching. */
  static boolean mayName(String text) {
    String lower = Ascii.toLowerCase(text);
    return lower.contains("demand")
        || lower.contains("call")
        || lower.contains("request")
        || lower.contains("insistence");
  }

  /**
   * Whether the words right before {@code start} in {@code text} are a noun of asking and its link,
   * perhaps with a determiner after them: "demands to |withdraw troops", "calls for a |ceasefire".
   */
  static boolean before(String text, int start) {
    String[] words = new String[3];
    int n = 0;
    int i = start;
    while (n < words.length) {
      while (i > 0 && !Character.isLetter(text.charAt(i - 1))) {
        if (text.charAt(i - 1) != ' ') {
          return false;
        }
        i--;
      }
      int end = i;
      while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
        i--;
      }
      if (i == end) {
        break;
      }
      words[n++] = Ascii.toLowerCase(text.substring(i, end));
    }
    int link = n > 0 && DETERMINERS.contains(words[0]) ? 1 : 0;
    return n > link + 1 && LINKS.contains(words[link]) && NOUNS.contains(words[link + 1]);
  }
}
