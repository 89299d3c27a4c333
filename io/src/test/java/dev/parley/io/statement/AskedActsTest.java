package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a demand asks of someone is asked for, not done: the one urged is addressed, not heard. */
class AskedActsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 2, 15);

  private static List<String> read(String sentence) {
    return TestArticles.bundledStatements(PUBLISHED, sentence).stream()
        .map(s -> s.speakerParty().orElse("?") + " " + s.act().id() + " " + s.addressees())
        .toList();
  }

  @Test
  void theActAskedOfTheOtherSideIsPartOfTheDemand() {
    assertThat(read("Stoltenberg urged Russia to accept the proposal."))
        .containsExactly("NATO demand [RU]");
    assertThat(read("Stoltenberg urged Russia not to reject the proposal."))
        .containsExactly("NATO demand [RU]");
    assertThat(read("Blinken urged the Kremlin to negotiate.")).containsExactly("US demand [RU]");
  }

  @Test
  void aTimeMayStandBetweenTheOneAskedAndWhatIsAsked() {
    assertThat(read("Blinken called on Moscow on Monday to reject escalation."))
        .containsExactly("US demand [RU]");
  }

  @Test
  void wantingToActAsksNoOneElse() {
    assertThat(read("Russia wants to discuss NATO expansion.")).contains("RU discuss [NATO]");
  }

  @Test
  void theOneAskedMayAnswerInItsOwnClause() {
    assertThat(read("Blinken urged Russia to accept, and Lavrov agreed."))
        .containsExactly("US demand [RU]", "RU accept [US]");
  }

  @Test
  void theOneAskedMayBeAnyGroup() {
    assertThat(read("Stoltenberg urged all parties to accept the proposal."))
        .containsExactly("NATO demand []");
  }

  @Test
  void thePartyAskedInAPassiveHasNotActed() {
    assertThat(read("Russia was urged to accept the proposal.")).isEmpty();
  }

  @Test
  void askingForTimeToActAsksNoOneElse() {
    assertThat(read("Russia wants more time to discuss NATO expansion."))
        .contains("RU discuss [NATO]");
  }
}
