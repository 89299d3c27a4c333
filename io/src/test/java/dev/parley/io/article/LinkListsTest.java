package dev.parley.io.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which lines under a related-links header read as linked headlines. */
class LinkListsTest {
  private static boolean isLinkLine(String line) {
    return LinkLists.isLinkLine(line, 0, line.length());
  }

  @Test
  void aLinkedHeadlineIsShortAndNotEndedAsAToldSentence() {
    assertThat(isLinkLine("Quota row deepens")).isTrue();
    assertThat(isLinkLine("Who sets the catch limits?")).isTrue();
    assertThat(isLinkLine("Talks held: \"Ceasefire must be established\"")).isTrue();
    assertThat(isLinkLine("The talks resume on Monday, the ministry said.")).isFalse();
    assertThat(isLinkLine("\"We will meet again,\" she said, \"soon.\"")).isFalse();
    assertThat(isLinkLine("Talks " + "again and again ".repeat(20) + "resume")).isFalse();
  }
}
