package dev.parley.examples;

import dev.parley.io.corpus.ProgressListener;
import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A progress bar on a terminal for a corpus being read: it appears only once reading takes more
 * than a moment (half a second, or a corpus of more than 20 articles), redraws one line in place,
 * and ends that line when the last article is read.
 */
final class ProgressBar implements ProgressListener {
  /** How long reading may take before the bar appears. */
  static final long PATIENCE_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

  /** A corpus with more articles than this shows the bar at once. */
  static final int SMALL_CORPUS = 20;

  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final LongSupplier clock;
  private final long started;
  private boolean shown;

  ProgressBar(PrintWriter err, LongSupplier clock) {
    this.err = err;
    this.clock = clock;
    this.started = clock.getAsLong();
  }

  /**
   * A bar drawn on {@code err} when the program runs on a terminal; when it does not (output piped
   * or redirected, or run by a build), no bar at all.
   */
  static ProgressListener forTerminal(PrintWriter err) {
    return System.console() == null
        ? ProgressListener.NONE
        : new ProgressBar(err, System::nanoTime);
  }

  @Override
  public void articleRead(int done, int total, String current) {
    if (!shown && total > SMALL_CORPUS) {
      shown = true;
    }
    if (!shown && done < total && clock.getAsLong() - started > PATIENCE_NANOS) {
      shown = true;
    }
    if (!shown) {
      return;
    }
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    String name = current.length() > 40 ? current.substring(0, 39) + "…" : current;
    err.print(
        "\rreading ["
            + "#".repeat(filled)
            + " ".repeat(WIDTH - filled)
            + "] "
            + done
            + "/"
            + total
            + " "
            + name
            + " ".repeat(40 - name.length()));
    if (done >= total) {
      err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
    }
    err.flush();
  }
}
