package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs the java block of the README's API tour against the test class path, and checks
 * that it prints what the README says it prints.
 */
class ReadmeTourTest {
  private static final Path README = Path.of("..", "README.md");

  @TempDir Path dir;

  /** The first block of {@code language} after the heading {@code "## API tour"}. */
  static String block(String readme, String language) {
    return block(readme, "## API tour", language);
  }

  /** The first block of {@code language} after {@code heading}. */
  static String block(String readme, String heading, String language) {
    int tour = readme.indexOf("\n" + heading + "\n");
    assertThat(tour).as("README has a section %s", heading).isNotNegative();
    int open = readme.indexOf("\n```" + language + "\n", tour);
    assertThat(open).as("%s has a %s block", heading, language).isNotNegative();
    int start = open + language.length() + 5;
    int close = readme.indexOf("\n```", start);
    return readme.substring(start, close + 1);
  }

  @Test
  void theApiTourCompilesRunsAndPrintsWhatTheReadmeShows() throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Path source = dir.resolve("ApiTour.java");
    Files.writeString(source, block(readme, "java"), StandardCharsets.UTF_8);

    String output = run(compile(source), "ApiTour");

    List<String> expected = block(readme, "text").lines().toList();
    List<String> actual = output.lines().toList();
    assertThat(actual).as("output of the tour:%n%s", output).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      // In the README, "…" stands for text that varies, such as a count.
      String pattern = Pattern.quote(expected.get(i)).replace("…", "\\E.*\\Q");
      assertThat(actual.get(i)).matches(pattern);
    }
  }

  @Test
  void theApiTourShowsAnOfferAndWhereItStands() throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String tour = block(readme, "java");
    assertThat(tour).contains("Entry.offer(").contains("OpenOffers.of(record).asOf(day)");
    Path source = dir.resolve("ApiTour.java");
    Files.writeString(source, tour, StandardCharsets.UTF_8);

    List<String> output = run(compile(source), "ApiTour").lines().toList();

    // The offer Upstream made in its answer, not yet answered by Downstream, with its quote.
    assertThat(output)
        .contains("UP offered commission: OPEN \"proposed a joint river commission\"");
    assertThat(block(readme, "text")).contains("UP offered commission: OPEN");
  }

  @Test
  void theArticleReadingExampleCompilesRunsAndBeginsAsTheReadmeShows() throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String heading = "## Reading news articles";
    Path source = dir.resolve("ReadArticles.java");
    Files.writeString(source, block(readme, heading, "java"), StandardCharsets.UTF_8);

    String output = run(compile(source), "ReadArticles");

    List<String> expected = block(readme, heading, "text").lines().toList();
    List<String> actual = output.lines().toList();
    assertThat(actual).as("output of the example:%n%s", output).hasSizeGreaterThan(expected.size());
    for (String line : expected) {
      String pattern = Pattern.quote(line).replace("…", "\\E.*\\Q");
      assertThat(actual).as("output of the example:%n%s", output).anyMatch(a -> a.matches(pattern));
    }
  }

  private Path compile(Path source) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    Path classes = Files.createDirectories(dir.resolve("classes"));
    StringWriter diagnostics = new StringWriter();
    boolean ok =
        compiler
            .getTask(
                diagnostics,
                null,
                null,
                List.of(
                    "-classpath",
                    System.getProperty("java.class.path"),
                    "-d",
                    classes.toString(),
                    "-proc:none",
                    "-Xlint:all"),
                null,
                compiler
                    .getStandardFileManager(null, null, StandardCharsets.UTF_8)
                    .getJavaFileObjects(source))
            .call();
    assertThat(ok).as("the API tour compiles:%n%s", diagnostics).isTrue();
    return classes;
  }

  private static String run(Path classes, String mainClass) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, ReadmeTourTest.class.getClassLoader())) {
      Method main = loader.loadClass(mainClass).getMethod("main", String[].class);
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
