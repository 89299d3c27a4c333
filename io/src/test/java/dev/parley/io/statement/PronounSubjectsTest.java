package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a subject "it" refers to: the last speaker, a thing just named, or no one at all. */
class PronounSubjectsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 9);

  private static List<Statement> read(String paragraph) {
    return StatementExtractor.of(FakeKnowledge.standard())
        .extract(TestArticles.of(PUBLISHED, paragraph))
        .statements();
  }

  @Test
  void itAsTheSubjectOfAnActRefersToTheLastSpeaker() {
    List<Statement> found =
        read("Lavrov said Moscow rejected the demand. It rejects the expansion of NATO.");
    assertThat(found).hasSize(2);
    assertThat(found.get(1).speakerParty()).contains("RU");
    assertThat(found.get(1).items()).containsExactly("nato-no-expansion");
  }

  @Test
  void itAfterASentenceAboutAThingIsThatThing() {
    List<Statement> found =
        read(
            "Lavrov said Moscow rejected the demand. The draft was printed on Friday."
                + " It rejects the expansion of NATO.");
    assertThat(found).extracting(Statement::sentence).containsExactly(0);
  }

  @Test
  void anExpletiveItIsNoSubject() {
    List<Statement> found =
        read("Blinken spoke first. It is now clear that Kyiv rejected the demand.");
    assertThat(found).extracting(Statement::speakerParty).containsExactly(Optional.of("UA"));
    // What is not clear is an open question, no act (see WithholdingsTest).
    assertThat(read("Blinken spoke first. It is not clear whether Kyiv rejected the demand."))
        .isEmpty();
  }
}
