package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.io.corpus.CorpusReading;
import org.junit.jupiter.api.Test;

class OtherNegotiationTest {
  @Test
  void theGreySeaTalksAreReadWithTheirOwnLexiconAlone() {
    CorpusReading reading = OtherNegotiation.read();

    assertThat(reading.record().partiesById()).containsOnlyKeys("ALD", "BRE");
    assertThat(reading.account().articles()).isEqualTo(3);
  }

  @Test
  void printsTheUnmetDemandsWithTheReplyThatBlocksEach() {
    String report = OtherNegotiation.report();

    assertThat(report)
        .contains("== Aldmark: Aldmark's terms for the Grey Sea, to be taken together")
        .contains("UNMET      Brenland's fleet cuts its cod catch in the Grey Sea by a fifth")
        .containsPattern("BRE +rejected")
        .containsPattern("BRE +open to discuss")
        .contains("\"Corrin rejected the cut in the cod catch")
        .contains("-- 2023-03-21-brenland-replies (2023-03-21), line 7")
        .contains("met: Inspectors of both states check landings in each other's ports")
        .doesNotContain("UNMET      Inspectors of both states");
  }
}
