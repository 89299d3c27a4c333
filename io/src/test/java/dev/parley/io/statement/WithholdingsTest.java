package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Refusals to say, which reject nothing: "declined to comment", "refused to say whether". */
class WithholdingsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 9);

  @Test
  void decliningToSayOrCommentIsNoRejection() {
    assertThat(
            TestArticles.bundledActs(
                PUBLISHED, "Lavrov declined to say what it would take to withdraw the troops."))
        .isEmpty();
    assertThat(
            TestArticles.bundledActs(
                PUBLISHED, "The Kremlin refused to comment on the sanctions against Moscow."))
        .isEmpty();
    assertThat(
            TestArticles.bundledActs(
                PUBLISHED, "Blinken declined to give details of the talks with Russia."))
        .doesNotContain("US reject");
  }

  @Test
  void decliningAnActIsStillARejection() {
    assertThat(TestArticles.bundledActs(PUBLISHED, "Lavrov declined to withdraw the troops."))
        .containsExactly("RU reject");
    assertThat(
            TestArticles.bundledActs(
                PUBLISHED, "Moscow refused to sign the agreement with Washington."))
        .containsExactly("RU reject");
  }

  @Test
  void anActAskedAboutInAQuestionLeftUnansweredIsNoAct() {
    assertThat(
            TestArticles.bundledActs(
                PUBLISHED,
                "Lavrov would not say whether Moscow would accept the American proposal."))
        .isEmpty();
    assertThat(
            TestArticles.bundledActs(
                PUBLISHED, "Lavrov declined to say when Russia would withdraw its troops."))
        .isEmpty();
  }

  @Test
  void anActToldWithAQuestionWordIsStillAnAct() {
    assertThat(
            TestArticles.bundledActs(
                PUBLISHED, "Lavrov said when Moscow would accept the American proposal."))
        .containsExactly("RU accept");
    assertThat(
            TestArticles.bundledActs(
                PUBLISHED,
                "Lavrov said that Moscow rejected the proposal, whether or not it" + " was final."))
        .containsExactly("RU reject");
  }
}
