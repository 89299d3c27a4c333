package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A proposal answered in the passive with no agent ("The offer was rejected") is answered by the
 * one it was made to, when the text tells who made it and to whom; else it is not read.
 */
class PassiveAnswersTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 3, 9);

  private static List<String> read(String... paragraphs) {
    return TestArticles.bundledActsTo(PUBLISHED, paragraphs);
  }

  @Test
  void theOneAProposalWasMadeToAnswersIt() {
    assertThat(
            read(
                "Washington proposed a freeze on missile deployments to Moscow on Monday. The offer"
                    + " was rejected on Tuesday."))
        .containsExactly("US propose [RU]", "RU reject [US]");
  }

  @Test
  void theProposalsOwnPhraseMayNameBoth() {
    // The possessed proposal opening its clause is its owner's act, as any such noun is.
    assertThat(read("Russia's proposal to Washington was rejected on Friday."))
        .containsExactly("RU propose [US]", "US reject [RU]");
    assertThat(read("Russia's proposal to Washington was not accepted."))
        .containsExactly("RU propose [US]", "US reject [RU]");
    assertThat(read("The Russian proposal to Washington has been turned down."))
        .containsExactly("US reject [RU]");
  }

  @Test
  void aProposalOfUnknownOriginIsNotRead() {
    assertThat(read("The proposal was rejected on Friday.")).isEmpty();
    assertThat(read("A proposal was rejected on Friday, Washington said.")).isEmpty();
  }

  @Test
  void twoPartiesThatMayHaveAnsweredAreNoAnswer() {
    assertThat(read("Russia's proposal was rejected after talks with NATO and Washington."))
        .containsExactly("RU propose [NATO, US]");
  }

  @Test
  void aThingDoneInThePassiveIsNoAnswer() {
    assertThat(read("The treaty with Moscow was signed on Friday, Washington said.")).isEmpty();
  }
}
