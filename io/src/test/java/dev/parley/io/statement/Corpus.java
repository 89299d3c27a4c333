package dev.parley.io.statement;

import com.google.common.collect.ImmutableList;
import com.google.common.io.Resources;
import dev.parley.io.article.Article;
import dev.parley.io.article.ArticleReader;
import dev.parley.io.lexicon.CaseLexicon;
import dev.parley.io.lexicon.CompiledLexicon;
import dev.parley.io.lexicon.GenericLexicon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The bundled security-guarantee articles, their gold statements and the bundled lexicon. */
final class Corpus {
  static final String CASE = "security-guarantees-2021";
  static final ImmutableList<String> IDS =
      ImmutableList.of(
          "000_78de9c1f8bebefd8",
          "001_8e32827da664590b",
          "002_e8df3a3c245efa1e",
          "003_3a04cc96b03d8b02",
          "004_6568ebfa7143376c");

  private static final class Holder {
    static final CompiledLexicon LEXICON =
        CompiledLexicon.of(GenericLexicon.bundled(), CaseLexicon.bundled(CASE));
  }

  private Corpus() {}

  static CompiledLexicon lexicon() {
    return Holder.LEXICON;
  }

  static Article article(String id) {
    URL url = Resources.getResource("dev/parley/io/corpus/" + CASE + "/" + id + ".txt");
    try {
      return ArticleReader.defaults().read(id + ".txt", Resources.toByteArray(url));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Gold> gold(String id) {
    URL url = Resources.getResource("dev/parley/io/statement/gold/" + id + ".gold");
    try {
      return Gold.parse(id + ".gold", Resources.toString(url, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
