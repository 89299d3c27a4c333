package dev.parley.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The articles of a corpus folder loaded into memory, so that a benchmark measures the pipeline and
 * not the disk: their names, their bytes, and the folders that hold them.
 */
final class CorpusFiles {
  private final List<Path> folders;
  private final String[] names;
  private final byte[][] contents;
  private final long bytes;
  private final Map<String, Integer> sizes = new HashMap<>();

  private CorpusFiles(List<Path> folders, String[] names, byte[][] contents, long bytes) {
    this.folders = folders;
    this.names = names;
    this.contents = contents;
    this.bytes = bytes;
    for (int i = 0; i < names.length; i++) {
      Path name = Paths.get(names[i]).getFileName();
      sizes.put(name == null ? names[i] : name.toString(), contents[i].length);
    }
  }

  /** The {@code .txt} files under {@code root}, in path order, read into memory. */
  static CorpusFiles load(Path root) {
    List<Path> files = articles(root);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no .txt articles under " + root);
    }
    String[] names = new String[files.size()];
    byte[][] contents = new byte[files.size()][];
    long bytes = 0;
    try {
      for (int i = 0; i < files.size(); i++) {
        names[i] = root.relativize(files.get(i)).toString();
        contents[i] = Files.readAllBytes(files.get(i));
        bytes += contents[i].length;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the corpus under " + root, e);
    }
    return new CorpusFiles(folders(files), names, contents, bytes);
  }

  /** The {@code .txt} files under {@code root}, in path order, without reading them. */
  static List<Path> articles(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".txt"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the corpus under " + root, e);
    }
  }

  /** The distinct folders that hold {@code files}, in order. */
  static List<Path> folders(List<Path> files) {
    return files.stream().map(Path::getParent).distinct().toList();
  }

  /** The folders holding the articles, as a corpus reader takes them. */
  List<Path> folders() {
    return folders;
  }

  int size() {
    return names.length;
  }

  String name(int index) {
    return names[index];
  }

  byte[] content(int index) {
    return contents[index];
  }

  /** The size in bytes of the article whose file is named {@code fileName}. */
  int sizeOf(String fileName) {
    Integer size = sizes.get(fileName);
    if (size == null) {
      throw new IllegalArgumentException("not in the corpus: " + fileName);
    }
    return size;
  }

  /** The total size of the articles in bytes. */
  long bytes() {
    return bytes;
  }
}
