package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A possessed act noun opening its clause ("His demand came ...") is the act of its owner. */
class PossessedActsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 2, 15);

  private static List<String> read(String... sentences) {
    return TestArticles.bundledStatements(PUBLISHED, String.join(" ", sentences)).stream()
        .map(s -> s.speakerActor().orElse("?") + " " + s.act().id())
        .toList();
  }

  @Test
  void aPronounsActNounIsTheActOfWhomThePronounMeans() {
    assertThat(read("Blinken spoke in Berlin.", "His demand came a day after the talks."))
        .containsExactly("blinken demand");
    assertThat(read("Lavrov spoke in Moscow.", "Their refusal to withdraw troops angered NATO."))
        .containsExactly("lavrov reject");
  }

  @Test
  void anActNounWithAnArticleIsOnlyTalkedAbout() {
    assertThat(read("Blinken spoke in Berlin.", "The demand came a day after the talks."))
        .isEmpty();
  }

  @Test
  void itsActNounMayBeAThings() {
    assertThat(read("Blinken spoke in Berlin.", "Its response came on Friday.")).isEmpty();
  }

  @Test
  void aPossessiveOwnsNoActBeyondItsNounPhrase() {
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "Stoltenberg welcomed Moscow's decision and urged Russia to withdraw."))
        .extracting(s -> s.speakerParty().orElseThrow() + " " + s.act().id())
        .containsExactly("NATO accept", "NATO demand");
  }
}
