package dev.parley.io.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private static List<String> norms(String text) {
    return Tokenizer.tokenize(text).stream().map(Token::normalised).toList();
  }

  @Test
  void inflectionsMeetInOneStem() {
    assertThat(norms("demand demands demanded demanding")).containsOnly(Stemmer.stem("demand"));
    assertThat(norms("propose proposes proposed proposing")).containsOnly("propos");
    assertThat(norms("deny denies denied denying")).containsOnly("deny");
    assertThat(norms("stop stops stopped stopping")).containsOnly("stop");
    assertThat(norms("agree agrees agreed agreeing")).containsOnly("agre");
    assertThat(norms("rule rules ruled ruling")).containsOnly("rul");
    assertThat(norms("note notes noted noting")).containsOnly("note");
  }

  @Test
  void keepsShortAcronymsApartFromOrdinaryWords() {
    assertThat(norms("U.S. US us USA U.S.A.")).containsExactly("US", "US", "us", "USA", "USA");
    assertThat(norms("NATO Nato nato")).containsOnly("nato");
  }

  @Test
  void splitsPossessivesAndNegatedContractions() {
    List<Token> t = Tokenizer.tokenize("Russia’s allies' demands won't change; we can't");
    assertThat(t)
        .extracting(Token::normalised)
        .containsExactly(
            "russia", "'s", "ally", "'s", "demand", "will", "not", "chang", ";", "we", "can",
            "not");
    assertThat(t.get(1).kind()).isEqualTo(TokenKind.CLITIC);
    assertThat(t.get(0).text()).isEqualTo("Russia");
    assertThat(t.get(1).text()).isEqualTo("’s");
  }

  @Test
  void hyphensSeparateWordsAndQuotesAreSkipped() {
    assertThat(norms("open-door “package nature” short‑range"))
        .containsExactly("open", "door", "packag", "natur", "short", "rang");
    assertThat(norms("war — peace")).containsExactly("war", "-", "peac");
  }

  @Test
  void foldsAccentsAndKeepsOffsets() {
    String text = "  Élysée said: 1,000 troops, O'Brien.";
    List<Token> t = Tokenizer.tokenize(text);
    assertThat(t)
        .extracting(Token::normalised)
        .containsExactly("elyse", "said", ":", "1,000", "troop", ",", "obrien", ".");
    for (Token token : t) {
      assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text());
    }
    assertThat(t.get(3).kind()).isEqualTo(TokenKind.NUMBER);
  }

  @Test
  void keepsAWordOfCombiningMarksOnly() {
    // U+0301 (an acute accent) with no letter before it: folding would leave nothing of the word
    List<Token> t = Tokenizer.tokenize("Moscow \u0301 rejected");
    assertThat(t).extracting(Token::text).containsExactly("Moscow", "\u0301", "rejected");
    assertThat(t.get(1).normalised()).isEqualTo("\u0301");
    assertThat(Tokenizer.normalisedTokens("talks \u05a9")).containsExactly("talk", "\u05a9");
  }

  @Test
  void tokenizesARangeOnly() {
    String text = "Moscow said. Washington replied.";
    List<Token> t = Tokenizer.tokenize(text, 13, text.length());
    assertThat(t).extracting(Token::text).containsExactly("Washington", "replied", ".");
    assertThat(t.get(0).start()).isEqualTo(13);
  }

  @Test
  void marksCapitalisedWords() {
    List<Token> t = Tokenizer.tokenize("Blinken met lavrov");
    assertThat(t).extracting(Token::capitalised).containsExactly(true, false, false);
  }
}
