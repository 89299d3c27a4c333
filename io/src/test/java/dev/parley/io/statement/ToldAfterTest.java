package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An act told by another party after it ("..., US officials said", "according to Blinken") is the
 * act of the party named right before its verb; the teller only tells of it.
 */
class ToldAfterTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 1, 12);

  private static List<String> speakers(String sentence) {
    return StatementExtractor.of(FakeKnowledge.standard())
        .extract(TestArticles.of(PUBLISHED, sentence))
        .statements()
        .stream()
        .map(s -> s.speakerParty().orElse("?") + s.speakerActor().map(a -> "/" + a).orElse(""))
        .collect(Collectors.toList());
  }

  @Test
  void theSubjectBeforeTheVerbActsWhenAnotherPartyTellsOfIt() {
    assertThat(speakers("Moscow rejected the withdrawal of troops, Blinken said."))
        .containsExactly("RU");
    assertThat(speakers("Russia has flatly rejected NATO expansion, according to Stoltenberg."))
        .containsExactly("RU");
  }

  @Test
  void aTellerOfTheSamePartyStaysTheSpeaker() {
    assertThat(speakers("Moscow rejected the withdrawal of troops, Lavrov said."))
        .containsExactly("RU/lavrov");
  }

  @Test
  void theLastOfACompoundSubjectIsNotTheSubjectAlone() {
    assertThat(speakers("Blinken and Lavrov rejected the withdrawal of troops, Stoltenberg said."))
        .containsExactly("US/blinken", "RU/lavrov");
  }
}
