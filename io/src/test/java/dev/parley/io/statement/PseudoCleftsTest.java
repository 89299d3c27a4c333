package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A refusal told as a pseudo-cleft: "What we will not do is reopen the contract". */
class PseudoCleftsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 9);

  private static List<String> acts(String... paragraphs) {
    return TestArticles.acts(FakeKnowledge.standard(), PUBLISHED, paragraphs);
  }

  @Test
  void whatASideWillNotDoIsWhatItRefuses() {
    assertThat(acts("What Moscow will not do is ease the sanctions, Lavrov said."))
        .containsExactly("RU reject");
    assertThat(acts("\"What we won't do is come back to hear the same offer,\" Blinken said."))
        .containsExactly("US reject");
  }

  @Test
  void anActWordInTheComplementIsReadAsItselfNegated() {
    assertThat(acts("What Moscow cannot do is accept the sanctions, Lavrov said."))
        .containsExactly("RU reject");
  }

  @Test
  void whatASideWillDoIsNoRefusal() {
    assertThat(acts("What Moscow will do is ease the sanctions, Lavrov said."))
        .doesNotContain("RU reject");
    assertThat(acts("What Moscow will not do, Lavrov said, is wait.")).isEmpty();
  }
}
