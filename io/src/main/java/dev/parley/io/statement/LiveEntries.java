package dev.parley.io.statement;

import dev.parley.io.article.Article;
import dev.parley.io.article.Boilerplate;
import dev.parley.io.article.DateMention;
import dev.parley.io.article.DateMentions;
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
 * Saturday, 11:50 a.m. ET}, {@code 10:42 a.m.}) or day by day with day headers ({@code Saturday,
 * January 5}, {@code JAN. 6}, or a date line below the page's first paragraph) or with dated
 * headings ({@code PM call with the Commission President: 24 December 2020}, on a page collecting
 * readouts), each paragraph under a stamp or a header is of its day: a header's day; a stamp's
 * weekday on or before the day the page was published; for a stamp that names no day, the day of
 * the header above it, else the page's own day. That day is the basis of the entry's relative dates
 * ("on Friday", "today") and the day of its undated acts, as a page's date line is for an ordinary
 * story.
 */
final class LiveEntries {
  /** The rule of a time stamp's line, as the article reader reports it. */
  private static final String STAMP_RULE = "time-stamp";

  /** The rule of a day header's line, as the article reader reports it. */
  private static final String HEADER_RULE = "day-header";

  /**
   * The rule of a dated heading's line ("PM call with the Commission President: 24 December 2020"),
   * which heads a section of a page collecting entries of several days as a day header does.
   */
  private static final String DATED_HEADING_RULE = "dated-heading";

  /**
   * The rule of a date line, which heads a day's entries when it stands below the first paragraph.
   */
  private static final String DATELINE_RULE = "dateline";

  /** Fewest stamps and headers that make a page a live one: a lone stamp heads no entries. */
  private static final int MIN_STAMPS = 2;

  /** The day of each paragraph, by index, or null where no stamp stands above it. */
  private final List<@Nullable DateMention> days;

  private LiveEntries(List<@Nullable DateMention> days) {
    this.days = days;
  }

  /**
   * The entries' days of {@code article}, published on {@code published} (stated, or inferred from
   * the latest day the page names; or null): none when the page has fewer than two time stamps and
   * day headers together, or no day.
   */
  static LiveEntries of(Article article, @Nullable LocalDate published) {
    List<Paragraph> paragraphs = article.paragraphs();
    int body = paragraphs.isEmpty() ? Integer.MAX_VALUE : paragraphs.get(0).start();
    List<Boilerplate> marks = new ArrayList<>();
    for (Boilerplate b : article.boilerplate()) {
      if (STAMP_RULE.equals(b.rule())
          || HEADER_RULE.equals(b.rule())
          || DATED_HEADING_RULE.equals(b.rule())
          || (DATELINE_RULE.equals(b.rule()) && b.start() > body)) {
        marks.add(b);
      }
    }
    List<@Nullable DateMention> days = new ArrayList<>();
    if (published == null || marks.size() < MIN_STAMPS) {
      return new LiveEntries(days);
    }
    int next = 0;
    DateMention current = null;
    DateMention header = null;
    for (Paragraph paragraph : paragraphs) {
      while (next < marks.size() && marks.get(next).start() <= paragraph.start()) {
        Boilerplate mark = marks.get(next);
        if (STAMP_RULE.equals(mark.rule())) {
          current = dayOf(mark, header, published);
        } else {
          DateMention day = headerDay(article.text(), mark, published);
          if (day != null) {
            header = day;
            current = day;
          }
        }
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

  /**
   * The day of an entry under {@code stamp}: the weekday it names, else the day of the header above
   * it, else the page's day.
   */
  private static DateMention dayOf(
      Boilerplate stamp, @Nullable DateMention header, LocalDate published) {
    DayOfWeek weekday = weekdayOf(stamp.text());
    LocalDate day =
        weekday != null
            ? published.with(TemporalAdjusters.previousOrSame(weekday))
            : header != null ? header.date() : published;
    return DateMention.builder()
        .start(stamp.start())
        .end(stamp.end())
        .text(stamp.text())
        .date(day)
        .precision(DatePrecision.DAY)
        .relative(weekday != null || header != null)
        .build();
  }

  /**
   * The day a header or a date line names, resolved against the page's day ({@code Saturday,
   * January 5} on a page of January 6 is the day before), or null when it names none.
   */
  private static @Nullable DateMention headerDay(
      String text, Boilerplate header, LocalDate published) {
    for (DateMention m : DateMentions.find(text, header.start(), header.end(), published)) {
      if (m.precision() == DatePrecision.DAY) {
        return m;
      }
    }
    return null;
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
