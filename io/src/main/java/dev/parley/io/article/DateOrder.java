package dev.parley.io.article;

/**
 * The order in which a text writes the day and the month of a numeric date that could be read
 * either way ({@code 02/11/2021}), as the evidence around it shows.
 */
enum DateOrder {
  /** No evidence, or evidence both ways: such a date is not read. */
  UNDECIDED,
  /** Day first: {@code 02/11/2021} is 2 November. */
  DAY_FIRST,
  /** Month first: {@code 02/11/2021} is 11 February. */
  MONTH_FIRST
}
