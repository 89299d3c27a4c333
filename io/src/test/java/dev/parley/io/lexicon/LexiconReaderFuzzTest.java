package dev.parley.io.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.io.InputParseException;
import dev.parley.io.match.Token;
import java.io.StringReader;
import java.util.List;

/**
 * Any input is read as a lexicon or rejected with an {@link InputParseException} at a line and
 * column of the input (1-based), nothing else. A case lexicon that is read compiles, and its
 * matches over the same text lie in the text, say what they matched and name tokens that exist.
 */
class LexiconReaderFuzzTest {
  private static final String SOURCE = "fuzz.lexicon";
  private static final GenericLexicon NO_GENERIC =
      GenericLexicon.read("generic.lexicon", new StringReader(""));
  private static final CaseLexicon NO_CASE = CaseLexicon.read("case.lexicon", new StringReader(""));

  @FuzzTest
  void anyInputYieldsALexiconOrAParseError(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    try {
      CaseLexicon c = CaseLexicon.read(SOURCE, new StringReader(text));
      assertThat(c.name()).isEqualTo("fuzz");
      assertMatchesLieInTheText(CompiledLexicon.of(NO_GENERIC, c), text);
    } catch (InputParseException e) {
      assertLocated(e, text);
    }
    try {
      GenericLexicon g = GenericLexicon.read(SOURCE, new StringReader(text));
      assertMatchesLieInTheText(CompiledLexicon.of(g, NO_CASE), text);
    } catch (InputParseException e) {
      assertLocated(e, text);
    }
  }

  private static void assertMatchesLieInTheText(CompiledLexicon lexicon, String text) {
    int from = text.length() / 3;
    List<Token> tokens = lexicon.tokens(text, from, text.length());
    LexiconMatch previous = null;
    for (LexiconMatch m : lexicon.match(text, from, text.length())) {
      assertThat(m.start()).as("start of %s", m).isGreaterThanOrEqualTo(from);
      assertThat(m.end()).as("end of %s", m).isLessThanOrEqualTo(text.length());
      assertThat(m.matchedText()).isEqualTo(text.substring(m.start(), m.end()));
      assertThat(m.lastToken()).as("tokens of %s", m).isLessThan(tokens.size());
      assertThat(m.start()).isLessThanOrEqualTo(tokens.get(m.firstToken()).start());
      assertThat(m.end()).isGreaterThanOrEqualTo(tokens.get(m.lastToken()).end());
      if (previous != null) {
        assertThat(m.start()).as("order of %s", m).isGreaterThanOrEqualTo(previous.start());
      }
      previous = m;
    }
  }

  /** The error names the source and a line and column of the input, 1-based. */
  private static void assertLocated(InputParseException e, String text) {
    assertThat(e.source()).isEqualTo(SOURCE);
    assertThat(e.problem()).isNotBlank();
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        lines++;
      }
    }
    assertThat(e.line()).as("line of %s", e.getMessage()).isBetween(1, lines);
    assertThat(e.column()).as("column of %s", e.getMessage()).isPositive();
  }
}
