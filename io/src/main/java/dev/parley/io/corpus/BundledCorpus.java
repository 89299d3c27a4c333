package dev.parley.io.corpus;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.parley.io.InputParseException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The articles that ship with parley, read from the class path: each bundled corpus is a folder of
 * plain-text articles with an {@code index.txt} that lists them.
 */
public final class BundledCorpus {
  /** The corpus of the 2021–22 security-guarantees negotiation, five real news articles. */
  public static final String SECURITY_GUARANTEES_2021 = "security-guarantees-2021";

  private static final String ROOT = "/dev/parley/io/corpus/";

  private BundledCorpus() {}

  /** The file names of the articles of a bundled corpus, in reading order. */
  public static ImmutableList<String> articles(String corpus) {
    try (InputStream index = open(corpus, "index.txt")) {
      BufferedReader lines =
          new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8));
      return lines
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .collect(ImmutableList.toImmutableList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens one article of a bundled corpus. */
  public static InputStream open(String corpus, String article) {
    checkArgument(!article.contains("/"), "not an article name: %s", article);
    InputStream in = BundledCorpus.class.getResourceAsStream(ROOT + corpus + "/" + article);
    if (in == null) {
      throw InputParseException.wholeFile(
          corpus + "/" + article, "no such bundled article or corpus");
    }
    return in;
  }
}
