package dev.parley.io.match;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class MatchValueTypesTest {
  @Test
  void equalityFollowsAttributes() {
    new EqualsTester()
        .addEqualityGroup(
            Token.of("US", "US", 0, 2, TokenKind.WORD), Token.of("US", "US", 0, 2, TokenKind.WORD))
        .addEqualityGroup(Token.of("us", "us", 0, 2, TokenKind.WORD))
        .addEqualityGroup(PhraseMatch.of("x", 0, 1, 0, 5), PhraseMatch.of("x", 0, 1, 0, 5))
        .addEqualityGroup(PhraseMatch.of("y", 0, 1, 0, 5))
        .testEquals();
  }

  @Test
  void checksRanges() {
    assertThatThrownBy(() -> Token.of("a", "a", 3, 3, TokenKind.WORD))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PhraseMatch.of("x", 2, 1, 0, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x");
  }

  @Test
  void rejectsNulls() {
    NullPointerTester t = new NullPointerTester();
    t.testAllPublicStaticMethods(Tokenizer.class);
    t.testAllPublicStaticMethods(NameSimilarity.class);
    t.testAllPublicStaticMethods(Spans.class);
    t.testAllPublicInstanceMethods(Token.of("a", "a", 0, 1, TokenKind.WORD));
    t.testAllPublicInstanceMethods(PhraseMatcher.<String>builder());
    t.testAllPublicInstanceMethods(PhraseMatcher.<String>builder().add("a", "x").build());
    t.testAllPublicInstanceMethods(FuzzyNameIndex.<String>builder());
  }
}
