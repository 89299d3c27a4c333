package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Speaking with the other side is talking with it; speaking to the press is not. */
class ConversationsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 2, 15);

  @Test
  void speakingWithACounterpartIsDiscussion() {
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "Lavrov said he had spoken with Blinken on Tuesday."))
        .extracting(Statement::act)
        .contains(Act.DISCUSS);
    assertThat(
            TestArticles.bundledStatements(PUBLISHED, "Blinken will speak with Lavrov on Friday."))
        .extracting(Statement::act)
        .contains(Act.DISCUSS);
  }

  @Test
  void speakingToReportersIsNoDiscussion() {
    assertThat(TestArticles.bundledStatements(PUBLISHED, "Lavrov spoke to reporters in Moscow."))
        .extracting(Statement::act)
        .doesNotContain(Act.DISCUSS);
  }
}
