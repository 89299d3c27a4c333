package dev.parley.io.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The year a wire dateline's day takes from the page's other evidence. */
class WireDaysTest {
  private static final MonthDay APRIL_16 = MonthDay.of(4, 16);

  /** Whether the one sentence {@code text} tells the date it names last as gone. */
  private static boolean toldAsPast(String text) {
    Sentence s =
        Sentence.builder()
            .index(0)
            .paragraph(0)
            .line(1)
            .start(0)
            .end(text.length())
            .text(text)
            .build();
    List<DateMention> found = DateMentions.find(text, 0, text.length(), null);
    return WireDays.toldAsPast(text, s, found.get(found.size() - 1));
  }

  @Test
  void anUpdateStampPutsTheDayOnOrBeforeIt() {
    assertThat(WireDays.place(APRIL_16, LocalDate.of(2025, 4, 17), null, null, null))
        .isEqualTo(LocalDate.of(2025, 4, 16));
    assertThat(
            WireDays.place(
                APRIL_16, LocalDate.of(2025, 1, 3), LocalDate.of(2025, 4, 16), null, null))
        .as("an article is no younger than its update")
        .isEqualTo(LocalDate.of(2024, 4, 16));
  }

  @Test
  void aDayToldAsGoneMovesTheDayOnAYearAndOnlyThen() {
    LocalDate near = LocalDate.of(2024, 4, 16);
    assertThat(WireDays.place(APRIL_16, null, near, LocalDate.of(2024, 5, 1), null))
        .isEqualTo(LocalDate.of(2025, 4, 16));
    assertThat(WireDays.place(APRIL_16, null, near, LocalDate.of(2023, 5, 1), null))
        .isEqualTo(near);
    assertThat(WireDays.place(APRIL_16, null, near, LocalDate.of(2026, 6, 1), null))
        .isEqualTo(LocalDate.of(2027, 4, 16));
  }

  @Test
  void withNoDayMentionedTheLatestYearNamedPlacesIt() {
    assertThat(WireDays.place(APRIL_16, null, null, null, 2022))
        .isEqualTo(LocalDate.of(2022, 4, 16));
    assertThat(WireDays.place(APRIL_16, null, null, null, null)).isNull();
  }

  @Test
  void aPastPerfectInTheDatesClauseTellsItAsGoneUnlessItLooksAhead() {
    assertThat(toldAsPast("The talks had missed a first deadline of May 2023.")).isTrue();
    assertThat(toldAsPast("The union had walked out in March 2022.")).isTrue();
    assertThat(toldAsPast("The talks had been due to end in May 2023.")).isFalse();
    assertThat(toldAsPast("They had agreed to meet again in June 2023.")).isFalse();
    assertThat(toldAsPast("The talks end in May 2023.")).isFalse();
    assertThat(toldAsPast("The envoy, who had resigned, returns in May 2023.")).isFalse();
    assertThat(toldAsPast("They had to finish by May 2023.")).isFalse();
  }
}
