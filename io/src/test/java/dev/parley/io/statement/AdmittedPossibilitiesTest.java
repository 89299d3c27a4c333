package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Not ruling out that something may happen admits a possibility: the act is what the complement
 * tells, not a readiness to talk; not ruling out talks is one.
 */
class AdmittedPossibilitiesTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 1, 13);

  private static List<Statement> read(String sentence) {
    return TestArticles.bundledStatements(PUBLISHED, sentence);
  }

  @Test
  void notRulingOutADeploymentIsAConditionalThreat() {
    assertThat(
            read(
                "Lavrov did not rule out that Russia could deploy military infrastructure in Cuba"
                    + " if the United States does not reduce activity."))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.speakerActor()).contains("lavrov");
              assertThat(s.act()).isEqualTo(Act.THREATEN);
              assertThat(s.conditional()).isTrue();
              assertThat(s.addressees()).contains("US");
            });
  }

  @Test
  void theComplementsOwnActIsTheAct() {
    assertThat(
            read("Lavrov did not exclude the possibility that Russia would reject the proposal."))
        .extracting(Statement::act)
        .containsExactly(Act.REJECT);
  }

  @Test
  void aComplementWithNoActIsNoStatement() {
    assertThat(read("Blinken did not rule out that the situation could change.")).isEmpty();
  }

  @Test
  void notRulingOutTalksIsReadinessToTalk() {
    assertThat(read("Lavrov did not rule out talks with NATO."))
        .extracting(Statement::act)
        .containsExactly(Act.DISCUSS);
  }
}
