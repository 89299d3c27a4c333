package dev.parley.examples.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs headless Chromium on a page, as the tests that look at the HTML report need. */
final class Chromium {
  private Chromium() {}

  /** The Chromium executable, when one is installed. */
  static Optional<Path> find() {
    for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
      Path path = Path.of(candidate);
      if (Files.isExecutable(path)) {
        return Optional.of(path);
      }
    }
    return Optional.empty();
  }

  /** Loads {@code url}, lets its scripts run, and returns the DOM as Chromium then sees it. */
  static String dumpDom(Path chromium, String url, Path profile) throws IOException {
    return run(chromium, profile, List.of("--dump-dom", url));
  }

  /** Loads {@code url} and saves what a screen of the given size shows as a PNG. */
  static void screenshot(Path chromium, String url, Path png, Path profile, int width, int height)
      throws IOException {
    run(
        chromium,
        profile,
        List.of(
            "--hide-scrollbars",
            "--window-size=" + width + "," + height,
            "--screenshot=" + png.toAbsolutePath(),
            url));
  }

  private static String run(Path chromium, Path profile, List<String> args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(chromium.toString());
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--user-data-dir=" + profile.toAbsolutePath()));
    command.addAll(args);
    Path stdout = Files.createTempFile(profile.getParent(), "chromium", ".out");
    Path stderr = Files.createTempFile(profile.getParent(), "chromium", ".err");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .start();
    try {
      if (!process.waitFor(90, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("chromium did not finish within 90 s: " + command);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running chromium", e);
    }
    if (process.exitValue() != 0) {
      throw new IOException(
          "chromium exited with "
              + process.exitValue()
              + ": "
              + Files.readString(stderr, StandardCharsets.UTF_8));
    }
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }
}
