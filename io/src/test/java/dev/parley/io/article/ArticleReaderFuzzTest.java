package dev.parley.io.article;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.io.InputParseException;

/**
 * Any bytes either read into an article that obeys the coverage law or fail with an {@link
 * InputParseException}; no other exception escapes the reader.
 */
class ArticleReaderFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void readAnyBytes(byte[] data) {
    Article article;
    try {
      article = ArticleReader.defaults().read("fuzz.txt", data);
    } catch (InputParseException e) {
      return;
    }
    Coverage.assertCovered(article, "fuzz input");
  }
}
