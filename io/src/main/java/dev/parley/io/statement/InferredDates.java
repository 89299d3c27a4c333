package dev.parley.io.statement;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import dev.parley.io.article.Article;
import dev.parley.io.article.Boilerplate;
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
  private final boolean fromAStamp;
  private @Nullable LocalDate lastNamed;

  /**
   * The weekdays of an article whose publication was inferred as {@code inferred}; {@code
   * fromAStamp} when that is the day of an update stamp ({@code Updated: October 22}), not the
   * latest day the body names: the page was last written that day, so its weekdays fall on or
   * before it, as they do against a stated date, and are not resolved forward.
   */
  InferredDates(LocalDate inferred, boolean fromAStamp) {
    this.inferred = inferred;
    this.fromAStamp = fromAStamp;
  }

  /** The weekdays of an article whose publication was inferred from the days its body names. */
  InferredDates(LocalDate inferred) {
    this(inferred, false);
  }

  /**
   * Whether the article's inferred publication date is an update stamp's day: its evidence is
   * furniture set aside, not a sentence of the body.
   */
  static boolean fromAStamp(Article article) {
    String evidence = article.published().evidence().orElse("");
    if (evidence.isEmpty()) {
      return false;
    }
    for (Boilerplate b : article.boilerplate()) {
      if (b.text().contains(evidence)) {
        return true;
      }
    }
    return false;
  }

  /** The rule by which the reader sets aside a wire dateline opening a paragraph. */
  private static final String WIRE_DATELINE = "agency-dateline";

  /**
   * Whether the article's inferred publication date is the day a wire dateline names without its
   * year ("GENEVA, April 16 (Reuters) -"): its evidence is the dateline the reader set aside. The
   * dateline states the day the story was filed; only its year was placed, so the day is as good as
   * a stated one, not the latest day the body names.
   */
  static boolean fromAWireDateline(Article article) {
    String evidence = article.published().evidence().orElse("");
    if (evidence.isEmpty()) {
      return false;
    }
    for (Boilerplate b : article.boilerplate()) {
      if (b.rule().equals(WIRE_DATELINE) && b.text().contains(evidence)) {
        return true;
      }
    }
    return false;
  }

  /** The mentions of one sentence with their weekdays resolved forward; notes the days named. */
  List<DateMention> resolve(List<DateMention> mentions) {
    if (fromAStamp) {
      return mentions;
    }
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
