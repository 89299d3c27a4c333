package dev.parley.io.article;

import com.google.common.collect.ImmutableList;
import dev.parley.io.article.BoilerplateCues.Cue;
import dev.parley.io.article.BoilerplateCues.Match;
import java.util.ArrayList;
import java.util.List;

/**
 * The cues of {@code boilerplate.txt} grouped for the line rules' lookups, so that a line is tried
 * only against the cues that can match it: by the char a line opens with, and by how a cue matches.
 *
 * <p>A cue matches only where its first char stands, case ignored ({@link Cue#mayStartAt}); a cue
 * that must open the line therefore matches no line that opens with another char. The groups keep
 * the cues in the file's order, so the first cue that matches is the one a walk over all of them
 * finds.
 */
final class CueTable {
  /** The chars whose cues are grouped: a line opening with another char is tried against all. */
  private static final int GROUPED = 128;

  private static final CueTable DEFAULTS = new CueTable(BoilerplateCues.defaults());

  /** Every cue, in the file's order. */
  private final Cue[] all;

  /**
   * For each lower-case ASCII char, the cues that may match a whole line opening with it: those
   * that must open the line with that char, and the {@code contains} cues, in the file's order.
   */
  private final Cue[][] byInitial = new Cue[GROUPED][];

  /** Whether a {@code contains} cue opens with the lower-case ASCII char. */
  private final boolean[] containsInitial = new boolean[GROUPED];

  /** The {@code contains} cues. */
  final Cue[] contains;

  /** The {@code inline} cues, which set aside the rest of a line after a sentence's end. */
  final Cue[] inline;

  /** The {@code stamp} and {@code published} cues, in the file's order. */
  final Cue[] stamps;

  /** The {@code stamp} cues: an update's stamp. */
  final Cue[] updateStamps;

  /** The {@code published} cues. */
  final Cue[] published;

  private CueTable(ImmutableList<Cue> cues) {
    this.all = cues.toArray(new Cue[0]);
    this.contains = only(cues, Match.CONTAINS, Match.CONTAINS);
    this.inline = only(cues, Match.INLINE, Match.INLINE);
    this.stamps = only(cues, Match.STAMP, Match.PUBLISHED);
    this.updateStamps = only(cues, Match.STAMP, Match.STAMP);
    this.published = only(cues, Match.PUBLISHED, Match.PUBLISHED);
    for (char c = 0; c < GROUPED; c++) {
      List<Cue> group = new ArrayList<>();
      for (Cue cue : cues) {
        if (cue.match == Match.CONTAINS || cue.first == c) {
          group.add(cue);
        }
      }
      byInitial[c] = group.toArray(new Cue[0]);
    }
    for (Cue cue : contains) {
      if (cue.first < GROUPED) {
        containsInitial[cue.first] = true;
      }
    }
  }

  /** The table of the bundled cues. */
  static CueTable defaults() {
    return DEFAULTS;
  }

  private static Cue[] only(ImmutableList<Cue> cues, Match one, Match other) {
    return cues.stream().filter(c -> c.match == one || c.match == other).toArray(Cue[]::new);
  }

  /**
   * The cues, in the file's order, among which are all that may match a whole line opening with
   * {@code first}.
   */
  Cue[] forLineOpening(char first) {
    char lower = Text.lower(first);
    return lower < GROUPED ? byInitial[lower] : all;
  }

  /** Whether a {@code contains} cue may start at {@code at}, before {@code end}. */
  boolean mayStartContains(String text, int at, int end) {
    if (at >= end) {
      return false;
    }
    char lower = Text.lower(text.charAt(at));
    if (lower < GROUPED) {
      return containsInitial[lower];
    }
    for (Cue cue : contains) {
      if (cue.mayStartAt(text, at, end)) {
        return true;
      }
    }
    return false;
  }
}
