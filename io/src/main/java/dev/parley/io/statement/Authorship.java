package dev.parley.io.statement;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Iterables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document told with its authors: "the agreement drafted by the US and the World Bank", "a plan
 * put forward by Qatar". Writing a text for the sides to take is proposing it; each author named
 * after "by" proposes.
 */
final class Authorship {
  /** Participles of writing or putting forward a text. */
  private static final ImmutableSet<String> AUTHORING =
      ImmutableSet.of(
          "drafted",
          "written",
          "prepared",
          "proposed",
          "tabled",
          "submitted",
          "authored",
          "presented",
          "devised",
          "crafted");

  /** Nouns of a text that one side may write for the others to take. */
  private static final ImmutableSet<String> TEXTS =
      ImmutableSet.<String>builder()
          .addAll(Contents.DOCUMENT_NOUNS)
          .add("agreement", "deal", "accord", "resolution", "framework", "declaration")
          .build();

  /**
   * The words an authorship is found at (the participles, and "forward" of "put forward"): a
   * sentence holding none of them names no author.
   */
  private static final FoldedWords TRIGGERS =
      new FoldedWords(Iterables.concat(AUTHORING, ImmutableList.of("forward")));

  private Authorship() {}

  /**
   * Whether the sentence holds a word an authorship is found at: false tells that {@link #find}
   * gives nothing, without the sentence's mentions.
   */
  static boolean mayFind(Tokens tokens) {
    return tokens.mayHoldAny(TRIGGERS);
  }

  /**
   * The proposal cue on each authoring participle right after a text's noun ("the agreement drafted
   * by the US"), or after "put" and "forward", followed by "by" and a known entity, with the
   * authors: that entity and one joined to it by "and". "was drafted by" (a passive clause) is read
   * as any passive act verb; "drafted by experts" names no known author and gives none.
   */
  static Map<Cue, List<Mention>> find(Tokens tokens, List<Mention> mentions) {
    if (!mayFind(tokens)) {
      return ImmutableMap.of();
    }
    Map<Cue, List<Mention>> found = new LinkedHashMap<>();
    for (int i = 1; i + 2 < tokens.size(); i++) {
      int verb = i;
      int by = i + 1;
      String w = tokens.get(i).lower();
      if (w.equals("put") && tokens.get(i + 1).lower().equals("forward")) {
        by = i + 2;
      } else if (!AUTHORING.contains(w)) {
        continue;
      }
      if (by >= tokens.size()
          || !tokens.get(by).lower().equals("by")
          || !TEXTS.contains(tokens.get(i - 1).lower())) {
        continue;
      }
      List<Mention> authors = authorsAfter(tokens, mentions, by);
      if (!authors.isEmpty()) {
        Tokens.Token last = tokens.get(by - 1);
        found.put(
            new Cue(Cue.Kind.ACT, Act.PROPOSE.id(), tokens.get(verb).start(), last.end()), authors);
      }
    }
    return found;
  }

  /** The entity after "by" (a determiner aside) and one joined to it by "and". */
  private static List<Mention> authorsAfter(Tokens tokens, List<Mention> mentions, int by) {
    List<Mention> authors = new ArrayList<>();
    Mention first = entityAt(tokens, mentions, skipDeterminer(tokens, by + 1));
    if (first == null) {
      return ImmutableList.of();
    }
    authors.add(first);
    int and = tokens.indexAt(first.end());
    if (and < tokens.size() && tokens.get(and).lower().equals("and")) {
      Mention second = entityAt(tokens, mentions, skipDeterminer(tokens, and + 1));
      if (second != null && !second.party().equals(first.party())) {
        authors.add(second);
      }
    }
    return authors;
  }

  private static int skipDeterminer(Tokens tokens, int i) {
    return i < tokens.size() && English.DETERMINERS.contains(tokens.get(i).lower()) ? i + 1 : i;
  }

  private static @org.jspecify.annotations.Nullable Mention entityAt(
      Tokens tokens, List<Mention> mentions, int i) {
    if (i >= tokens.size()) {
      return null;
    }
    Tokens.Token t = tokens.get(i);
    for (Mention m : mentions) {
      if (m.isEntity()
          && m.start() == t.start()
          && (m.party().isPresent() || m.actor().isPresent())) {
        return m;
      }
    }
    return null;
  }
}
