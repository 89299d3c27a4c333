package dev.parley.io.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.parley.io.article.BoilerplateCues.Cue;
import dev.parley.io.article.BoilerplateCues.Match;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cue table hands each line every cue that may match it, in the file's order. */
class CueTableTest {
  private static final ImmutableList<Cue> CUES = BoilerplateCues.defaults();
  private static final CueTable TABLE = CueTable.defaults();

  @Test
  void aLineIsOfferedEveryCueThatMayOpenItInTheFilesOrder() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String line = String.valueOf((char) c);
      List<Cue> mayMatch =
          CUES.stream()
              .filter(cue -> mayMatchLine(cue, line))
              .collect(ImmutableList.toImmutableList());
      List<Cue> offered =
          Arrays.stream(TABLE.forLineOpening((char) c))
              .filter(cue -> mayMatchLine(cue, line))
              .collect(ImmutableList.toImmutableList());
      assertThat(offered).as("char U+%04X", c).containsExactlyElementsOf(mayMatch);
    }
  }

  @Test
  void aContainsCueMayStartWhereOneOfThemStarts() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String text = "x" + (char) c;
      boolean any =
          CUES.stream().anyMatch(cue -> cue.match == Match.CONTAINS && cue.mayStartAt(text, 1, 2));
      assertThat(TABLE.mayStartContains(text, 1, 2)).as("char U+%04X", c).isEqualTo(any);
      assertThat(TABLE.mayStartContains(text, 1, 1)).isFalse();
    }
  }

  @Test
  void theGroupsByMatchKeepTheFilesOrder() {
    assertThat(TABLE.contains).containsExactlyElementsOf(only(Match.CONTAINS));
    assertThat(TABLE.inline).containsExactlyElementsOf(only(Match.INLINE));
    assertThat(TABLE.updateStamps).containsExactlyElementsOf(only(Match.STAMP));
    assertThat(TABLE.published).containsExactlyElementsOf(only(Match.PUBLISHED));
    assertThat(TABLE.stamps)
        .containsExactlyElementsOf(
            CUES.stream()
                .filter(c -> c.match == Match.STAMP || c.match == Match.PUBLISHED)
                .collect(ImmutableList.toImmutableList()));
  }

  @Test
  void lowerCaseIsCharactersOwnForEveryChar() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertThat(Text.lower((char) c))
          .as("char U+%04X", c)
          .isEqualTo(Character.toLowerCase((char) c));
    }
  }

  /** Whether a cue could match a line: it need not open the line, or it opens with its char. */
  private static boolean mayMatchLine(Cue cue, String line) {
    return cue.match == Match.CONTAINS || cue.mayStartAt(line, 0, line.length());
  }

  private static List<Cue> only(Match match) {
    return CUES.stream().filter(c -> c.match == match).collect(ImmutableList.toImmutableList());
  }
}
