package dev.parley.io.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where sentences end around the marks pages write after a full stop (footnote numbers, citation
 * marks) and after abbreviations that are such only before a number.
 */
class SentenceEndsTest {
  private static List<String> sentences(String body) {
    return Coverage.sentenceTexts(Coverage.readCovered("Ferry talks end\n\n" + body + "\n"));
  }

  @Test
  void aFootnoteNumberInSuperscriptAfterTheFullStopStaysWithItsSentenceAndEndsIt() {
    assertThat(
            sentences(
                "The crews rejected the timetable.² Their union met the operator again on"
                    + " Monday.¹³ Nothing was agreed."))
        .containsExactly(
            "The crews rejected the timetable.²",
            "Their union met the operator again on Monday.¹³",
            "Nothing was agreed.");
  }

  @Test
  void citationMarksInBracketsAfterTheFullStopStayWithTheirSentenceAndEndIt() {
    assertThat(
            sentences(
                "The ports agreed to share the dredging costs.[4] A second round followed in"
                    + " May.[5][6] The toll was dropped.[citation needed] Both sides signed.[a]"
                    + " Ferries resumed."))
        .containsExactly(
            "The ports agreed to share the dredging costs.[4]",
            "A second round followed in May.[5][6]",
            "The toll was dropped.[citation needed]",
            "Both sides signed.[a]",
            "Ferries resumed.");
  }

  @Test
  void aMarkInsideASentenceOrBeforeALowerCaseWordEndsNothing() {
    assertThat(
            sentences(
                "The talks,[3] which opened in Bergen, stalled.[7] and so did the vote. The"
                    + " ministers left."))
        .containsExactly(
            "The talks,[3] which opened in Bergen, stalled.[7] and so did the vote.",
            "The ministers left.");
  }

  @Test
  void bracketsThatAreNoCitationMarkAreLeftAsTheyWere() {
    assertThat(sentences("The pilots walked out.[see the timetable of 4 May, page 2] It rained."))
        .containsExactly("The pilots walked out.[see the timetable of 4 May, page 2] It rained.");
  }

  @Test
  void noAtTheEndOfASentenceIsNoAbbreviation() {
    assertThat(
            sentences(
                "The board looked at the offer and said no. Then the union called a strike. No."
                    + " Nobody expected it."))
        .containsExactly(
            "The board looked at the offer and said no.",
            "Then the union called a strike.",
            "No.",
            "Nobody expected it.");
  }

  @Test
  void abbreviationsOfNumbersBeforeANumberEndNoSentence() {
    assertThat(
            sentences(
                "The accord is filed as No. 12 in Vol. XII of the register, pp. 201-224, under"
                    + " Art. 5 of the charter. It binds both ports."))
        .containsExactly(
            "The accord is filed as No. 12 in Vol. XII of the register, pp. 201-224, under Art. 5"
                + " of the charter.",
            "It binds both ports.");
  }
}
