package dev.parley.io.lexicon;

import com.google.common.collect.ImmutableList;
import dev.parley.io.InputParseException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Supplier;

/** Where lexicon files come from: paths, and the ones bundled as class path resources. */
final class LexiconFiles {
  static final String GENERIC_RESOURCE = "/dev/parley/io/lexicon/generic.lexicon";
  static final String CASES_FOLDER = "/dev/parley/io/cases/";
  static final String CASES_INDEX = CASES_FOLDER + "index.txt";
  static final String EXTENSION = ".lexicon";

  private LexiconFiles() {}

  /** The case name for a source: its last path segment without {@code .lexicon}. */
  static String caseName(String source) {
    String s = source.replace('\\', '/');
    s = s.substring(s.lastIndexOf('/') + 1);
    return s.endsWith(EXTENSION) ? s.substring(0, s.length() - EXTENSION.length()) : s;
  }

  static CaseLexicon readCase(Path path) {
    String source = path.toString();
    return CaseLexiconReader.read(source, readText(source, path));
  }

  static GenericLexicon readGeneric(Path path) {
    String source = path.toString();
    return GenericLexiconReader.read(source, readText(source, path));
  }

  static GenericLexicon bundledGeneric() {
    String source = "generic.lexicon";
    return GenericLexiconReader.read(source, resource(source, GENERIC_RESOURCE));
  }

  static CaseLexicon bundledCase(String name) {
    if (!bundledCaseNames().contains(name)) {
      throw new IllegalArgumentException(
          "no bundled case lexicon '" + name + "'; expected one of: " + bundledCaseNames());
    }
    String file = name + EXTENSION;
    return CaseLexiconReader.read(file, resource(file, CASES_FOLDER + file));
  }

  /** The text of the bundled case lexicon file {@code file}, such as {@code x.lexicon}. */
  static String bundledCaseText(String file) {
    return resource(file, CASES_FOLDER + file);
  }

  static ImmutableList<String> bundledCaseNames() {
    ImmutableList.Builder<String> names = ImmutableList.builder();
    for (String line : resource("index.txt", CASES_INDEX).split("\n", -1)) {
      String n = line.strip();
      if (!n.isEmpty() && !n.startsWith("#")) {
        names.add(n);
      }
    }
    return names.build();
  }

  /** Builds a value, turning a failed invariant into an error about the whole file. */
  static <T> T build(String source, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new InputParseException(source, 0, 0, e.getMessage(), e);
    }
  }

  static String readText(String source, Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return decode(source, in);
    } catch (NoSuchFileException e) {
      throw InputParseException.wholeFile(source, "no such file");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String source, String resource) {
    try (InputStream in = LexiconFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + resource);
      }
      return decode(source, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String decode(String source, InputStream in) throws IOException {
    try (Reader r =
        new BufferedReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      return LexiconText.readAll(r);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw InputParseException.wholeFile(source, "not UTF-8 text");
      }
      throw e;
    }
  }
}
