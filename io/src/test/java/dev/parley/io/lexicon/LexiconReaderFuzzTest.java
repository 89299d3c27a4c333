package dev.parley.io.lexicon;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.io.InputParseException;
import java.io.StringReader;

/** Any input is read as a lexicon or rejected with an {@link InputParseException}, nothing else. */
class LexiconReaderFuzzTest {
  @FuzzTest
  void anyInputYieldsALexiconOrAParseError(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    try {
      CaseLexicon c = CaseLexicon.read("fuzz.lexicon", new StringReader(text));
      GenericLexicon g = GenericLexicon.read("generic.lexicon", new StringReader(""));
      CompiledLexicon.of(g, c).match(text, 0, text.length());
    } catch (InputParseException expected) {
      // a rejected input is the other allowed outcome
    }
    try {
      GenericLexicon.read("fuzz.lexicon", new StringReader(text));
    } catch (InputParseException expected) {
      // a rejected input is the other allowed outcome
    }
  }
}
