package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two acts joined by "and" or "but" with one subject: each verb phrase makes its own statement, the
 * subject speaking for both ("welcomed the agreement and called the two sides to implement it", "is
 * ready to begin the talks, but will never accept ...").
 */
class JoinedActsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 1, 12);

  private static List<String> read(String sentence) {
    return TestArticles.bundledActs(PUBLISHED, sentence);
  }

  @Test
  void aWelcomeAndACallOnTheSidesAreTwoActs() {
    assertThat(
            read(
                "Stoltenberg welcomed the agreement and called on Russia and Ukraine to implement"
                    + " it without delay."))
        .containsExactly("NATO accept", "NATO demand");
    assertThat(
            read(
                "Stoltenberg welcomed the agreement and called the two sides to implement it"
                    + " without delay."))
        .containsExactly("NATO accept", "NATO demand");
  }

  @Test
  void callingAPersonToTalkIsNoDemand() {
    assertThat(read("Biden called Putin to discuss the security guarantees."))
        .doesNotContain("US demand");
  }

  @Test
  void readinessToBeginTalksAndARefusalAreTwoActs() {
    assertThat(
            read(
                "Lavrov said Moscow is ready to begin the talks on security guarantees, but that it"
                    + " will never accept NATO expansion."))
        .containsExactly("RU discuss", "RU reject");
    assertThat(
            read(
                "Lavrov said Moscow is ready to begin the talks on security guarantees, but will"
                    + " never accept NATO expansion."))
        .containsExactly("RU discuss", "RU reject");
  }

  @Test
  void talksGovernedByToAreNoAct() {
    assertThat(read("Lavrov pointed to the talks on security guarantees.")).isEmpty();
  }

  @Test
  void aJoinedClauseWithItsOwnSubjectGovernsEveryActInIt() {
    assertThat(
            InventedCases.TRUCE.acts(
                "Velmar rejected the truce and called on Tarsia to mediate, and the insurgents"
                    + " threatened to resume fighting."))
        .containsExactly("VL reject", "VL demand", "CLF threaten");
  }

  @Test
  void aJoinedClauseWithNoSubjectOfItsOwnKeepsTheSentenceSubject() {
    assertThat(
            InventedCases.TRUCE.acts(
                "Velmar rejected the truce, and threatened to resume fighting in the north."))
        .containsExactly("VL reject", "VL threaten");
    assertThat(
            InventedCases.TRUCE.acts(
                "Velmar rejected the truce, and the talks stalled as Velmar threatened to resume"
                    + " fighting."))
        .doesNotContain("CLF threaten");
  }
}
