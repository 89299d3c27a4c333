package dev.parley.io.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpellingTest {
  private static final WordTraits NONE = lower -> 0L;

  @Test
  void aWordOfLettersAndDigitsIsToldSo() {
    assertThat(Spelling.of("Kyiv", NONE).isLettersOrDigits()).isTrue();
    assertThat(Spelling.of("2021", NONE).isLettersOrDigits()).isTrue();
    assertThat(Spelling.of("caf\u00e9", NONE).isLettersOrDigits()).isTrue();
  }

  @Test
  void aWordWithAMarkApostropheOrCommaIsNot() {
    assertThat(Spelling.of("O'Brien", NONE).isLettersOrDigits()).isFalse();
    assertThat(Spelling.of("1,000", NONE).isLettersOrDigits()).isFalse();
    assertThat(Spelling.of("U.S.", NONE).isLettersOrDigits()).isFalse();
    assertThat(Spelling.of("cafe\u0301", NONE).isLettersOrDigits()).isFalse();
  }
}
