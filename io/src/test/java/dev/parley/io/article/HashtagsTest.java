package dev.parley.io.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which lines are a story's hashtags. */
class HashtagsTest {
  private static boolean isHashtagLine(String line) {
    return Hashtags.isHashtagLine(line, 0, line.length());
  }

  @Test
  void aLineOfTwoOrMoreHashtagsIsTags() {
    assertThat(isHashtagLine("#FishingTalks #Quotas #Baltic2024")).isTrue();
    assertThat(isHashtagLine("#ferry_strike, #Ostport")).isTrue();
  }

  @Test
  void aSentenceWithAHashOrASingleTagIsBody() {
    assertThat(isHashtagLine("#1 priority is the quota, the minister said.")).isFalse();
    assertThat(isHashtagLine("#1 #2")).isFalse();
    assertThat(isHashtagLine("#Quotas")).isFalse();
    assertThat(isHashtagLine("#Quotas are the issue")).isFalse();
    assertThat(isHashtagLine("# #")).isFalse();
  }
}
