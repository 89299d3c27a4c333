package dev.parley.io.statement;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps, among lexicon cues of the same family that overlap, the longest one: "Russian Foreign
 * Ministry" as an actor rather than "Russian" as a party. An act cue inside a longer item phrase is
 * a word of the item's name, not an act: "work requirements" is an item, not a demand; but talks
 * named as an item ("a bilateral meeting") are both the item and the act of discussing.
 */
final class Overlaps {
  private Overlaps() {}

  static List<Cue> resolve(List<Cue> cues) {
    List<Cue> sorted = joinSameActs(cues);
    List<Cue> kept = new ArrayList<>();
    for (Cue cue : sorted) {
      if (cue.start() < 0 || cue.end() <= cue.start()) {
        continue;
      }
      boolean beaten = false;
      for (Cue other : sorted) {
        if (other.start() >= cue.end()) {
          break; // sorted by start: no later cue overlaps this one
        }
        if (other != cue
            && family(other) == family(cue)
            && other.overlaps(cue)
            && beats(other, cue)) {
          beaten = true;
          break;
        }
        if (cue.kind() == Cue.Kind.ACT && other.kind() == Cue.Kind.ITEM && names(other, cue)) {
          beaten = true; // "work requirements", "a ban on exports": a word of the item's name
          break;
        }
      }
      if (!beaten) {
        kept.add(cue);
      }
    }
    return kept;
  }

  /**
   * The cues sorted by start, with overlapping cues of one act joined into one cue that spans them:
   * "reached an agreement" and "agreement in principle" are one acceptance that starts at its verb,
   * where the longer of the two alone would start at its noun and leave the verb's subject behind.
   */
  private static List<Cue> joinSameActs(List<Cue> cues) {
    List<Cue> sorted = new ArrayList<>(cues);
    sorted.sort(ArticleReading.BY_START);
    for (int i = 0; i < sorted.size(); i++) {
      Cue cue = sorted.get(i);
      if (cue.kind() != Cue.Kind.ACT) {
        continue;
      }
      for (int j = i + 1; j < sorted.size() && sorted.get(j).start() < cue.end(); j++) {
        Cue other = sorted.get(j);
        if (other.kind() == Cue.Kind.ACT
            && other.entry().equals(cue.entry())
            && other.start() > cue.start()
            && other.end() > cue.end()) {
          cue = new Cue(Cue.Kind.ACT, cue.entry(), cue.start(), other.end());
          sorted.set(i, cue);
          sorted.remove(j);
          j--;
        }
      }
    }
    return sorted;
  }

  /**
   * Whether {@code item} is longer than {@code act} and holds it: the act word names the item.
   * Talks that a case names as an item ("bilateral meeting", "strategic dialogue") are the act as
   * well: a discuss cue that ends the item's phrase is its head noun, and holding that meeting is
   * discussing, so it stays an act beside the item.
   */
  private static boolean names(Cue item, Cue act) {
    return item.start() <= act.start()
        && act.end() <= item.end()
        && item.length() > act.length()
        && !(act.end() == item.end() && Act.DISCUSS.id().equals(act.entry()));
  }

  private static boolean beats(Cue a, Cue b) {
    if (a.length() != b.length()) {
      return a.length() > b.length();
    }
    if (a.kind() != b.kind()) {
      return a.kind().ordinal() > b.kind().ordinal() ? false : true;
    }
    return a.start() < b.start() || (a.start() == b.start() && a.entry().compareTo(b.entry()) < 0);
  }

  /** Cues compete only within a family: speakers, things, and grammar. */
  private static int family(Cue cue) {
    switch (cue.kind()) {
      case PARTY:
      case ACTOR:
      case ROLE:
        return 0;
      case ITEM:
        return 1;
      case DOCUMENT:
        return 2;
      case ACT:
        return 3;
      default:
        return 4 + cue.kind().ordinal();
    }
  }
}
