package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Refusals told with no act word: "will not lift the sanctions" rejects, "would not drop the
 * sanctions" insists, "would not attack the border posts" commits to restraint.
 */
class RefusalsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 9);

  private static List<String> acts(String... paragraphs) {
    FakeKnowledge k = FakeKnowledge.standard();
    k.item("border-posts", "border posts");
    return TestArticles.acts(k, PUBLISHED, paragraphs);
  }

  @Test
  void aNegatedFutureOfAVerbOnAnItemRejectsIt() {
    assertThat(acts("Lavrov said Moscow will not lift the sanctions."))
        .containsExactly("RU reject");
    assertThat(acts("Washington won't ease the sanctions, Blinken said."))
        .containsExactly("US reject");
  }

  @Test
  void notGivingUpInsistsAndNotUsingForceCommits() {
    assertThat(acts("Blinken said Washington would not drop the sanctions."))
        .containsExactly("US demand");
    assertThat(acts("Lavrov said Moscow would not attack the border posts."))
        .containsExactly("RU propose");
  }

  @Test
  void notSayingAnythingOfAnItemRefusesNothing() {
    assertThat(acts("Moscow will not comment on the sanctions until the council has met."))
        .isEmpty();
    assertThat(acts("Washington won't say the sanctions are working, Blinken said.")).isEmpty();
  }

  @Test
  void noRefusalInWhatIsPromisedOrOfBeingOrWithoutAnItem() {
    assertThat(acts("Moscow promised that it would not lift the sanctions."))
        .containsExactly("RU propose");
    assertThat(acts("Lavrov said the sanctions would not be lifted.")).isEmpty();
    assertThat(acts("Lavrov said Moscow would not wait long.")).isEmpty();
    assertThat(acts("Lavrov said Moscow will not discuss the sanctions."))
        .containsExactly("RU reject");
  }

  @Test
  void aNegatedProgressiveOnAnItemRejectsIt() {
    assertThat(acts("Lavrov said Moscow is not easing the sanctions."))
        .containsExactly("RU reject");
    assertThat(acts("We're not easing the sanctions, not this year, Blinken said."))
        .containsExactly("US reject");
    assertThat(acts("Lavrov said Moscow will not be easing the sanctions."))
        .containsExactly("RU reject");
    assertThat(acts("Blinken said Washington is not going to ease the sanctions."))
        .containsExactly("US reject");
  }

  @Test
  void aNegatedProgressiveOfHowThingsGoRefusesNothing() {
    assertThat(acts("Lavrov said the talks are not making progress on the sanctions.")).isEmpty();
    assertThat(acts("Lavrov said the sanctions are not working.")).isEmpty();
  }
}
