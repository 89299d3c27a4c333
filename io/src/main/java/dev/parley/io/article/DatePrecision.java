package dev.parley.io.article;

/** How much of a {@link DateMention}'s date the text actually fixes. */
public enum DatePrecision {
  /** A day: {@code February 15, 2022}, {@code on Tuesday}. */
  DAY,
  /** A month: {@code in December 2021}; the date is the first of the month. */
  MONTH,
  /** A year: {@code in 2008}; the date is the first of January. */
  YEAR
}
