package dev.parley.io.statement;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import dev.parley.io.article.DateMention;
import dev.parley.io.article.DatePrecision;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Resolves weekdays in an article whose publication date was inferred from its body rather than
 * stated. The inferred date is the latest day the body names, so the article was written on or
 * after it: a weekday ("on Thursday") is the first such day on or after the nearest day of the
 * month named earlier in the text, else on or after the inferred date, not the one in the week
 * before it.
 */
final class InferredDates {
  private final LocalDate inferred;
  private @Nullable LocalDate lastNamed;

  InferredDates(LocalDate inferred) {
    this.inferred = inferred;
  }

  /** The mentions of one sentence with their weekdays resolved forward; notes the days named. */
  List<DateMention> resolve(List<DateMention> mentions) {
    ImmutableList.Builder<DateMention> resolved = ImmutableList.builder();
    for (DateMention m : mentions) {
      DayOfWeek weekday = weekdayOf(m.text());
      if (weekday != null && m.relative() && m.precision() == DatePrecision.DAY) {
        LocalDate from = lastNamed != null ? lastNamed : inferred;
        int ahead = (weekday.getValue() - from.getDayOfWeek().getValue() + 7) % 7;
        resolved.add(DateMention.builder().from(m).date(from.plusDays(ahead)).build());
      } else {
        resolved.add(m);
        if (m.precision() == DatePrecision.DAY && namesADay(m.text())) {
          lastNamed = m.date();
        }
      }
    }
    return resolved.build();
  }

  /**
   * The weekday a bare weekday mention names ("Thursday", "on Thursday"); null for any other
   * mention, and for "last Thursday", which counts back by its own words.
   */
  static @Nullable DayOfWeek weekdayOf(String text) {
    String lower = Ascii.toLowerCase(text.strip());
    if (lower.startsWith("last ") || lower.contains(" ") && !lower.startsWith("on ")) {
      return null;
    }
    String word = lower.startsWith("on ") ? lower.substring(3) : lower;
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().toLowerCase(Locale.ROOT).equals(word)) {
        return day;
      }
    }
    return null;
  }

  private static boolean namesADay(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
