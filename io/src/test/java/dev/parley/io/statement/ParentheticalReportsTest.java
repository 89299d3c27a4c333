package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report inside its sentence ("The main obstacle, it said, was ..."): the subject of the
 * parenthetical reporting verb speaks, a pronoun meaning the last speaker.
 */
class ParentheticalReportsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 1, 12);

  private static List<String> read(String... sentences) {
    return TestArticles.read(FakeKnowledge.standard(), PUBLISHED, String.join(" ", sentences))
        .statements()
        .stream()
        .map(s -> s.speakerActor().or(s::speakerParty).orElse("?") + " " + s.act().id())
        .toList();
  }

  @Test
  void theParentheticalSubjectSpeaks() {
    assertThat(
            read(
                "Blinken spoke in Geneva on Monday.",
                "The demand to withdraw troops, Lavrov said, was rejected by Washington."))
        .containsExactly("US reject");
    assertThat(
            read(
                "Blinken spoke in Geneva on Monday.",
                "The offer on sanctions, Lavrov said, is unacceptable."))
        .containsExactly("lavrov reject");
  }

  @Test
  void aParentheticalPronounMeansTheLastSpeaker() {
    assertThat(
            read(
                "Lavrov rejected the offer on sanctions.",
                "The offer on sanctions, he said, is unacceptable."))
        .containsExactly("lavrov reject", "lavrov reject");
    assertThat(
            read(
                "NATO rejected the demand to withdraw troops.",
                "The offer on sanctions, it said, is unacceptable."))
        .containsExactly("NATO reject", "NATO reject");
  }
}
