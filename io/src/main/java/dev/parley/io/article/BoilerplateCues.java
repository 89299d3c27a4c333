package dev.parley.io.article;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.base.Ascii;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The boilerplate cues of {@code boilerplate.txt}: phrases that mark a line, or the rest of one, as
 * not belonging to an article's body.
 */
final class BoilerplateCues {
  /** How a cue is matched against a line; see {@code boilerplate.txt}. */
  enum Match {
    START,
    INLINE,
    LINE,
    CONTAINS,
    STAMP,
    PUBLISHED,
    SECTION,
    BAR
  }

  /** One cue: the rule it reports, how it matches and its lower-case words. */
  static final class Cue {
    final String rule;
    final Match match;
    final ImmutableList<String> words;

    /** The first char of the first word, lower case: a cue can match only where it stands. */
    final char first;

    /** Whether the cue's last char is a letter or digit: then it must end on a word boundary. */
    private final boolean endsInWord;

    Cue(String rule, Match match, List<String> words) {
      this.rule = rule;
      this.match = match;
      this.words = ImmutableList.copyOf(words);
      this.first = Character.toLowerCase(words.get(0).charAt(0));
      String last = words.get(words.size() - 1);
      this.endsInWord = Character.isLetterOrDigit(last.charAt(last.length() - 1));
    }

    /** Whether the text at {@code at} (before {@code end}) starts with the cue's first char. */
    boolean mayStartAt(String text, int at, int end) {
      return at < end && Text.lower(text.charAt(at)) == first;
    }

    /**
     * Matches the cue at {@code at} in {@code text}, not past {@code end}: the offset just past it,
     * or -1. The cue must end on a word boundary.
     */
    int matchAt(String text, int at, int end) {
      if (!mayStartAt(text, at, end)) {
        return -1;
      }
      int pos = at;
      for (int w = 0; w < words.size(); w++) {
        if (w > 0) {
          int spaced = pos;
          while (pos < end && Text.isInlineSpace(text.charAt(pos))) {
            pos++;
          }
          if (pos == spaced) {
            return -1;
          }
        }
        String word = words.get(w);
        if (!Text.regionMatches(text, pos, end, word)) {
          return -1;
        }
        pos += word.length();
      }
      if (endsInWord && pos < end && Character.isLetterOrDigit(text.charAt(pos))) {
        return -1;
      }
      return pos;
    }
  }

  private static final String RESOURCE = "boilerplate.txt";
  private static final ImmutableList<Cue> DEFAULT = load();

  private BoilerplateCues() {}

  /** The cues of the bundled data file. */
  static ImmutableList<Cue> defaults() {
    return DEFAULT;
  }

  private static ImmutableList<Cue> load() {
    try (InputStream in = BoilerplateCues.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Parses cue lines; a malformed line is a bug in the data file, reported by number. */
  static ImmutableList<Cue> parse(String data) {
    ImmutableList.Builder<Cue> cues = ImmutableList.builder();
    int lineNo = 0;
    for (String raw : Splitter.on('\n').split(data)) {
      lineNo++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> fields = Splitter.on(' ').omitEmptyStrings().splitToList(line);
      if (fields.size() < 3) {
        throw new IllegalStateException(
            RESOURCE + ":" + lineNo + ": expected RULE MATCH CUE but found '" + line + "'");
      }
      Match match;
      try {
        match = Match.valueOf(Ascii.toUpperCase(fields.get(1)));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            RESOURCE + ":" + lineNo + ": unknown match '" + fields.get(1) + "'", e);
      }
      List<String> words =
          fields.subList(2, fields.size()).stream()
              .map(w -> w.toLowerCase(Locale.ROOT))
              .collect(ImmutableList.toImmutableList());
      cues.add(new Cue(fields.get(0), match, words));
    }
    return cues.build();
  }
}
