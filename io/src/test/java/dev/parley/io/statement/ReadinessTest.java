package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A party's readiness or unwillingness to act, told by a noun ("NATO's reluctance to discuss X"),
 * is that party's act, or its refusal, whoever mentions it.
 */
class ReadinessTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 3, 9);

  private static List<String> read(String sentence) {
    return TestArticles.bundledActsTo(PUBLISHED, sentence);
  }

  @Test
  void unwillingnessToTalkIsTheHoldersRefusal() {
    assertThat(read("Lavrov deplored Washington's unwillingness to discuss missile deployments."))
        .containsExactly("US reject [RU]");
    assertThat(read("Lavrov regretted the reluctance of NATO to discuss missile deployments."))
        .containsExactly("NATO reject [RU]");
  }

  @Test
  void aMissingReadinessIsTheHoldersRefusal() {
    assertThat(read("Lavrov cited the lack of readiness of Washington to agree on a moratorium."))
        .containsExactly("US reject [RU]");
  }

  @Test
  void readinessIsTheHoldersOwnAct() {
    assertThat(read("Lavrov noted the readiness of Washington to discuss missile deployments."))
        .containsExactly("US discuss [RU]");
  }

  @Test
  void aReadinessWithNoHolderIsTheSpeakers() {
    assertThat(
            read("Lavrov stressed the readiness to discuss missile deployments with Washington."))
        .containsExactly("RU discuss [US]");
  }

  @Test
  void aReadinessInAConditionOfAnotherActIsNoAct() {
    assertThat(
            read(
                "In the absence of the readiness of Washington to agree on a moratorium, Moscow will"
                    + " be forced to respond, Lavrov said."))
        .containsExactly("RU threaten [US]");
  }
}
