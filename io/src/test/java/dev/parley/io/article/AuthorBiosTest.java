package dev.parley.io.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which lines read as an author's tagline or name. */
class AuthorBiosTest {
  private static boolean isTagline(String line) {
    return AuthorBios.isQuoted(line, 0, line.length())
        && AuthorBios.isTaglineOfPhrases(line, 0, line.length());
  }

  private static boolean isName(String line) {
    return AuthorBios.isName(line, 0, line.length());
  }

  @Test
  void aQuotedLineOfShortPhrasesIsATagline() {
    assertThat(isTagline("\"Writer, traveller, coffee addict.\"")).isTrue();
    assertThat(isTagline("“Covers diplomacy. Likes long walks.”")).isTrue();
  }

  @Test
  void anUnquotedLineOrOneLongPhraseIsNoTagline() {
    assertThat(isTagline("Writer, traveller, coffee addict.")).isFalse();
    assertThat(isTagline("\"Covers diplomacy\"")).isFalse();
    assertThat(isTagline("\"She has covered the talks in Geneva since they began, he said.\""))
        .isFalse();
  }

  @Test
  void twoOrThreeCapitalisedWordsAreAName() {
    assertThat(isName("Jane Roe")).isTrue();
    assertThat(isName("Mary-Ann O'Doe Smith")).isTrue();
    assertThat(isName("Jane")).isFalse();
    assertThat(isName("Jane and John Roe")).isFalse();
    assertThat(isName("Jane Roe, 42")).isFalse();
  }
}
