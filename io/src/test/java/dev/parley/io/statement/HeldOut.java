package dev.parley.io.statement;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.io.Resources;
import dev.parley.io.article.Article;
import dev.parley.io.article.ArticleReader;
import dev.parley.io.lexicon.CaseLexicon;
import dev.parley.io.lexicon.CompiledLexicon;
import dev.parley.io.lexicon.GenericLexicon;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Articles written to measure the extractor on text its rules were not written from, with their
 * gold statements; each names the case lexicon it is read with (bundled, or a test case).
 */
final class HeldOut {
  private static final String DIR = "dev/parley/io/statement/heldout/";
  private static final ConcurrentHashMap<String, CompiledLexicon> LEXICONS =
      new ConcurrentHashMap<>();

  /** One held-out article: its id and case. */
  record Entry(String id, String caseName) {}

  private HeldOut() {}

  static List<Entry> entries() {
    ImmutableList.Builder<Entry> entries = ImmutableList.builder();
    for (String line : Splitter.on('\n').trimResults().split(text(DIR + "index.txt"))) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> parts = Splitter.on(' ').omitEmptyStrings().splitToList(line);
      entries.add(new Entry(parts.get(0), parts.get(1)));
    }
    return entries.build();
  }

  static CompiledLexicon lexicon(String caseName) {
    return LEXICONS.computeIfAbsent(
        caseName,
        name -> {
          CaseLexicon lexicon =
              CaseLexicon.bundledNames().contains(name)
                  ? CaseLexicon.bundled(name)
                  : CaseLexicon.read(
                      name + ".lexicon",
                      new StringReader(text("dev/parley/io/cases/" + name + ".lexicon")));
          return CompiledLexicon.of(GenericLexicon.bundled(), lexicon);
        });
  }

  static Article article(String id) {
    URL url = Resources.getResource(DIR + id + ".txt");
    try {
      return ArticleReader.defaults().read(id + ".txt", Resources.toByteArray(url));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Gold> gold(String id) {
    return Gold.parse(id + ".gold", text(DIR + id + ".gold"));
  }

  private static String text(String resource) {
    try {
      return Resources.toString(Resources.getResource(resource), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
