package dev.parley.io.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemandsNamedTest {
  private static boolean namedAsDemand(String sentence, String item) {
    return DemandsNamed.mayName(sentence) && DemandsNamed.before(sentence, sentence.indexOf(item));
  }

  @Test
  void aNounOfAskingAndItsLinkRightBeforeTheItemNameItAsDemanded() {
    assertThat(namedAsDemand("The union rejected demands to freeze wages.", "freeze wages"))
        .isTrue();
    assertThat(namedAsDemand("Velmar dismissed calls for a truce.", "truce")).isTrue();
    assertThat(namedAsDemand("The board turned down requests for the night shift.", "night shift"))
        .isTrue();
  }

  @Test
  void anItemNamedOtherwiseIsNotNamedAsADemand() {
    assertThat(namedAsDemand("The union rejected the wage freeze.", "wage freeze")).isFalse();
    assertThat(namedAsDemand("Velmar refused to sign a truce.", "truce")).isFalse();
    assertThat(namedAsDemand("Their demands, a truce among them, were rejected.", "truce"))
        .isFalse();
    assertThat(namedAsDemand("A phone call on Monday settled the truce.", "truce")).isFalse();
  }
}
