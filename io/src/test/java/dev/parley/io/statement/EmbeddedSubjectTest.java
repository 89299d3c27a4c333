package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.io.article.Article;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A reporter telling of another party's act: "Lavrov said Washington had rejected ...". */
class EmbeddedSubjectTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 9);

  private static Statement only(String sentence) {
    Article article = TestArticles.of(PUBLISHED, sentence);
    FakeKnowledge knowledge = FakeKnowledge.standard();
    knowledge.act("reject", "ignored");
    ArticleStatements result = StatementExtractor.of(knowledge).extract(article);
    assertThat(result.statements()).hasSize(1);
    return result.statements().get(0);
  }

  @Test
  void anotherPartysActInAReportIsThatPartys() {
    Statement s = only("Lavrov said Washington had rejected the demand to withdraw troops.");
    assertThat(s.speakerParty()).contains("US");
    assertThat(s.act()).isEqualTo(Act.REJECT);
    assertThat(s.speech()).isEqualTo(Speech.REPORTED);
    assertThat(s.rule()).startsWith("embedded-subject");
  }

  @Test
  void itStandsForThePartyNamedBefore() {
    Statement s =
        only("Lavrov said Washington was praised because it had accepted the offer on sanctions.");
    assertThat(s.speakerParty()).contains("US");
    assertThat(s.act()).isEqualTo(Act.ACCEPT);
  }

  @Test
  void theReportersOwnSideStaysWithTheReporter() {
    Statement s = only("Lavrov said Moscow had rejected the demand to withdraw troops.");
    assertThat(s.speakerActor()).contains("lavrov");
  }

  @Test
  void aPartyWordBeforeANounIsNoSubject() {
    Statement s = only("Lavrov said the US demand was unacceptable.");
    assertThat(s.speakerActor()).contains("lavrov");
    assertThat(s.act()).isEqualTo(Act.REJECT);
  }

  @Test
  void aNegatedOrCharacterisedActIsTheReportersComplaint() {
    assertThat(only("Lavrov said Washington had not accepted the offer.").speakerActor())
        .contains("lavrov");
    assertThat(only("Lavrov said Washington ignored the proposal.").rule())
        .doesNotContain("embedded-subject");
  }

  @Test
  void aConditionIsNoActOfItsSubject() {
    Statement s = only("Lavrov said Moscow would talk if Washington accepted the offer.");
    assertThat(s.speakerActor()).contains("lavrov");
    assertThat(s.conditional()).isTrue();
  }

  @Test
  void theObjectOfTheReportedVerbIsNoSubject() {
    Statement s = only("Lavrov said he rejected the proposal from Washington.");
    assertThat(s.speakerActor()).contains("lavrov");
  }
}
