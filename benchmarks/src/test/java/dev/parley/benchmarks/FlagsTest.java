package dev.parley.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

class FlagsTest {
  @Test
  void readsPairsAndFallsBackForNumbersNotGiven() {
    Flags flags =
        Flags.parse(
            new String[] {"--corpus", "corpus", "--rounds", "3"},
            "--corpus",
            "--rounds",
            "--articles");

    assertThat(flags.requiredPath("--corpus")).isEqualTo(Paths.get("corpus"));
    assertThat(flags.number("--rounds", 5)).isEqualTo(3);
    assertThat(flags.number("--articles", 3000)).isEqualTo(3000);
    assertThat(flags.value("--articles")).isEmpty();
  }

  @Test
  void namesWhatIsWrong() {
    assertThatThrownBy(() -> Flags.parse(new String[] {"--corpse", "x"}, "--corpus"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown argument --corpse: expected one of --corpus");
    assertThatThrownBy(() -> Flags.parse(new String[] {"--corpus"}, "--corpus"))
        .hasMessage("--corpus needs a value");
    assertThatThrownBy(() -> Flags.parse(new String[] {"--seed", "1", "--seed", "2"}, "--seed"))
        .hasMessage("--seed is given twice");
    assertThatThrownBy(
            () -> Flags.parse(new String[] {"--seed", "one"}, "--seed").number("--seed", 1))
        .hasMessage("--seed one: not a whole number");
    assertThatThrownBy(() -> Flags.parse(new String[0], "--corpus").requiredPath("--corpus"))
        .hasMessage("--corpus DIR is required");
  }
}
