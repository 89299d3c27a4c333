package dev.parley.io.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommunicationNounsTest {
  @Test
  void aCommunicationNounNamesTheWholeOfIt() {
    assertThat(CommunicationNouns.named("The answer to its proposals did not suit Russia."))
        .isTrue();
    assertThat(CommunicationNouns.named("Washington rejected the Russian demands.")).isTrue();
    assertThat(CommunicationNouns.named("He called the draft unacceptable")).isTrue();
  }

  @Test
  void aNounFollowedByItsContentNamesOnlyThatContent() {
    assertThat(CommunicationNouns.named("He rejected Moscow's demands that NATO pledge never to"))
        .isFalse();
    assertThat(
            CommunicationNouns.named(
                "He rejected the demand that troops leave, and the rest of the proposals."))
        .isTrue();
  }

  @Test
  void noNounNoCommunication() {
    assertThat(CommunicationNouns.named("There will be no change.")).isFalse();
    assertThat(CommunicationNouns.named("Responsibility lies elsewhere, he noted.")).isFalse();
    assertThat(CommunicationNouns.named("")).isFalse();
  }
}
