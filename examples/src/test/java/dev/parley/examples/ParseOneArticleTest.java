package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseOneArticleTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ParseOneArticle.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void byDefaultPrintsTheStatementsOfABundledArticleWithTheirCodesAndLines() {
    assertThat(run()).isZero();

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .startsWith("001_8e32827da664590b: ")
        .contains(
            "line 11, sentence 5: DEMAND (CAMEO 10, PLOVER REQUEST) by Russia [RU] to US;"
                + " items: us-withdraw-cee; date: 2022-02-17")
        .contains("\"In response, Russia also insists on the withdrawal of all US forces")
        .containsPattern(
            "\\d+ sentences: \\d+ statement, \\d+ context, \\d+ boilerplate, \\d+ unrecognised");
  }

  @Test
  void readsAnArticleFileAndNamesItWhenItCannotBeRead() throws IOException {
    Path article = dir.resolve("talks.txt");
    Files.writeString(
        article,
        "Talks resume\n\nFebruary 1, 2022\n\nRussia demanded that NATO halt its eastward"
            + " expansion, Sergei Lavrov said.\n");
    assertThat(run(article.toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("line 5, sentence 1: DEMAND")
        .contains("nato-no-expansion");

    Path empty = dir.resolve("empty.txt");
    Files.write(empty, new byte[0]);
    assertThat(run(empty.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("cannot read empty.txt");
  }
}
