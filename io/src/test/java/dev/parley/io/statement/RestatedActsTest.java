package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An act noun said again ("repeated her warning") is the act made anew by whoever repeats it. */
class RestatedActsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 2, 15);

  private static List<String> read(String sentence) {
    return TestArticles.bundledStatements(PUBLISHED, sentence).stream()
        .map(s -> s.speakerActor().orElse("?") + " " + s.act().id())
        .toList();
  }

  @Test
  void repeatingOnesWarningOrDemandMakesItAgain() {
    assertThat(read("Blinken repeated his warning that Russia would face sanctions."))
        .containsExactly("blinken threaten");
    assertThat(read("Blinken repeated his demand that Russia withdraw troops."))
        .containsExactly("blinken demand");
    assertThat(read("Lavrov voiced his objection to NATO expansion."))
        .containsExactly("lavrov reject");
  }

  @Test
  void aWarningOnlyReadOrRejectedIsNoWarning() {
    assertThat(read("Lavrov read the warning.")).isEmpty();
    assertThat(read("Lavrov rejected her warning.")).containsExactly("lavrov reject");
  }
}
