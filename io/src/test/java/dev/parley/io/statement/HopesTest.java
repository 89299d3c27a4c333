package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A hope for others' act told without "that" is a call on them: "hoped Washington would ...". */
class HopesTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 9);

  private static List<String> acts(String... paragraphs) {
    return TestArticles.acts(FakeKnowledge.standard(), PUBLISHED, paragraphs);
  }

  @Test
  void hopingOthersWillActCallsOnThem() {
    assertThat(acts("Lavrov said he hoped Washington would lift the sanctions soon."))
        .containsExactly("RU demand");
    assertThat(acts("Moscow hopes the American side will reconsider the sanctions."))
        .containsExactly("RU demand");
  }

  @Test
  void hopingToActOrForSomethingIsNoCall() {
    assertThat(acts("Lavrov hoped to discuss the sanctions.")).doesNotContain("RU demand");
    assertThat(acts("Lavrov hoped for progress on the sanctions.")).isEmpty();
    assertThat(acts("Lavrov said hope was fading for the sanctions.")).isEmpty();
  }
}
