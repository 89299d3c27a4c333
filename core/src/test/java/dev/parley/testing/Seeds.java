package dev.parley.testing;

import java.util.Random;
import java.util.function.Consumer;

/** Runs a law over many fixed seeds and names the seed when the law fails. */
public final class Seeds {
  private Seeds() {}

  /**
   * Checks {@code law} with a {@link Random} seeded by each of {@code first}, {@code first + 1},
   * ..., {@code first + count - 1}; a failure is rethrown with its seed in the message.
   */
  public static void check(long first, int count, Consumer<Random> law) {
    for (long seed = first; seed < first + count; seed++) {
      try {
        law.accept(new Random(seed));
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("law failed for seed " + seed + ": " + e.getMessage(), e);
      }
    }
  }
}
