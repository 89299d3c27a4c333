package dev.parley.io.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The clues to an article's publication date that the line rules find as they read its lines (a
 * {@code Published} or {@code Updated} stamp, a {@code date} header, a date line, a wire dateline),
 * and the choice among them and the date the body implies.
 *
 * <p>Each clue keeps the first one found.
 */
final class DateClues {
  private final ArticleLines lines;
  private final String text;

  private @Nullable PublicationDate statedByStamp;

  /**
   * The day of the first {@code Updated}/{@code Modified} stamp with a date: the article was
   * published that day or before, so when neither a stated date nor the body gives one it is the
   * best guess.
   */
  private @Nullable PublicationDate updatedByStamp;

  private @Nullable PublicationDate statedByHeader;
  private @Nullable PublicationDate statedByDateline;
  private int datelineLine = -1;

  /** Start and end of the first wire dateline ("GENEVA, Jan 10 (Reuters)"), or -1 and -1. */
  private int wireStart = -1;

  private int wireEnd = -1;

  DateClues(ArticleLines lines) {
    this.lines = lines;
    this.text = lines.text;
  }

  /** The date a {@code published} stamp stated, or null. */
  @Nullable PublicationDate publishedByStamp() {
    return statedByStamp;
  }

  /**
   * Puts back the date a {@code published} stamp stated, when the line it was read on is not one.
   */
  void resetPublishedByStamp(@Nullable PublicationDate before) {
    statedByStamp = before;
  }

  /** Records a {@code published} stamp's date, read on the line [s, e). */
  void publishedStamp(LocalDate date, int s, int e) {
    if (statedByStamp == null) {
      statedByStamp = PublicationDate.stated(date, text.substring(s, e));
    }
  }

  /** Records an update stamp's date, read on the line [s, e). */
  void updatedStamp(LocalDate date, int s, int e) {
    if (updatedByStamp == null) {
      updatedByStamp = PublicationDate.inferred(date, text.substring(s, e));
    }
  }

  /** Records the date of a {@code date} header [s, e). */
  void dateHeader(int s, int e) {
    if (statedByHeader == null) {
      statedByHeader = PublicationDate.stated(firstDatedDay(s, e), text.substring(s, e));
    }
  }

  /** Records the dated day of the date line [s, e), on line {@code l}. */
  void dateline(int s, int e, int l) {
    if (statedByDateline == null) {
      statedByDateline = PublicationDate.stated(firstDatedDay(s, e), text.substring(s, e));
      datelineLine = l;
    }
    if (datelines.size() < MAX_POSTS) {
      datelines.add(new int[] {s, e, l});
    }
  }

  /** The most date lines kept to read a page of stamped posts. */
  private static final int MAX_POSTS = 256;

  /** The fewest stamped posts that make a page of them (a thread), not a story with a date line. */
  private static final int MIN_POSTS = 3;

  /** Every date line read: start, end and line. */
  private final List<int[]> datelines = new ArrayList<>();

  /**
   * The day of a page of stamped posts (a thread, each post followed or headed by its date line
   * with a time: {@code 2:33 PM - 14 Nov 11}): the earliest day of its date lines, when at least
   * {@value #MIN_POSTS} of them still stand as date lines once every rule has run, each with body
   * lines between it and the one before, so that the page's first post is the publication; else
   * null.
   */
  private @Nullable PublicationDate firstPost() {
    if (datelines.size() < MIN_POSTS) {
      return null;
    }
    PublicationDate earliest = null;
    int posts = 0;
    int previous = -1;
    for (int[] d : datelines) {
      if (!"dateline".equals(lines.wholeRule[d[2]])) {
        continue; // a stamp a later rule took as a reader's comment
      }
      if (previous >= 0 && !bodyBetween(previous, d[2])) {
        return null; // two date lines together: a masthead, not posts
      }
      previous = d[2];
      posts++;
      LocalDate day = firstDatedDay(d[0], d[1]);
      if (earliest == null || day.isBefore(earliest.date().orElseThrow())) {
        earliest = PublicationDate.stated(day, text.substring(d[0], d[1]));
      }
    }
    return posts >= MIN_POSTS ? earliest : null;
  }

  private boolean bodyBetween(int from, int to) {
    for (int l = from + 1; l < to; l++) {
      if (lines.hasBody(l)) {
        return true;
      }
    }
    return false;
  }

  /** Records where the wire dateline [s, e) stands, for the day it may give without a year. */
  void wireDateline(int s, int e) {
    if (wireStart < 0) {
      wireStart = s;
      wireEnd = e;
    }
  }

  /** Records {@code date}, stated with its year by the wire dateline [s, e) on line {@code l}. */
  void wireDatelineDay(LocalDate date, int s, int e, int l) {
    if (statedByDateline == null) {
      statedByDateline = PublicationDate.stated(date, text.substring(s, e).trim());
      datelineLine = l;
    }
  }

  private LocalDate firstDatedDay(int from, int to) {
    for (DateMention m :
        lines.datelineMentions(from, Math.min(to, from + Datelines.MAX_DATELINE))) {
      if (m.precision() == DatePrecision.DAY && !m.relative()) {
        return m.date();
      }
    }
    throw new IllegalStateException("no dated day in a line already checked for one");
  }

  /**
   * The publication date: stated by a {@code Published}/{@code Posted} stamp, else by a {@code
   * date} header, else by a date line standing before the second body paragraph under the headline,
   * else by the first of a page of stamped posts ({@link #firstPost}); else inferred from the body
   * (see {@link InferredDates}; no day after an update stamp's), else from an update stamp's day
   * (the article is no younger); else unknown. An update stamp never states the day, whether it
   * stands before or after the published stamp, on its line or another.
   */
  PublicationDate publicationDate(List<Sentence> sentences, Navigation navigation) {
    if (statedByStamp != null) {
      return statedByStamp;
    }
    if (statedByHeader != null) {
      return statedByHeader;
    }
    if (statedByDateline != null && bodyLinesBefore(datelineLine, navigation) <= 1) {
      return statedByDateline;
    }
    PublicationDate firstPost = firstPost();
    if (firstPost != null) {
      return firstPost;
    }
    PublicationDate inferred =
        InferredDates.infer(
            lines,
            wireStart,
            wireEnd,
            sentences,
            updatedByStamp == null ? null : updatedByStamp.date().orElse(null));
    return inferred.date().isEmpty() && updatedByStamp != null ? updatedByStamp : inferred;
  }

  /**
   * The body lines between the last headline (or its repetition) before {@code line} and {@code
   * line}, leaving out labels: a line of one to three words with no sentence's marks ({@code
   * Africa}, {@code Menu}) is a section's name, not a paragraph. Lines above a headline are the
   * page's top (a site's motto, a cookie notice), not the article's paragraphs.
   */
  private int bodyLinesBefore(int line, Navigation navigation) {
    int count = 0;
    for (int l = 0; l < line; l++) {
      String rule = lines.wholeRule[l];
      if ("headline".equals(rule) || "repeated-headline".equals(rule)) {
        count = 0;
      } else if (lines.hasBody(l) && !navigation.isMenuPart(lines.bs[l], lines.be[l])) {
        count++;
      }
    }
    return count;
  }
}
