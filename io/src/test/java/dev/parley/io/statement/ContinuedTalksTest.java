package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Carrying on, keeping on or going on talking, or continuing the talks, is a discussion. */
class ContinuedTalksTest {
  private static final String OFFER = "Mercy Hospital offered the union a pay rise on Monday. ";

  private static List<String> acts(String... paragraphs) {
    return HospitalStrike.acts(paragraphs);
  }

  @Test
  void goingOnTalkingIsADiscussion() {
    for (String sentence :
        List.of("The two sides will carry on talking.", "The two sides will keep negotiating.")) {
      assertThat(acts(OFFER + sentence))
          .as(sentence)
          .containsExactly("MH propose", "MH discuss", "NU discuss");
    }
    assertThat(acts("Carter said the union would go on talking to Mercy Hospital."))
        .containsExactly("NU discuss");
  }

  @Test
  void continuingOrHostingTheTalksIsADiscussion() {
    assertThat(acts("Carter said the union would continue the dialogue with Mercy Hospital."))
        .containsExactly("NU discuss");
    assertThat(acts("Mercy Hospital said it would keep hosting the talks."))
        .containsExactly("MH discuss");
    assertThat(acts("Carter said the union would continue the strike at Mercy Hospital."))
        .isEmpty();
    // Hoped for, the talks are asked of the other side, not held.
    assertThat(acts("Carter said she hoped Mercy Hospital would continue the talks."))
        .containsExactly("NU demand");
  }

  @Test
  void goingOnWithSomethingElseIsNone() {
    assertThat(acts("Carter said the nurses would carry on working.")).isEmpty();
    assertThat(acts("Carter said the union would go on striking.")).isEmpty();
  }
}
