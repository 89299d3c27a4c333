package dev.parley.io.statement;

import dev.parley.io.article.Article;
import dev.parley.io.article.Boilerplate;
import dev.parley.io.article.DateMention;
import dev.parley.io.article.DatePrecision;
import dev.parley.io.article.Paragraph;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The days of a live page's entries: on a page headed entry by entry with time stamps ({@code
 * Saturday, 11:50 a.m. ET}, {@code 10:42 a.m.}), each paragraph under a stamp is of the stamp's
 * day, the weekday it names on or before the day the page was published, else the page's own day.
 * That day is the basis of the entry's relative dates ("on Friday") and the day of its undated
 * acts, as a page's date line is for an ordinary story.
 */
final class LiveEntries {
  /** The rule of a time stamp's line, as the article reader reports it. */
  private static final String STAMP_RULE = "time-stamp";

  /** Fewest time stamps that make a page a live one: a lone stamp heads no entries. */
  private static final int MIN_STAMPS = 2;

  /** The day of each paragraph, by index, or null where no stamp stands above it. */
  private final List<@Nullable DateMention> days;

  private LiveEntries(List<@Nullable DateMention> days) {
    this.days = days;
  }

  /**
   * The entries' days of {@code article}, published on {@code published} (stated, or inferred from
   * the latest day the page names; or null): none when the page has fewer than two time stamps or
   * no day.
   */
  static LiveEntries of(Article article, @Nullable LocalDate published) {
    List<Boilerplate> stamps = new ArrayList<>();
    for (Boilerplate b : article.boilerplate()) {
      if (STAMP_RULE.equals(b.rule())) {
        stamps.add(b);
      }
    }
    List<@Nullable DateMention> days = new ArrayList<>();
    if (published == null || stamps.size() < MIN_STAMPS) {
      return new LiveEntries(days);
    }
    int next = 0;
    DateMention current = null;
    for (Paragraph paragraph : article.paragraphs()) {
      while (next < stamps.size() && stamps.get(next).start() <= paragraph.start()) {
        current = dayOf(stamps.get(next), published);
        next++;
      }
      days.add(current);
    }
    return new LiveEntries(days);
  }

  /** The day of the entry paragraph {@code paragraph} belongs to, or null. */
  @Nullable DateMention dayOf(int paragraph) {
    return paragraph < days.size() ? days.get(paragraph) : null;
  }

  /** The day of an entry under {@code stamp}: the weekday it names, else the page's day. */
  private static DateMention dayOf(Boilerplate stamp, LocalDate published) {
    DayOfWeek weekday = weekdayOf(stamp.text());
    LocalDate day =
        weekday == null ? published : published.with(TemporalAdjusters.previousOrSame(weekday));
    return DateMention.builder()
        .start(stamp.start())
        .end(stamp.end())
        .text(stamp.text())
        .date(day)
        .precision(DatePrecision.DAY)
        .relative(weekday != null)
        .build();
  }

  /** The weekday a stamp names in full or in three letters, capitalised, or null. */
  static @Nullable DayOfWeek weekdayOf(String stamp) {
    int i = 0;
    while (i < stamp.length()) {
      if (!Character.isUpperCase(stamp.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < stamp.length() && Character.isLetter(stamp.charAt(j))) {
        j++;
      }
      String word = stamp.substring(i, j).toLowerCase(Locale.ROOT);
      for (DayOfWeek d : DayOfWeek.values()) {
        String name = d.name().toLowerCase(Locale.ROOT);
        if (word.equals(name) || (word.length() == 3 && name.startsWith(word))) {
          return d;
        }
      }
      i = Math.max(j, i + 1);
    }
    return null;
  }
}
