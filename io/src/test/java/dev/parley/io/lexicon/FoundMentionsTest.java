package dev.parley.io.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FoundMentionsTest {
  /**
   * A mention as a record, sorted the straightforward way; {@code added} tells equal ones apart.
   */
  private record Mention(String target, int start, int end, int first, int last, boolean fuzzy) {}

  private static final Comparator<Mention> ORDER =
      Comparator.comparingInt(Mention::start)
          .thenComparing(Comparator.comparingInt(Mention::end).reversed())
          .thenComparing(Mention::target);

  @Test
  void givesTheMentionsInTheOrderOfAStableSortOfRecords() {
    long seed = 20261124L;
    Random random = new Random(seed);
    FoundMentions<String> found = new FoundMentions<>(Comparator.naturalOrder());
    for (int round = 0; round < 20_000; round++) {
      // Few places and targets, so that many mentions tie; now and then more than the room kept.
      int n = random.nextInt(10) == 0 ? random.nextInt(700) : random.nextInt(40);
      int places = 1 + random.nextInt(12);
      List<Mention> added = new ArrayList<>();
      found.clear();
      for (int i = 0; i < n; i++) {
        int start = random.nextInt(places);
        int end = start + 1 + random.nextInt(3);
        Mention m =
            new Mention(
                "t" + random.nextInt(3), start, end, random.nextInt(50), i, random.nextBoolean());
        added.add(m);
        found.add(m.target(), m.start(), m.end(), m.first(), m.last(), m.fuzzy());
      }
      List<Mention> expected = new ArrayList<>(added);
      expected.sort(ORDER);
      found.sort();
      List<Mention> actual = new ArrayList<>();
      for (int k = 0; k < found.count(); k++) {
        int i = found.sorted(k);
        actual.add(
            new Mention(
                found.target(i),
                found.start(i),
                found.end(i),
                found.first(i),
                found.last(i),
                found.fuzzy(i)));
      }
      assertThat(actual).as("seed %s, round %s", seed, round).isEqualTo(expected);
    }
  }
}
