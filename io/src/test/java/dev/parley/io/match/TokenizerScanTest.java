package dev.parley.io.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Tokenizer#scan} gives the tokens {@link Tokenizer#tokenize} makes, without making them.
 */
class TokenizerScanTest {
  private static final String[] PIECES = {
    "Russia",
    "Russia's",
    "allies'",
    "won't",
    "can't",
    "they'll",
    "O'Brien",
    "U.S.",
    "NATO",
    "G7",
    "1997",
    "3.5",
    "1,000",
    "open-door",
    "Kyiv",
    "Zürich",
    "straße",
    "«",
    "»",
    "\u201c",
    "\u201d",
    "'",
    "\"",
    ",",
    ".",
    ";",
    "\u2014",
    "\u2026",
    "-",
    " ",
    "  ",
    "\n",
    "\u00a0",
    "e\u0301",
    "\u0301",
    "Lavrov",
    "demanded",
    "refusing",
    "Москва",
    "日本",
    "\ud83d\ude00",
    "x",
    "IS",
    "s'"
  };

  @Test
  void scanGivesTheTokensThatTokenizeMakes() {
    Random random = new Random(20221217);
    for (int round = 0; round < 2_000; round++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(12);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextBoolean()) {
          text.append(' ');
        }
      }
      int start = random.nextInt(text.length() + 1);
      int end = start + random.nextInt(text.length() - start + 1);

      List<Token> scanned = new ArrayList<>();
      Tokenizer.scan(text, start, end, new Collect(scanned));

      assertThat(scanned)
          .as("%s [%s, %s)", text, start, end)
          .isEqualTo(Tokenizer.tokenize(text, start, end));
    }
  }

  /** Makes the tokens a sink is told of, working out word forms as the sink contract says. */
  private record Collect(List<Token> out) implements TokenSink {
    @Override
    public void word(CharSequence text, int start, int end, TokenKind kind) {
      String raw = text.subSequence(start, end).toString();
      out.add(
          Token.of(
              raw, kind == TokenKind.NUMBER ? raw : Tokenizer.normalise(raw), start, end, kind));
    }

    @Override
    public void token(CharSequence text, int start, int end, TokenKind kind, String normalised) {
      out.add(Token.of(text.subSequence(start, end).toString(), normalised, start, end, kind));
    }
  }
}
