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
  private static final WordSet AUTHORING =
      WordSet.of(
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
  private static final WordSet TEXTS =
      WordSet.copyOf(
          ImmutableSet.<String>builder()
              .addAll(Contents.DOCUMENT_NOUNS)
              .add("agreement", "deal", "accord", "resolution", "framework", "declaration")
              .build());

  /**
   * Past forms of making or putting forward a text, whose subject comes right after the text's noun
   * in a relative clause with no "that": "the offer the company made on Friday", "the plan Velmar
   * tabled"; "put" counts before "forward" or "on".
   */
  private static final WordSet PUTTING_FORWARD =
      WordSet.of(
          "made",
          "put",
          "tabled",
          "presented",
          "submitted",
          "drafted",
          "sent",
          "unveiled",
          "floated");

  /** Auxiliaries that may stand between such a clause's subject and its verb: "Bahn had put". */
  private static final WordSet AUXILIARIES = WordSet.of("had", "has", "have");

  /**
   * The words an authorship is found at (the participles, "forward" of "put forward", "table" of
   * "put on the table", and the verbs of making or sending): a sentence holding none of them names
   * no author.
   */
  private static final FoldedWords TRIGGERS =
      new FoldedWords(
          Iterables.concat(
              AUTHORING,
              ImmutableList.of("forward", "table", "made", "sent", "unveiled", "floated")));

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
      Tokens.Token token = tokens.get(i);
      String w = token.lower();
      if (w.equals("put") && tokens.get(i + 1).lower().equals("forward")) {
        by = i + 2;
      } else if (!AUTHORING.contains(token)) {
        continue;
      }
      if (by >= tokens.size()
          || !tokens.get(by).lower().equals("by")
          || !TEXTS.contains(tokens.get(i - 1))) {
        continue;
      }
      List<Mention> authors = authorsAfter(tokens, mentions, by);
      if (!authors.isEmpty()) {
        Tokens.Token last = tokens.get(by - 1);
        found.put(
            new Cue(Cue.Kind.ACT, Act.PROPOSE.id(), tokens.get(verb).start(), last.end()), authors);
      }
    }
    findInRelativeClauses(tokens, mentions, found);
    return found;
  }

  /**
   * Adds the cue on each verb of making or putting forward whose subject, a known entity, comes
   * right after a text's noun ("the offer Bahn had put on the table", "the demands the union made",
   * "the proposal that Velmar tabled"): the author proposes the text, or demands what a noun of
   * demands names. "the offer Bahn rejected" (a verb of answering) and "the offer made by Bahn"
   * (read above) are not read here.
   */
  private static void findInRelativeClauses(
      Tokens tokens, List<Mention> mentions, Map<Cue, List<Mention>> found) {
    for (int n = 1; n + 2 < tokens.size(); n++) {
      String noun = tokens.get(n).lower();
      boolean demand = noun.equals("demand") || noun.equals("demands");
      if (!demand && !TEXTS.contains(tokens.get(n))) {
        continue;
      }
      int at = n + 1;
      if (tokens.get(at).lower().equals("that") || tokens.get(at).lower().equals("which")) {
        at++;
      }
      Mention author = entityAt(tokens, mentions, skipDeterminer(tokens, at));
      if (author == null) {
        continue;
      }
      int verb = tokens.indexAt(author.end());
      if (verb < tokens.size() && AUXILIARIES.contains(tokens.get(verb))) {
        verb++;
      }
      if (verb >= tokens.size() || !isPuttingForward(tokens, verb)) {
        continue;
      }
      Act act = demand ? Act.DEMAND : Act.PROPOSE;
      Tokens.Token v = tokens.get(verb);
      found.putIfAbsent(
          new Cue(Cue.Kind.ACT, act.id(), v.start(), v.end()), ImmutableList.of(author));
    }
  }

  /**
   * Whether the token at {@code i} is a verb of making or putting forward: "made", "put forward".
   */
  private static boolean isPuttingForward(Tokens tokens, int i) {
    Tokens.Token token = tokens.get(i);
    String w = token.lower();
    if (!PUTTING_FORWARD.contains(token)) {
      return false;
    }
    if (!w.equals("put")) {
      return true;
    }
    String next = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
    return next.equals("forward") || next.equals("on");
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
    return i < tokens.size() && English.DETERMINERS.contains(tokens.get(i)) ? i + 1 : i;
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
