package dev.parley.io.statement;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a definite noun phrase that repeats the head noun of an item named earlier in the article
 * as a mention of that item: after "a loss and damage fund", "the fund" is that item; after
 * "security guarantees", "these guarantees" are.
 *
 * <p>News names an item in full once and then by its head noun. The head is the last word of an
 * item's mention as the article wrote it, of at least four letters. A head is read only while it
 * points one way: when mentions of two items, or of an item and a document, end in the same word
 * ("the agreement" after a "ceasefire agreement" and a "framework agreement"), the phrase is left
 * alone. The phrase must end its noun phrase: "the fund's board" and "the fund manager" name
 * something else and are no mention; "the fund", "the fund was" and "the fund for" are. One
 * instance reads one article, sentence by sentence, in order.
 */
final class ItemReferences {
  /** Words that make a following noun definite and so may point back. */
  private static final ImmutableSet<String> POINTERS =
      ImmutableSet.of("the", "this", "that", "these", "those", "such");

  /** Shorter heads ("aid", "pay") are too often other words or parts of them. */
  private static final int MIN_HEAD = 4;

  /** What a head points to: an item id, or {@link #AMBIGUOUS}. */
  private final Map<String, String> byHead = new HashMap<>();

  private static final String AMBIGUOUS = "";

  /**
   * The cues of the next sentence, {@code text[start, end)}, with a cue added for each reference to
   * an item of an earlier sentence; then notes the heads of this sentence's items and documents.
   */
  List<Cue> read(String text, int start, int end, List<Cue> cues) {
    List<Cue> read = byHead.isEmpty() ? cues : withReferences(text, start, end, cues);
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.ITEM || cue.kind() == Cue.Kind.DOCUMENT) {
        String head = headOf(text, cue);
        if (head != null) {
          note(head, cue.kind() == Cue.Kind.ITEM ? cue.entry() : AMBIGUOUS);
        }
      }
    }
    return read;
  }

  private void note(String head, String item) {
    for (String form : forms(head)) {
      String was = byHead.putIfAbsent(form, item);
      if (was != null && !was.equals(item)) {
        byHead.put(form, AMBIGUOUS);
      }
    }
  }

  private List<Cue> withReferences(String text, int start, int end, List<Cue> cues) {
    if (!mayHoldAHead(text, start, end)) {
      return cues;
    }
    Tokens tokens = Tokens.of(text, start, end);
    List<Cue> added = null;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Tokens.Token pointer = tokens.get(i);
      Tokens.Token noun = tokens.get(i + 1);
      String item = byHead.get(noun.lower());
      if (item == null
          || item.equals(AMBIGUOUS)
          || !POINTERS.contains(pointer.lower())
          || !endsNounPhrase(tokens, i + 1)
          || isCovered(cues, noun)) {
        continue;
      }
      if (added == null) {
        added = new ArrayList<>(cues);
      }
      added.add(new Cue(Cue.Kind.ITEM, item, pointer.start(), noun.end()));
    }
    if (added == null) {
      return cues;
    }
    added.sort(ArticleReading.BY_START);
    return added;
  }

  /** Whether the text may hold a head the table knows: most sentences hold none. */
  private boolean mayHoldAHead(String text, int start, int end) {
    for (String head : byHead.keySet()) {
      int at = text.indexOf(head, start);
      if (at >= 0 && at + head.length() <= end) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the noun at {@code i} ends its noun phrase: the sentence ends or a mark follows, or a
   * word that cannot go on a compound noun (a verb's ending, an auxiliary, a preposition or a
   * conjunction).
   */
  private static boolean endsNounPhrase(Tokens tokens, int i) {
    if (i + 1 >= tokens.size()) {
      return true;
    }
    Tokens.Token next = tokens.get(i + 1);
    if (!next.isWord()) {
      // "the fund's": a possessive names what belongs to the item.
      return !next.text().equals("'") && !next.text().equals("\u2019");
    }
    String word = next.lower();
    return English.AUXILIARIES.contains(word)
        || English.PREPOSITIONS.contains(word)
        || English.CONJUNCTIONS.contains(word)
        || word.endsWith("ed");
  }

  private static boolean isCovered(List<Cue> cues, Tokens.Token noun) {
    for (Cue cue : cues) {
      if (cue.start() < noun.end() && noun.start() < cue.end()) {
        return true;
      }
    }
    return false;
  }

  /** The last word of a mention, lower case, if it is all letters and long enough; else null. */
  private static String headOf(String text, Cue cue) {
    int end = cue.end();
    int start = end;
    while (start > cue.start() && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    if (end - start < MIN_HEAD || start > cue.start() && text.charAt(start - 1) == '-') {
      return null;
    }
    String head = text.substring(start, end);
    if (!head.equals(head.toLowerCase(java.util.Locale.ROOT))) {
      // A name ("NATO", "Crimea") is named again as itself, never by "the".
      return null;
    }
    return head;
  }

  /** A head and its other number: "guarantees" also answers for "guarantee", and back. */
  private static List<String> forms(String head) {
    List<String> forms = new ArrayList<>(2);
    forms.add(head);
    if (head.endsWith("s") && !head.endsWith("ss")) {
      forms.add(head.substring(0, head.length() - 1));
    } else {
      forms.add(head + "s");
    }
    return forms;
  }
}
