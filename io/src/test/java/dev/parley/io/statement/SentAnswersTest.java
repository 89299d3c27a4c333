package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An answer told as sent or received with no agent is its author's, never the receiver's. */
class SentAnswersTest {
  private static List<String> answers(String... paragraphs) {
    return HospitalStrike.read(paragraphs).stream()
        .map(
            s ->
                s.sentence()
                    + " "
                    + s.speakerParty().orElse("?")
                    + " "
                    + s.act().id()
                    + " "
                    + s.addressees())
        .toList();
  }

  @Test
  void anAnswerSentIsItsAuthors() {
    assertThat(
            answers(
                "The union prepared its response to the offer. The response was sent to Mercy"
                    + " Hospital on Monday."))
        .contains("1 NU respond [MH]");
  }

  @Test
  void anAnswerReceivedIsItsAuthorsNotTheReceivers() {
    assertThat(
            answers("The union has responded. Mercy Hospital said it had received the response."))
        .containsExactly("0 NU respond []", "1 NU respond [MH]");
    assertThat(
            answers("The union prepared its response. Mercy Hospital has received the response."))
        .contains("1 NU respond [MH]");
  }

  @Test
  void withNoAuthorToldThereIsNoAnswer() {
    assertThat(answers("The response was sent to Mercy Hospital on Monday.")).isEmpty();
    assertThat(answers("Mercy Hospital said it had received the response.")).isEmpty();
    assertThat(
            answers(
                "The union has responded. Mercy Hospital said it had not received the response."))
        .doesNotContain("1 NU respond [MH]");
  }
}
