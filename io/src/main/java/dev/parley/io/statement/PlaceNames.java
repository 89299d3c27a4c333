package dev.parley.io.statement;

import dev.parley.party.PartyKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A state's name that is only the end of a longer place's name: "Northern Ireland" is not Ireland,
 * "New Mexico" not Mexico, "South Sudan" not Sudan where the lexicon knows only Sudan. A
 * capitalised compass word or "New" right before a state's name or adjective ("South Sudanese"),
 * which the lexicon does not list with it, makes the whole another place, and the state's cue is
 * dropped. Where the lexicon lists the longer name ("North Korea", "South Africa", "New Zealand")
 * its own match covers the compass word, and stands. Lower-case "eastern Ukraine" is a part of the
 * state.
 */
final class PlaceNames {
  private PlaceNames() {}

  /** The words that open a place's name before a state's ("Northern Ireland", "New Mexico"). */
  private static final WordSet OPENING_WORDS =
      WordSet.of(
          "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "New");

  /** The longest of {@link #OPENING_WORDS}. */
  private static final int LONGEST = 8;

  /** The cues less those of a state named as the end of another place's name. */
  static List<Cue> withoutPartsOfPlaces(String text, List<Cue> cues, Knowledge knowledge) {
    List<Cue> kept = null;
    for (int i = 0; i < cues.size(); i++) {
      Cue cue = cues.get(i);
      boolean part =
          cue.kind() == Cue.Kind.PARTY
              && opensPlace(text, cue.start())
              && knowledge.kindOf(cue.entry()).equals(Optional.of(PartyKind.STATE));
      if (part && kept == null) {
        kept = new ArrayList<>(cues.subList(0, i));
      } else if (!part && kept != null) {
        kept.add(cue);
      }
    }
    return kept == null ? cues : kept;
  }

  /** Whether one of {@link #OPENING_WORDS} and one space stand right before {@code start}. */
  private static boolean opensPlace(String text, int start) {
    int space = start - 1;
    if (space < 1 || text.charAt(space) != ' ') {
      return false;
    }
    int from = space;
    while (from > 0 && space - from < LONGEST && Character.isLetter(text.charAt(from - 1))) {
      from--;
    }
    if (from > 0 && Character.isLetter(text.charAt(from - 1))) {
      return false;
    }
    return from < space && OPENING_WORDS.contains(text.substring(from, space));
  }
}
