package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  private final StringWriter err = new StringWriter();
  private long now;

  private ProgressBar bar() {
    return new ProgressBar(new PrintWriter(err), () -> now);
  }

  @Test
  void aQuickSmallCorpusShowsNoBar() {
    ProgressBar bar = bar();
    for (int i = 1; i <= 5; i++) {
      now += TimeUnit.MILLISECONDS.toNanos(50);
      bar.articleRead(i, 5, "a" + i + ".txt");
    }
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aSlowCorpusShowsTheBarOnceItTakesMoreThanAMomentAndClearsItAtTheEnd() {
    ProgressBar bar = bar();
    now += TimeUnit.MILLISECONDS.toNanos(100);
    bar.articleRead(1, 4, "a1.txt");
    assertThat(err.toString()).isEmpty();
    now += TimeUnit.MILLISECONDS.toNanos(600);
    bar.articleRead(2, 4, "a2.txt");
    assertThat(err.toString()).contains("\rreading [###############               ] 2/4 a2.txt");
    bar.articleRead(4, 4, "a4.txt");
    assertThat(err.toString()).endsWith("\r");
  }

  @Test
  void aLargeCorpusShowsTheBarAtOnce() {
    bar().articleRead(1, 21, "a1.txt");
    assertThat(err.toString()).contains("1/21 a1.txt");
  }
}
