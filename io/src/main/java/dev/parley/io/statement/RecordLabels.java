package dev.parley.io.statement;

import com.google.common.base.Ascii;
import dev.parley.io.statement.Turns.Turn;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The speakers' labels of a parliamentary record, which stand alone over each contribution with no
 * colon: a Member's name with a constituency and a party in brackets ("Jane Roe (Harbourside)
 * (Lab)"), a title with the name in brackets ("The Prime Minister (Jane Roe)"), and, once those
 * have shown what the page is, the title again alone ("The Prime Minister") and a title such as "Mr
 * Speaker". A line of a name in brackets alone ("Jane Roe (Reuters)", a caption) is no label unless
 * the page has two such labels that are a record's.
 */
final class RecordLabels {
  private RecordLabels() {}

  /** The fewest labels in brackets that make a page a parliamentary record. */
  private static final int MIN_BRACKETED = 2;

  /** Most words of a bare label: "Madam Deputy Speaker", "The Prime Minister". */
  private static final int MAX_BARE_WORDS = 4;

  /**
   * Adds to {@code labels} those of {@code alone} (paragraphs that are a label alone without a
   * colon, by paragraph) that are a parliamentary record's, and says whether the page is one. A
   * label in brackets is one when it has a constituency and a party, when its title stands again
   * alone on the page, or when its brackets name an actor the lexicon knows, and the page has
   * {@value #MIN_BRACKETED} of them; then a label with no brackets is one when it repeats the title
   * of one of them or opens with a title such as "Mr" or "Madam" ("Mr Speaker").
   */
  static boolean add(
      String text,
      Map<Integer, TurnLabels.Label> alone,
      Map<Integer, TurnLabels.Label> labels,
      Knowledge knowledge) {
    if (alone.size() < MIN_BRACKETED) {
      return false;
    }
    Set<String> bareHeads = new HashSet<>();
    for (TurnLabels.Label label : alone.values()) {
      if (!label.hasBracket()) {
        bareHeads.add(headOf(text, label));
      }
    }
    Map<Integer, TurnLabels.Label> bracketed = new HashMap<>();
    Set<String> titles = new HashSet<>();
    for (Map.Entry<Integer, TurnLabels.Label> e : alone.entrySet()) {
      TurnLabels.Label label = e.getValue();
      if (!label.hasBracket()) {
        continue;
      }
      String head = headOf(text, label);
      if (label.constituency()
          || bareHeads.contains(head)
          || namesActor(text, label.bracketStart(), label.bracketEnd(), knowledge)) {
        bracketed.put(e.getKey(), label);
        titles.add(head);
      }
    }
    if (bracketed.size() < MIN_BRACKETED) {
      return false;
    }
    labels.putAll(bracketed);
    for (Map.Entry<Integer, TurnLabels.Label> e : alone.entrySet()) {
      TurnLabels.Label label = e.getValue();
      if (label.hasBracket()) {
        continue;
      }
      String head = text.substring(label.headStart(), label.headEnd());
      if (titles.contains(Ascii.toLowerCase(head))
          || (TurnLabels.opensWithHonorific(head) && words(head) <= MAX_BARE_WORDS)) {
        labels.put(e.getKey(), label);
      }
    }
    return true;
  }

  /**
   * The speakers the record's labels in brackets name, by their title in lower case: "The Prime
   * Minister (Jane Roe)" makes a later "The Prime Minister" Jane Roe's.
   */
  static Map<String, Turn> namedByHead(
      String text, Map<Integer, TurnLabels.Label> labels, Knowledge knowledge) {
    Map<String, Turn> named = new HashMap<>();
    for (TurnLabels.Label label : labels.values()) {
      if (!label.colon() && label.hasBracket()) {
        Turn turn = Turns.turnOf(text, label, knowledge);
        if (turn.speaker().known()) {
          named.putIfAbsent(headOf(text, label), turn);
        }
      }
    }
    return named;
  }

  /**
   * Who speaks under a record's label: the actor its name or title names; else the actor its first
   * brackets name whole ("The Prime Minister (Jane Roe)"), also before a party the title names
   * ("The Secretary of State for Velmar (Jane Roe)"); else the party so named, or the party its
   * last brackets name whole ("(Lab)"); else someone the record cannot name, who answers and asks
   * nothing.
   */
  static Turn turnOf(
      String text, TurnLabels.Label label, String head, Optional<Turn> named, Knowledge knowledge) {
    if (named.isPresent() && named.get().speaker().actor().isPresent()) {
      return named.get();
    }
    if (label.hasBracket()) {
      Optional<Turn> inBrackets =
          Turns.namedIn(text, label.bracketStart(), label.bracketEnd(), head, true, knowledge);
      if (inBrackets.isPresent() && inBrackets.get().speaker().actor().isPresent()) {
        return inBrackets.get();
      }
      if (named.isEmpty() && label.constituency()) {
        named =
            Turns.namedIn(
                text, label.lastBracketStart(), label.lastBracketEnd(), head, true, knowledge);
      }
    }
    return named.orElse(new Turn(Speaker.unknown(head), false, "turn"));
  }

  private static boolean namesActor(String text, int start, int end, Knowledge knowledge) {
    for (Cue cue : knowledge.cues(text, start, end)) {
      if (cue.kind() == Cue.Kind.ACTOR
          && text.substring(start, end).strip().equals(text.substring(cue.start(), cue.end()))) {
        return true;
      }
    }
    return false;
  }

  private static String headOf(String text, TurnLabels.Label label) {
    return Ascii.toLowerCase(text.substring(label.headStart(), label.headEnd()));
  }

  private static int words(String head) {
    int words = 1;
    for (int i = 0; i < head.length(); i++) {
      if (head.charAt(i) == ' ') {
        words++;
      }
    }
    return words;
  }
}
